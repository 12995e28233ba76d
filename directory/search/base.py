"""What a directory search backend does, whichever database runs it.

The contract, which tests/directory/search/ checks on the database of the run:

- `index(ids)` brings the search documents of these enterprises (all of them when ids is None)
  in line with their live content and adds their words to the lexicon; `unindex(ids)` makes
  them unfindable. Publishing, unpublishing and deleting call these (directory.signals).
- `apply(queryset, query)` narrows a queryset of live enterprises to those matching every word
  of the query and annotates each with `rank`, higher for better matches. A word matches when a
  profile contains it with any English ending ("repairs" finds "repair"), or when a word of the
  name starts with it; case and accents never matter. A word in the name weighs more than one in
  the summary or place, which weighs more than one in the description.
- `corrections(words)` guesses what a word meant when it matches nothing at all: such a word is
  searched as its closest known words instead (directory.search.typos); matches of the closest
  one rank at `GUESS_WEIGHT` of a typed word's, and the others add nothing to the rank.

Subclasses say how their database writes a query (a QueryLanguage) and supply the SQL; the
words, the query's shape, the correction rule and the ranking formula live here.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass

from django.db.models import FloatField, Value

from directory.search import lexicon
from directory.search.text import query_words
from directory.search.typos import GUESS_WEIGHT, MIN_WORD_LENGTH, closest


def no_rank():
    return Value(0.0, output_field=FloatField())


@dataclass(frozen=True)
class QueryLanguage:
    """How a database's full-text queries write a word (stemmed), the start of a word in the
    name, "and" and "or". Words reach it only from query_words() or the lexicon: letters and
    digits, nothing a query language could read as syntax."""

    term: str
    name_prefix: str
    both: str
    either: str

    def word(self, word, guesses=()):
        """The word anywhere (stemmed), or as the start of a word in the name; or a guess."""
        alternatives = [self.term.format(word), self.name_prefix.format(word)]
        alternatives += [self.term.format(guess) for guess in guesses]
        return "(" + self.either.join(alternatives) + ")"

    def all_of(self, queries):
        return self.both.join(queries)

    def any_word(self, words):
        return self.either.join(self.term.format(word) for word in words)


class EnterpriseSearch(ABC):
    language: QueryLanguage

    def __init__(self):
        # One request asks for the same words several times (results, then facets).
        self._corrections = {}

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

    # Searching

    def apply(self, queryset, query):
        """The queryset narrowed to the query's matches, each annotated with its `rank`.

        `query` is the visitor's text or a list of words; without a word to search for,
        nothing matches.
        """
        words = query_words(query)
        if not words:
            return queryset.none().annotate(rank=no_rank())
        corrections = self.corrections(words)
        language = self.language
        select = language.all_of(language.word(word, corrections.get(word, ())) for word in words)
        typed = [language.word(word) for word in words if word not in corrections]
        rank = self.relevance(language.all_of(typed)) if typed else no_rank()
        # The closest guess is what the visitor most likely meant; the others only widen the
        # search, so that a rarer word that merely looks alike does not rank first.
        best_guesses = [corrections[word][0] for word in words if word in corrections]
        if best_guesses:
            rank = rank + Value(GUESS_WEIGHT) * self.relevance(language.any_word(best_guesses))
        return self.matching(queryset, select).annotate(rank=rank)

    @abstractmethod
    def matching(self, queryset, query):
        """The queryset narrowed to enterprises whose document matches this full-text query."""

    @abstractmethod
    def relevance(self, query):
        """An expression: how well each enterprise's document matches this query, higher better."""

    # Typo correction

    def corrections(self, words):
        """{word: [guesses]} for the words (text or list) that match nothing and have a close
        known word; the others are not there."""
        key = tuple(query_words(words))
        if key not in self._corrections:
            self._corrections[key] = self._guess(key)
        return self._corrections[key]

    def _guess(self, words):
        long_enough = [word for word in words if len(word) >= MIN_WORD_LENGTH]
        probes = {word: self.language.word(word) for word in long_enough}
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
        """Of {word: its query}, the words whose query matches no live enterprise (one query)."""

    @abstractmethod
    def candidates(self, words):
        """(word, known word) pairs: for each word, the CANDIDATES_PER_WORD lexicon words of a
        possible length (typos.candidate_lengths) most alike in trigrams and at least
        CANDIDATE_SIMILARITY alike, found in one query."""
