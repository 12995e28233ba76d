"""Typo tolerance: a word that matches nothing is searched as the closest words the live profiles
contain; a word that matches something is never replaced."""

import pytest
from django.core.management import call_command
from django.db import connection

from directory.search import get_backend

pytestmark = pytest.mark.django_db


def test_typos_are_forgiven(found, profiles):
    assert found("circlar") == ["Kringloopkompas"]
    assert found("furnture") == ["Kringloopkompas"]
    assert found("Kringlopkompas") == ["Kringloopkompas"]


def test_a_typo_in_the_first_letter_is_forgiven_too(found, profiles):
    assert found("zircular") == ["Kringloopkompas"]
    assert found("Haarlen") == ["Zonnedak Coöperatie"]


def test_a_misspelling_with_the_same_stem_is_searched_as_typed(found, profiles):
    # "restaurent" and "restaurant" share their stem, so it finds without being corrected.
    assert found("restaurent") == ["Tafel van Tien"]
    assert get_backend().corrections(["restaurent"]) == {}


def test_only_words_that_match_nothing_are_corrected(profiles):
    backend = get_backend()
    assert backend.corrections(["circular", "circlar", "kringl"]) == {"circlar": ["circular"]}


def test_a_common_word_is_never_replaced_by_a_longer_one(found, add_profile):
    add_profile("Mend Club", description="We repair bikes with volunteers.")
    add_profile("Inner Yard", description="A garden within the city.")
    assert found("repair with") == ["Mend Club"]


def test_short_words_and_words_like_nothing_known_are_left_alone(found, profiles):
    assert get_backend().corrections(["gnt", "zzyzzx"]) == {}
    assert found("gnt") == []


def test_a_typo_still_needs_every_other_word(found, profiles):
    assert found("circlar textile") == ["Kringloopkompas"]
    assert found("circlar haarlem") == []


def test_words_of_unpublished_profiles_are_never_guessed(profiles):
    call_command("rebuild_directory_index", verbosity=0)
    assert get_backend().corrections(["unpublishd"]) == {}
    assert get_backend().corrections(["furnture"]) == {"furnture": ["furniture"]}


def test_both_databases_measure_likeness_in_trigrams_alike():
    # pg_trgm's similarity() on PostgreSQL, the same measure registered on SQLite connections:
    # "  circlar " and "  circular " have 8 and 9 trigrams, of which 6 are shared.
    with connection.cursor() as cursor:
        cursor.execute("SELECT similarity(%s, %s), similarity(%s, %s)", ["circlar", "circular"] * 2)
        forwards, backwards = cursor.fetchone()
    assert forwards == pytest.approx(6 / 11, rel=1e-6)
    assert backwards == pytest.approx(forwards)
