"""Parts of pages kept from one request to the next (cards, facet counts, impact totals, which page
an address serves) are never older than the last publish: visitors see every change at once."""

import datetime
import warnings

import pytest
from bs4 import BeautifulSoup
from django.core.cache.backends.base import CacheKeyWarning

from directory.models import Indicator
from directory.search import get_backend
from tests.directory.factories import EnterpriseFactory, ImpactPageFactory
from tests.home.factories import EventPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # Whole pages are kept apart from these parts; these tests build every page afresh.
    settings.PAGE_CACHE_ENABLED = False


def html(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def card_titles(response, where=".directory__results"):
    return [a.get_text() for a in html(response).select(f"{where} .card__title a")]


def facet_count(response, name, value):
    label = html(response).select_one(f"label[for={name}-{value}] .facet__count")
    return label.get_text() if label else None


def test_a_published_change_shows_on_the_cards_at_once(client, directory_page):
    listing = EnterpriseFactory(name="Repair Corner", is_featured=True)
    assert card_titles(client.get("/en/directory/")) == ["Repair Corner"]
    assert card_titles(client.get("/en/"), ".directory-teaser") == ["Repair Corner"]

    listing.name = "Repair Corner Ghent"
    listing.save_revision().publish()

    assert card_titles(client.get("/en/directory/")) == ["Repair Corner Ghent"]
    assert card_titles(client.get("/en/"), ".directory-teaser") == ["Repair Corner Ghent"]
    assert card_titles(client.get("/en/directory/?q=repair")) == ["Repair Corner Ghent"]


def test_a_profile_follows_every_publish_and_unpublish(client, directory_page):
    listing = EnterpriseFactory(name="Repair Corner", summary="We mend bicycles.")
    address = f"/en/directory/{listing.slug}/"
    assert "We mend bicycles." in client.get(address).content.decode()

    listing.summary = "We mend bicycles and prams."
    listing.save_revision().publish()
    assert "We mend bicycles and prams." in client.get(address).content.decode()

    listing.unpublish()
    assert client.get(address).status_code == 404


def test_cards_follow_the_language_of_the_page(client, directory_page):
    EnterpriseFactory(name="Zonnewerf", sectors=["energy"])
    english = html(client.get("/en/directory/")).select_one(".card .chip").get_text()
    dutch = html(client.get("/nl/directory/")).select_one(".card .chip").get_text()
    assert english != dutch
    assert (
        html(client.get("/nl/directory/")).select_one(".card__title a")["href"].startswith("/nl/")
    )


def test_counts_without_words_follow_every_publish(client, directory_page):
    EnterpriseFactory(name="One", country="BE")
    assert facet_count(client.get("/en/directory/"), "country", "BE") == "(1)"
    assert facet_count(client.get("/en/directory/?sector=circular-economy"), "country", "BE") == (
        "(1)"
    )

    second = EnterpriseFactory(name="Two", country="BE")
    assert facet_count(client.get("/en/directory/"), "country", "BE") == "(2)"
    assert facet_count(client.get("/en/directory/?sector=circular-economy"), "country", "BE") == (
        "(2)"
    )

    second.unpublish()
    assert facet_count(client.get("/en/directory/"), "country", "BE") == "(1)"


def test_counts_differ_for_each_choice_of_filters(client, directory_page):
    EnterpriseFactory(name="Gent", country="BE", sectors=["energy"])
    EnterpriseFactory(name="Lille", country="FR", sectors=["housing"])
    assert facet_count(client.get("/en/directory/"), "country", "FR") == "(1)"
    assert facet_count(client.get("/en/directory/?sector=energy"), "country", "FR") is None
    assert facet_count(client.get("/en/directory/?sector=housing"), "country", "FR") == "(1)"


def test_impact_totals_follow_every_publish(client, directory_page):
    impact = ImpactPageFactory(parent=directory_page.get_parent())
    impact.save_revision().publish()
    jobs = Indicator.objects.filter(aggregation="sum").first()
    figure = {
        "indicator": "Jobs",
        "catalogue_indicator": jobs,
        "value": 1010,
        "unit": "jobs",
        "year": 2024,
        "verified": True,
    }
    EnterpriseFactory(name="First", impact_figures=[figure])
    first = html(client.get("/en/impact/")).get_text(" ", strip=True)
    assert "1,010" in first

    EnterpriseFactory(name="Second", impact_figures=[{**figure, "value": 3032}])
    second = html(client.get("/en/impact/")).get_text(" ", strip=True)
    assert "4,042" in second
    assert "1,010" not in second


def test_a_page_unpublished_or_moved_leaves_its_old_address(client, story_index):
    story = StoryPageFactory(parent=story_index, title="Repair day", slug="repair-day")
    story.save_revision().publish()
    address = story.url
    assert client.get(address).status_code == 200
    assert client.get(address).status_code == 200  # the remembered route

    story.slug = "repair-day-2026"
    story.save_revision().publish()
    story.refresh_from_db()
    assert client.get(story.url).status_code == 200
    assert client.get(address).status_code in (301, 302, 404)

    story.unpublish()
    assert client.get(story.url).status_code == 404


def test_the_home_pages_events_and_stories_follow_every_publish(client, event_index, story_index):
    story = StoryPageFactory(parent=story_index, title="Repair day")
    event = EventPageFactory(parent=event_index, title="Spring meet-up")
    home = card_titles(client.get("/en/"), "main")
    assert "Repair day" in home and "Spring meet-up" in home

    story.title = "Repair day in Ghent"
    story.save_revision().publish()
    event.unpublish()
    home = card_titles(client.get("/en/"), "main")
    assert "Repair day in Ghent" in home and "Repair day" not in home
    assert "Spring meet-up" not in home

    second = StoryPageFactory(parent=story_index, title="A newer story", live=False)
    second.save_revision().publish()
    assert card_titles(client.get("/en/"), "main")[:2] == ["A newer story", "Repair day in Ghent"]
    second.refresh_from_db()
    second.unpublish()
    assert "A newer story" not in card_titles(client.get("/en/"), "main")


def test_the_maps_list_follows_every_publish_the_order_and_the_language(client, directory_page):
    def names(query, language="en"):
        response = client.get(f"/{language}/directory/map/?{query}")
        return [a.get_text() for a in html(response).select(".map-list__item a")]

    def places(query, language):
        response = client.get(f"/{language}/directory/map/?{query}")
        return [span.get_text() for span in html(response).select(".map-list__place")]

    EnterpriseFactory(name="Brugse Fietsen", country="BE", city="Brugge")
    older = EnterpriseFactory(name="Antwerpse Keuken", country="BE", city="Antwerpen")
    type(older).objects.filter(pk=older.pk).update(
        first_published_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    assert names("country=BE&sort=name") == ["Antwerpse Keuken", "Brugse Fietsen"]
    assert names("country=BE&sort=newest") == ["Brugse Fietsen", "Antwerpse Keuken"]
    assert places("country=BE&sort=name", "en")[0] == "Antwerp, Belgium"
    assert places("country=BE&sort=name", "fr")[0] == "Anvers, Belgique"

    older.name = "Zeebrugse Keuken"
    older.save_revision().publish()
    assert names("country=BE&sort=name") == ["Brugse Fietsen", "Zeebrugse Keuken"]
    older.unpublish()
    assert names("country=BE&sort=name") == ["Brugse Fietsen"]


def test_a_routable_page_resolves_each_address_beneath_it(client, directory_page):
    EnterpriseFactory(name="Alpha Works")
    EnterpriseFactory(name="Beta Works")
    for _ in range(2):
        assert html(client.get("/en/directory/alpha-works/")).h1.get_text() == "Alpha Works"
        assert html(client.get("/en/directory/beta-works/")).h1.get_text() == "Beta Works"
        assert client.get("/en/directory/no-such-works/").status_code == 404


def test_words_that_find_something_never_look_for_typos(client, directory_page, monkeypatch):
    EnterpriseFactory(name="Kringloop Werkplaats", description="We repair furniture.")
    backend = type(get_backend())
    looked_up = []
    lookup = backend.unmatched

    def spy(self, probes):
        looked_up.append(sorted(probes))
        return lookup(self, probes)

    monkeypatch.setattr(backend, "unmatched", spy)
    assert card_titles(client.get("/en/directory/?q=repair+furniture")) == ["Kringloop Werkplaats"]
    assert looked_up == []
    assert card_titles(client.get("/en/directory/?q=furnture")) == ["Kringloop Werkplaats"]
    assert looked_up == [["furnture"]]


def test_a_very_long_address_makes_no_oversized_cache_key(client, directory_page):
    address = "/en/directory/update/" + "a" * 3000 + "/"
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        assert client.get(address).status_code in (400, 404)
        assert client.get(address).status_code in (400, 404)
