"""Profiles are written in English, Dutch or French: each is searched with the endings of its own
language, and a visitor's words find them whichever of the three they are in."""

import pytest
from django.conf import settings

from directory.models import Enterprise
from directory.search import get_backend
from directory.search.languages import LANGUAGES

pytestmark = pytest.mark.django_db


@pytest.fixture
def trilingual(add_profile):
    """The same kind of work described in each of the three languages."""
    return {
        "nl": add_profile(
            "Kringloop Oost",
            language="nl",
            country="NL",
            city="Utrecht",
            summary="Een winkel met tweedehands meubels en kleding.",
            description="Vrijwilligers doen elke week herstellingen aan huisraad.",
        ),
        "fr": add_profile(
            "La Ressourcerie",
            language="fr",
            country="FR",
            city="Lille",
            summary="Un lieu de réparation pour les voisins.",
            description="Nos bénévoles redonnent vie aux appareils électroménagers.",
        ),
        "en": add_profile(
            "Fixing Factory",
            language="en",
            country="GB",
            city="Brighton",
            summary="Volunteers are repairing toasters and lamps.",
        ),
    }


def matched_as_typed(word):
    """The word found something itself: it was not searched as a guess."""
    return get_backend().corrections([word]) == {}


def test_every_language_of_the_site_is_a_language_search_knows():
    assert {code for code, _name in settings.LANGUAGES} <= {lang.code for lang in LANGUAGES}


def test_a_dutch_plural_finds_a_dutch_profile_in_the_singular(found, trilingual):
    assert found("winkels") == ["Kringloop Oost"]
    assert matched_as_typed("winkels")


def test_dutch_endings_are_the_profiles_own_not_english_ones(found, trilingual):
    # In English "herstelling" and "herstellingen" keep different endings; in Dutch they agree.
    assert found("herstelling") == ["Kringloop Oost"]
    assert matched_as_typed("herstelling")


@pytest.mark.parametrize("words", ["réparations", "reparations", "RÉPARATION", "réparateur"])
def test_french_words_find_a_french_profile_with_or_without_accents(found, trilingual, words):
    assert found(words) == ["La Ressourcerie"]
    assert matched_as_typed(words)


def test_english_words_still_find_an_english_profile(found, trilingual):
    assert found("repairs") == ["Fixing Factory"]
    assert found("toaster lamp") == ["Fixing Factory"]


def test_a_dutch_profile_is_found_by_its_own_words_only(found, trilingual):
    assert found("meubel") == ["Kringloop Oost"]
    assert found("toasters") == ["Fixing Factory"]
    assert found("voisins") == ["La Ressourcerie"]
    assert found("winkels toasters") == []


def test_a_common_word_of_the_profiles_language_does_not_stop_it_being_found(found, add_profile):
    add_profile("Tafel van Tien", language="nl", summary="Koken voor de straat.")
    assert found("tafel van tien") == ["Tafel van Tien"]


def test_a_word_in_the_name_outranks_it_in_a_description_whatever_the_language(found, add_profile):
    add_profile("Un Lieu", language="fr", description="Un atelier de couture pour le quartier.")
    add_profile("Atelier Noord", language="nl", description="Naaien voor de buurt.")
    assert found("atelier") == ["Atelier Noord", "Un Lieu"]
    ranked = get_backend().apply(Enterprise.objects.filter(live=True), "atelier")
    ranks = {enterprise.name: enterprise.rank for enterprise in ranked}
    assert ranks["Atelier Noord"] > ranks["Un Lieu"] > 0


def test_a_profile_ranks_by_the_words_read_in_its_own_language(found, add_profile):
    # Read in French, "homes" is "hom", the start of this English name's first word: that
    # reading finds the profile, but what it is about is not homes.
    add_profile("Hommage Kitchen", summary="Dinners that honour old recipes.")
    add_profile("Open Door", description="We refurbish empty homes for families.")
    assert found("homes") == ["Open Door", "Hommage Kitchen"]


def test_publishing_another_language_indexes_the_profile_in_it(found, add_profile):
    profile = add_profile("Huisraad Hulp", description="Wij doen herstellingen aan lampen.")
    # Read as English, the singular matches nothing of it and is taken for a typo.
    assert get_backend().corrections(["herstelling"]) == {"herstelling": ["herstellingen"]}
    profile.language = "nl"
    profile.save_revision().publish()
    assert found("herstelling") == ["Huisraad Hulp"]
    assert matched_as_typed("herstelling")


def test_a_typo_in_any_language_is_still_corrected(found, trilingual):
    assert get_backend().corrections(["tweedehans"]) == {"tweedehans": ["tweedehands"]}
    assert found("tweedehans") == ["Kringloop Oost"]
    assert found("électroménagrs") == ["La Ressourcerie"]
    assert found("bénévles") == ["La Ressourcerie"]
