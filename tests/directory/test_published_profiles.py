"""Only published profiles reach the public: drafts and withdrawn listings stay with the editors."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directory.cards import render_cards as cards_by_id
from directory.models import Enterprise, Indicator, StoryEnterpriseLink
from tests.directory.factories import EnterpriseFactory
from tests.home.factories import ImageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db

VISIBLE = ["Buurtkeuken", "Open Werkplaats"]


@pytest.fixture(autouse=True)
def _uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


def energy(megawatt_hours):
    """A verified figure of the catalogue's renewable energy indicator."""
    return {
        "catalogue_indicator": Indicator.objects.get(code="renewable-energy"),
        "indicator": "electricity from our panels",
        "value": megawatt_hours,
        "unit": "MWh",
        "year": 2024,
        "verified": True,
    }


@pytest.fixture
def profiles(directory_page):
    """Two published profiles, a draft never published and a profile taken off the site.

    The hidden two share a sector or the country of "Open Werkplaats" and each brings a country or
    a sector of its own, so that letting either through would change what a visitor sees.
    """
    visible = {
        "open": EnterpriseFactory(
            name="Open Werkplaats",
            country="BE",
            sectors=["circular-economy"],
            is_featured=True,
            impact_figures=[energy(10)],
        ),
        "kitchen": EnterpriseFactory(
            name="Buurtkeuken", country="NL", sectors=["hospitality", "circular-economy"]
        ),
    }
    EnterpriseFactory(
        name="Werkplaats Draft",
        country="DE",
        sectors=["circular-economy"],
        is_featured=True,
        draft=True,
        impact_figures=[energy(1000)],
    )
    withdrawn = EnterpriseFactory(
        name="Werkplaats Withdrawn",
        country="BE",
        sectors=["housing"],
        is_featured=True,
        impact_figures=[energy(500)],
    )
    withdrawn.unpublish()
    return visible


def card_names(response, selector):
    html = BeautifulSoup(response.content, "html.parser")
    return sorted(link.get_text(strip=True) for link in html.select(f"{selector} .card__title a"))


def test_the_directory_lists_and_finds_only_published_profiles(client, profiles):
    assert card_names(client.get("/en/directory/"), ".directory__results") == VISIBLE
    found = card_names(client.get("/en/directory/?q=werkplaats"), ".directory__results")
    assert found == ["Open Werkplaats"]


def test_the_home_page_features_and_counts_only_published_profiles(client, profiles):
    response = client.get("/en/")
    assert card_names(response, ".directory-teaser") == ["Open Werkplaats"]
    html = BeautifulSoup(response.content, "html.parser")
    numbers = [li.get_text(" ", strip=True) for li in html.select(".headline-numbers li")]
    assert numbers == [
        "2 enterprises listed",
        "2 countries",
        "10 MWh Renewable energy generated (verified)",
    ]


def test_a_profile_suggests_only_published_profiles(client, profiles):
    response = client.get("/en/directory/open-werkplaats/")
    assert response.status_code == 200
    assert card_names(response, "[aria-labelledby=related-heading]") == ["Buurtkeuken"]


@pytest.mark.parametrize("slug", ["werkplaats-draft", "werkplaats-withdrawn"])
def test_a_hidden_profile_has_no_public_page(client, profiles, slug):
    assert client.get(f"/en/directory/{slug}/").status_code == 404


def test_the_sitemap_names_only_published_profiles(client, profiles):
    sitemap = client.get("/sitemap-enterprises.xml").content.decode()
    assert "/en/directory/open-werkplaats/" in sitemap
    assert "/en/directory/buurtkeuken/" in sitemap
    assert "werkplaats-draft" not in sitemap
    assert "werkplaats-withdrawn" not in sitemap


def test_the_editors_chooser_offers_only_published_profiles(client, django_user_model, profiles):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@spark.test", "pw"))
    url = reverse("wagtailsnippetchoosers_directory_enterprise:choose_results")
    listed = [item.name for item in client.get(url).context["results"]]
    assert listed == VISIBLE
    found = [item.name for item in client.get(url, {"q": "werkplaats"}).context["results"]]
    assert found == ["Open Werkplaats"]


def test_a_story_shows_only_published_profiles(client, profiles, story_index):
    story = StoryPageFactory(parent=story_index)
    story.enterprise_links.set(
        [StoryEnterpriseLink(enterprise=item) for item in Enterprise.objects.order_by("pk")]
    )
    story.save_revision().publish()
    assert card_names(client.get(story.url), "section.story-enterprises") == VISIBLE


def render_cards():
    """Fetch the published profiles for cards and render every card, as a page of results does."""
    return list(cards_by_id(Enterprise.objects.live()).values())


def count_card_queries():
    render_cards()  # creates the logo renditions once
    with CaptureQueriesContext(connection) as queries:
        cards = render_cards()
    return len(queries.captured_queries), cards


def test_cards_cost_the_same_queries_for_two_profiles_or_twelve(directory_page):
    def add(count, start):
        for number in range(start, start + count):
            EnterpriseFactory(
                name=f"Kaartje {number:02d}",
                logo=ImageFactory(),
                sectors=["energy", "housing"],
                sdgs=[7, 11],
            )

    add(2, 0)
    few, cards = count_card_queries()
    assert len(cards) == 2 and "Renewable energy" in cards[0] and "<img" in cards[0]
    add(10, 2)
    many, cards = count_card_queries()
    assert len(cards) == 12
    assert many == few
