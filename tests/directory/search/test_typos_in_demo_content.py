"""A misspelt word is corrected only when it finds nothing, and the guess counts less than it."""

import io

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=io.StringIO())


def test_a_typo_that_still_finds_its_word_is_not_corrected_into_another(found, demo):
    misspelt = found("restaurent")
    assert "Chalkpath Community Land Trust" not in misspelt
    assert misspelt[0] == found("restaurant")[0]


def test_a_word_that_finds_nothing_is_replaced_by_its_closest_guess(found, demo):
    repair = found("repair")
    guessed = found("reparer")
    assert guessed, "the closest known word should be searched instead"
    # "reparer" is French for "to repair": a repair enterprise comes first, not the "repay" one.
    assert guessed[0] in repair
    assert "Kestrel Lane Community Finance" not in guessed


def test_correct_words_still_narrow_a_corrected_search(found, demo):
    # The word typed correctly still has to match; the guess only stands in for the typo.
    assert found("circlar textile")
    assert set(found("circlar textile")) <= set(found("textile"))
