"""Places written in any of the three languages read in the visitor's language."""

import json

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from directory.place_names import place_name, place_variants
from tests.directory.factories import EnterpriseFactory


@pytest.mark.parametrize("written", ["Bruxelles", "Brussel", "Brussels", "BRUXELLES", "brussel"])
def test_brussels_in_each_language_whichever_spelling_is_stored(written):
    assert place_name(written, "BE", "nl") == "Brussel"
    assert place_name(written, "BE", "en") == "Brussels"
    assert place_name(written, "BE", "fr") == "Bruxelles"


def test_the_active_language_is_the_default():
    with translation.override("nl"):
        assert place_name("Bruxelles") == "Brussel"
        assert place_name("Liege", "BE") == "Luik"  # accents optional
    with translation.override("en"):
        assert place_name("Bruxelles") == "Brussels"
        assert place_name("Den Haag", "NL") == "The Hague"
    with translation.override("fr"):
        assert place_name("Gent", "BE") == "Gand"
        assert place_name("luik") == "Liège"
        assert place_name("West-Vlaanderen", "BE") == "Flandre-Occidentale"


def test_places_the_table_does_not_know_show_as_written():
    with translation.override("fr"):
        assert place_name("Amiens", "FR") == "Amiens"
        assert place_name("Bergen op Zoom ", "NL") == "Berg-op-Zoom"
        assert place_name("Haarlem", "NL") == "Haarlem"
        assert place_name("") == ""


def test_a_namesake_in_another_country_keeps_its_name():
    # Bergen is Mons only in Belgium; the Bruges near Bordeaux is not Brugge.
    assert place_name("Bergen", "BE", "fr") == "Mons"
    assert place_name("Bergen", "NL", "fr") == "Bergen"
    assert place_name("Bruges", "FR", "nl") == "Bruges"
    assert place_name("Bruges", "BE", "nl") == "Brugge"


def test_variants_name_every_spelling_for_the_search():
    assert set(place_variants("bruxelles")) == {"bruxelles", "Brussels", "Brussel", "Bruxelles"}
    assert place_variants("Anvers")[0] == "Anvers"
    assert set(place_variants("Anvers", "BE")) == {"Anvers", "Antwerp", "Antwerpen"}
    assert place_variants("Amiens") == ["Amiens"]
    assert place_variants("Bergen", "NL") == ["Bergen"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "city", "region"),
    [
        ("en", "Brussels", "Brussels-Capital Region"),
        ("nl", "Brussel", "Brussels Hoofdstedelijk Gewest"),
        ("fr", "Bruxelles", "Région de Bruxelles-Capitale"),
    ],
)
def test_profile_card_and_structured_data_name_the_place_in_the_language(
    client, settings, directory_page, language, city, region
):
    settings.PAGE_CACHE_ENABLED = False
    EnterpriseFactory(
        name="Zinneke Herstel",
        city="bruxelles",
        region="Brussels Hoofdstedelijk Gewest",
        postal_code="1000",
    )
    profile_page = client.get(f"/{language}/directory/zinneke-herstel/")
    profile = BeautifulSoup(profile_page.content, "html.parser")
    listing = BeautifulSoup(client.get(f"/{language}/directory/").content, "html.parser")
    address = profile.select_one(".enterprise__facts address").get_text("|")
    assert address.split("|")[:2] == [f"1000 {city}", region]
    data = json.loads(profile.find("script", type="application/ld+json").string)
    assert data["address"]["addressLocality"] == city
    assert data["address"]["addressRegion"] == region
    meta = listing.select_one(".directory__results .card__meta").get_text()
    assert meta.startswith(f"{city}, ")
