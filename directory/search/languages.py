"""The languages a profile can be written in, as search reads them.

A profile's texts are indexed with the stemming of its own language (Enterprise.language), and a
query is read in every language, since a visitor's words say nothing of which one they are in.
PostgreSQL stems with a text search configuration of its own per language (accents removed,
then Snowball), created by migrations; SQLite stems in Python with the same Snowball algorithms,
after text.words() has removed the accents, so both databases find the same words.
"""

import threading
from dataclasses import dataclass

import snowballstemmer

from directory.search.text import words


@dataclass(frozen=True)
class SearchLanguage:
    code: str  # as in settings.LANGUAGES
    config: str  # PostgreSQL's text search configuration
    algorithm: str  # the Snowball stemmer's name


LANGUAGES = (
    SearchLanguage("en", "showcase_search", "english"),
    # PostgreSQL's Dutch stemmer is Snowball's first Dutch algorithm, which Snowball now names so.
    SearchLanguage("nl", "showcase_dutch", "dutch_porter"),
    SearchLanguage("fr", "showcase_french", "french"),
)
# A profile in a language search does not know is read as English, as every profile once was.
DEFAULT = LANGUAGES[0]
_BY_CODE = {language.code: language for language in LANGUAGES}


def search_language(code):
    return _BY_CODE.get(code, DEFAULT)


class _Stemmers(threading.local):
    """Snowball's stemmers keep the word they work on: each thread has its own."""

    def __init__(self):
        self.by_algorithm = {}

    def get(self, algorithm):
        if algorithm not in self.by_algorithm:
            self.by_algorithm[algorithm] = snowballstemmer.stemmer(algorithm)
        return self.by_algorithm[algorithm]


_stemmers = _Stemmers()


def stem(code, word):
    """A folded word (text.words()) as the profiles of this language are indexed."""
    return _stemmers.get(search_language(code).algorithm).stemWord(word)


def stemmed_text(code, text):
    """Every word of a text, folded and stemmed in this language, separated by spaces."""
    if text is None:
        return None
    stemmer = _stemmers.get(search_language(code).algorithm)
    return " ".join(stemmer.stemWords(words(text)))
