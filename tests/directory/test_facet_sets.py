"""Facet counts from bit sets agree with counting the same enterprises one by one."""

import random

import pytest

from directory.facet_sets import FACETS, FacetSets, bit_set
from directory.filters import VERIFIED_IMPACT

# The suite's own fixtures (caches, media) set up a database for every test.
pytestmark = pytest.mark.django_db


def members(bits):
    return {n for n in range(bits.bit_length()) if bits >> n & 1}


@pytest.mark.parametrize(
    "ids", [[], [0], [7], [8], [3, 1], [1, 2, 3], list(range(0, 1000, 7)), [99_999, 5]]
)
def test_a_bit_set_holds_exactly_its_ids(ids):
    assert members(bit_set(ids)) == set(ids)
    assert bit_set(iter(ids)) == bit_set(ids)


def random_enterprises(rng, size=400):
    """{id: {facet: set of values}} with ids spread, as after deletions."""
    ids = rng.sample(range(1, 5 * size), size)
    return {
        pk: {
            "country": {rng.choice(["BE", "FR", "NL", "GB"])},
            "sector": set(rng.sample(["1", "2", "3", "4", "5"], rng.randint(0, 2))),
            "sdg": set(rng.sample([str(n) for n in range(1, 18)], rng.randint(0, 3))),
            "certification": {"9"} if rng.random() < 0.1 else set(),
            "impact": {VERIFIED_IMPACT} if rng.random() < 0.2 else set(),
        }
        for pk in ids
    }


def sets_of(enterprises):
    values = {facet: {} for facet in FACETS}
    for pk, held in enterprises.items():
        for facet in FACETS:
            for value in held[facet]:
                values[facet].setdefault(value, []).append(pk)
    return FacetSets({f: {v: bit_set(ids) for v, ids in vs.items()} for f, vs in values.items()})


def counted_one_by_one(enterprises, matches, selected):
    def passes(held, facet):
        chosen = selected[facet]
        if facet == "impact":
            chosen = [VERIFIED_IMPACT] if chosen else []
        return not chosen or bool(held[facet] & {str(value) for value in chosen})

    counts = {facet: {} for facet in FACETS}
    total = 0
    for pk in matches:
        held = enterprises[pk]
        for facet in FACETS:
            if all(passes(held, other) for other in FACETS if other != facet):
                for value in held[facet]:
                    counts[facet][value] = counts[facet].get(value, 0) + 1
        total += all(passes(held, facet) for facet in FACETS)
    return counts, total


@pytest.mark.parametrize("seed", range(12))
def test_counts_are_those_of_the_enterprises_one_by_one(seed):
    rng = random.Random(seed)
    enterprises = random_enterprises(rng)
    matches = rng.sample(sorted(enterprises), rng.randint(0, len(enterprises)))
    selected = {
        "country": rng.sample(["BE", "FR", "NL", "GB", "DE"], rng.randint(0, 2)),
        "sector": [int(v) for v in rng.sample(["1", "2", "3", "6"], rng.randint(0, 2))],
        "sdg": rng.sample(range(1, 18), rng.randint(0, 2)),
        "certification": [9] if rng.random() < 0.3 else [],
        "impact": rng.random() < 0.3,
    }
    found = sets_of(enterprises).count(bit_set(matches), selected)
    assert found == counted_one_by_one(enterprises, matches, selected)
