"""Guesses for a word the directory does not contain, on either database.

Each database proposes a few known words that look alike (trigrams on PostgreSQL, the full-text
vocabulary on SQLite); the same comparison here picks the closest, so both correct alike.
A guess ranks below a word the visitor typed: it is only what the directory thinks they meant.
"""

from difflib import SequenceMatcher

MIN_WORD_LENGTH = 4
MIN_LIKENESS = 0.75
MAX_GUESSES = 3
GUESS_WEIGHT = 0.5


def closest(word, candidates):
    """The known words most like `word`, best first, or none if nothing is close enough."""
    scored = []
    for candidate in set(candidates):
        if candidate == word:
            continue
        matcher = SequenceMatcher(None, word, candidate)
        if matcher.quick_ratio() < MIN_LIKENESS:
            continue
        score = matcher.ratio()
        if score >= MIN_LIKENESS:
            scored.append((-score, candidate))
    return [candidate for _score, candidate in sorted(scored)[:MAX_GUESSES]]
