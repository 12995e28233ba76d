"""Guesses for a word the directory does not contain: one rule for both databases.

A word is corrected only when it matches nothing, neither as such (stemmed) nor as the start of
a name. Its candidates are the known words of the lexicon (directory.search.lexicon) most alike in
trigrams, as PostgreSQL's pg_trgm measures them (SQLite computes the same measure); `closest()`
then keeps those close enough letter by letter. A guess ranks below a word the visitor typed:
it is only what the directory thinks they meant.
"""

import math
from difflib import SequenceMatcher

MIN_WORD_LENGTH = 4
MIN_LIKENESS = 0.75
MAX_GUESSES = 3
GUESS_WEIGHT = 0.5
# Trigram similarity that makes a known word worth comparing closely (pg_trgm's own default).
CANDIDATE_SIMILARITY = 0.3
CANDIDATES_PER_WORD = 10
# SequenceMatcher's ratio is at most 2 * shorter / (shorter + longer), so words whose lengths
# differ more than this can never reach MIN_LIKENESS and need not be candidates.
_LENGTH_RATIO = MIN_LIKENESS / (2 - MIN_LIKENESS)


def candidate_lengths(word):
    """(shortest, longest): the lengths a known word needs to be a guess for `word`."""
    # Rounded first, so that 5 * 0.6 is 3 and not 3.0000000000000004.
    shortest = math.ceil(round(len(word) * _LENGTH_RATIO, 6))
    return shortest, math.floor(round(len(word) / _LENGTH_RATIO, 6))


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
