"""The directory search's contract, checked on whichever database the run uses: the same words
find the same profiles, in the same order, on SQLite and on PostgreSQL."""

import pytest
from bs4 import BeautifulSoup

from tests.directory.factories import EnterpriseFactory

PROFILES = {
    "reuse": {
        "name": "Kringloopkompas",
        "country": "BE",
        "city": "Gent",
        "sectors": ["circular-economy", "work-integration"],
        "sdgs": [8, 12],
        "summary": "A circular reuse centre in Gent.",
        "description": "Furniture and textiles are repaired and sold again across België.",
    },
    "cafe": {
        "name": "Café Bobinoir",
        "country": "FR",
        "city": "Lille",
        "region": "Nord",
        "sectors": ["hospitality"],
        "sdgs": [8],
        "summary": "A co-operative café that trains young people.",
    },
    "energy": {
        "name": "Zonnedak Coöperatie",
        "country": "NL",
        "city": "Haarlem",
        "sectors": ["energy"],
        "sdgs": [7, 13],
        "summary": "Solar panels on community roofs.",
        "innovations": [
            {"title": "Shared battery", "description": "Neighbours store power together."}
        ],
    },
    "textile_gb": {
        "name": "Threadbare Works",
        "country": "GB",
        "city": "Brighton",
        "sectors": ["circular-economy"],
        "sdgs": [12],
        "summary": "Mending clothes in Brighton.",
        "impact": [
            {
                "indicator": "tonnes of textile kept from landfill",
                "value": 12,
                "unit": "tonnes",
                "year": 2024,
            }
        ],
    },
    "bicycles": {
        "name": "Atelier Vélo Solidaire",
        "country": "FR",
        "city": "Roubaix",
        "region": "Hauts-de-France",
        "sectors": ["circular-economy"],
        "summary": "Un atelier où chacun apprend à réparer son vélo.",
        "description": "Bicycles left in cellars are collected and ridden again.",
    },
    "restaurant": {
        "name": "Tafel van Tien",
        "country": "NL",
        "city": "Utrecht",
        "sectors": ["hospitality"],
        "summary": "A neighbourhood restaurant where trainees cook for the street.",
    },
    "draft": {
        "name": "Unpublished Repair Shop",
        "country": "BE",
        "sectors": ["circular-economy"],
        "publish": False,
    },
}


@pytest.fixture
def every_request_rendered(settings):
    """For tests that ask for the same search again after a change: the page is built anew
    each time, not served from the page cache."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def add_profile(directory_page):
    """Makes a profile, published (and so indexed) unless publish=False."""

    def add(name, *, publish=True, impact=(), **fields):
        return EnterpriseFactory(
            name=name, draft=not publish, impact_figures=list(impact), **fields
        )

    return add


@pytest.fixture
def profiles(add_profile):
    """Six live profiles in four countries and languages, and one never published."""
    return {key: add_profile(**fields) for key, fields in PROFILES.items()}


@pytest.fixture
def found(client):
    """The names on the directory's result cards for these words, as a visitor reads them."""

    def names(words, **params):
        response = client.get("/en/directory/", {"q": words, **params})
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        return [link.get_text() for link in html.select(".directory__results .card__title a")]

    return names
