import re
import unicodedata

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 8
MAX_WORD_LENGTH = 40
_WORD = re.compile(r"[^\W_]+")


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def query_words(query):
    """The distinct words of a visitor's query, lower-case and accent-free, in order."""
    words = []
    for word in _WORD.findall(strip_accents(query[:MAX_QUERY_LENGTH]).casefold()):
        word = word[:MAX_WORD_LENGTH]
        if word not in words:
            words.append(word)
    return words[:MAX_QUERY_WORDS]
