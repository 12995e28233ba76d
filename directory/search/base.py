"""What a directory search backend does, whichever database runs it.

The contract, which tests/directory/search/ checks on the database of the run:

- `index(ids)` brings the search documents of these enterprises (all of them when ids is None)
  in line with their live content and adds their words to the lexicon; `unindex(ids)` makes
  them unfindable. Publishing, unpublishing and deleting call these (directory.signals);
  archiving and restoring call `relist(ids)` (directory.freshness). Each
  profile is indexed with the stemming of its own language (directory.search.languages).
- `apply(queryset, query)` narrows a queryset of live enterprises to those matching every word
  of the query and annotates each with `rank`, higher for better matches. The query is read in
  each language search knows, and a profile matches when it matches the query read in any one
  of them. A word matches when a profile contains it with any ending of that language
  ("repairs" finds "repair", "winkels" finds "winkel", "réparations" finds "réparation"), or
  when a word of the name starts with it; case and accents never matter. A word in the name
  weighs more than one in the summary or place, which weighs more than one in the description;
  a profile ranks by the query read in its own language, the one its words were stemmed in.
- `corrections(words)` guesses what a word meant when it matches nothing at all: such a word is
  searched as its closest known words instead (directory.search.typos); matches of the closest
  one rank at `GUESS_WEIGHT` of a typed word's, and the others add nothing to the rank.

Subclasses say how their database writes a query in each language (a QueryLanguage per
language) and supply the SQL; the words, the query's shape, the correction rule and the ranking
formula live here.
"""

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import FloatField, Value

from directory.search import lexicon
from directory.search.text import query_words
from directory.search.typos import GUESS_WEIGHT, MIN_WORD_LENGTH, closest


def as_typed(word):
    return word


def no_rank():
    return Value(0.0, output_field=FloatField())


@dataclass(frozen=True)
class QueryLanguage:
    """How a database's full-text queries write a word (stemmed), the start of a word in the
    name, "and" and "or", in one language. Words reach it only from query_words() or the
    lexicon: letters and digits, nothing a query language could read as syntax; `stem` keeps
    them so."""

    term: str
    name_prefix: str
    both: str
    either: str
    # The word as the index holds it, where the query itself does not stem it.
    stem: Callable[[str], str] = as_typed

    def word(self, word, guesses=()):
        """The word anywhere (stemmed), or as the start of a word in the name; or a guess."""
        word = self.stem(word)
        alternatives = [self.term.format(word), self.name_prefix.format(word)]
        alternatives += [self.term.format(self.stem(guess)) for guess in guesses]
        return "(" + self.either.join(alternatives) + ")"

    def all_of(self, queries):
        return self.both.join(queries)

    def all_words(self, words, corrections=None):
        """Every word, each or its guesses ({word: [guesses]})."""
        corrections = corrections or {}
        return self.all_of(self.word(word, corrections.get(word, ())) for word in words)

    def any_word(self, words):
        return self.either.join(self.term.format(self.stem(word)) for word in words)


@dataclass(frozen=True)
class Readings:
    """A query in each language ({language code: query}): `select` finds the matches (every
    word, or its guesses); the rank is how well they match the `typed` words, plus
    GUESS_WEIGHT times how well they match the `guessed` ones (the closest guess for each word
    that matches nothing). Either may be empty. `words` are the query's words, `corrections`
    the guesses for those that match nothing ({word: [guesses]})."""

    select: dict
    typed: dict
    guessed: dict
    words: list
    corrections: dict


class EnterpriseSearch(ABC):
    # {language code: how this database writes a query in it}, for every SearchLanguage.
    languages: dict[str, QueryLanguage]

    def __init__(self):
        # One request asks for the same words several times (results, then facets).
        self._corrections = {}
        # Whether to look for guesses at all. A caller that knows the words as typed found
        # something (so none of them matches nothing) turns it off and saves the lookup.
        self.guessing = True

    # Indexing

    def index(self, ids=None):
        """Rebuild the search documents of these enterprises (all when ids is None)."""
        self.write_documents(ids)
        if ids is None:
            lexicon.rebuild()
        else:
            lexicon.learn(ids)

    @abstractmethod
    def write_documents(self, ids):
        """Store the search documents of these enterprises (all of them when ids is None)."""

    @abstractmethod
    def unindex(self, ids):
        """Make these enterprises unfindable (they were unpublished or deleted)."""

    @abstractmethod
    def relist(self, ids):
        """These enterprises were archived or came back: a database that keeps which
        enterprises are listed beside their documents updates it."""

    @abstractmethod
    def forget_unlisted(self):
        """Drop what is kept of enterprises no longer listed, however they left."""

    # Searching

    def apply(self, queryset, query):
        """The queryset narrowed to the query's matches, each annotated with its `rank`.

        `query` is the visitor's text or a list of words; without a word to search for,
        nothing matches.
        """
        readings = self.readings(query)
        if readings is None:
            return queryset.none().annotate(rank=no_rank())
        rank = no_rank()
        if readings.typed:
            rank = self.relevance(readings.typed)
        if readings.guessed:
            rank = rank + Value(GUESS_WEIGHT) * self.relevance(readings.guessed)
        return self.matching(queryset, readings.select).annotate(rank=rank)

    def readings(self, query):
        """The query's Readings, or None when it holds no word to search for."""
        words = query_words(query)
        if not words:
            return None
        corrections = self.corrections(words)
        typed = [word for word in words if word not in corrections]
        # The closest guess is what the visitor most likely meant; the others only widen the
        # search, so that a rarer word that merely looks alike does not rank first.
        best_guesses = [corrections[word][0] for word in words if word in corrections]
        return Readings(
            select=self.in_each_language(lambda language: language.all_words(words, corrections)),
            typed=self.in_each_language(lambda language: language.all_words(typed))
            if typed
            else {},
            guessed=self.in_each_language(lambda language: language.any_word(best_guesses))
            if best_guesses
            else {},
            words=words,
            corrections=corrections,
        )

    def in_each_language(self, write):
        """{language code: the query `write(QueryLanguage)` writes in that language}."""
        return {code: write(language) for code, language in self.languages.items()}

    @abstractmethod
    def matching(self, queryset, queries):
        """The queryset narrowed to enterprises whose document matches the full-text query in
        any of its languages ({language code: query})."""

    @abstractmethod
    def relevance(self, queries):
        """An expression: how well each enterprise's document matches the full-text query
        ({language code: query}) in the language that matches it best, higher better."""

    # Typo correction

    def corrections(self, words):
        """{word: [guesses]} for the words (text or list) that match nothing and have a close
        known word; the others are not there."""
        if not self.guessing:
            return {}
        key = tuple(query_words(words))
        if key not in self._corrections:
            self._corrections[key] = self._guess(key)
        return self._corrections[key]

    def _guess(self, words):
        long_enough = [word for word in words if len(word) >= MIN_WORD_LENGTH]
        probes = {
            word: self.in_each_language(lambda language, word=word: language.word(word))
            for word in long_enough
        }
        unknown = self.unmatched(probes) if probes else []
        if not unknown:
            return {}
        candidates = {}
        for word, known in self.candidates(unknown):
            candidates.setdefault(word, []).append(known)
        found = {word: closest(word, known) for word, known in candidates.items()}
        return {word: guesses for word, guesses in found.items() if guesses}

    @abstractmethod
    def unmatched(self, probes):
        """Of {word: {language code: its query}}, the words whose query matches no live
        enterprise in any language (one query)."""

    @abstractmethod
    def candidates(self, words):
        """(word, known word) pairs: for each word, the CANDIDATES_PER_WORD lexicon words of a
        possible length (typos.candidate_lengths) most alike in trigrams and at least
        CANDIDATE_SIMILARITY alike, found in one query."""
