"""A misspelt word is corrected only when it finds nothing, and the guess counts less than it."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=io.StringIO())


def found(client, words):
    response = client.get("/directory/", {"q": words})
    html = BeautifulSoup(response.content, "html.parser")
    return [link.get_text() for link in html.select(".directory__results .card__title a")]


def test_a_typo_that_still_finds_its_word_is_not_corrected_into_another(client, demo):
    misspelt = found(client, "restaurent")
    assert "Chalkpath Community Land Trust" not in misspelt
    assert misspelt[0] == found(client, "restaurant")[0]


def test_a_word_that_finds_nothing_is_replaced_by_its_closest_guess(client, demo):
    repair = found(client, "repair")
    guessed = found(client, "reparer")
    assert guessed, "the closest known word should be searched instead"
    # "reparer" is French for "to repair": a repair enterprise comes first, not the "repay" one.
    assert guessed[0] in repair
    assert "Kestrel Lane Community Finance" not in guessed


def test_correct_words_still_narrow_a_corrected_search(client, demo):
    # The word typed correctly still has to match; the guess only stands in for the typo.
    assert found(client, "circlar textile")
    assert set(found(client, "circlar textile")) <= set(found(client, "textile"))
