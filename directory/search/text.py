"""Words as search sees them: lower-case, accent-free runs of letters and digits."""

import re
import unicodedata

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 8
MAX_WORD_LENGTH = 40
_WORD = re.compile(r"[^\W_]+")


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    """Every word of a text, folded, in order (repeats included)."""
    return _WORD.findall(strip_accents(text).casefold())


def query_words(query):
    """The distinct words of a visitor's query, in order: a string as typed, or a list of words."""
    if not isinstance(query, str):
        query = " ".join(query)
    distinct = []
    for word in words(query[:MAX_QUERY_LENGTH]):
        word = word[:MAX_WORD_LENGTH]
        if word not in distinct:
            distinct.append(word)
    return distinct[:MAX_QUERY_WORDS]
