"""The directory page costs a fixed number of SQL queries, whatever its page size or results."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.cards import enterprise_cards
from directory.models import Enterprise
from directory.views import search as search_view
from directory.vocabulary import load_vocabulary
from tests.directory.factories import EnterpriseFactory
from tests.home.factories import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _uncached(settings):
    """These tests count the queries of building a page, not of serving it from the page cache."""
    settings.PAGE_CACHE_ENABLED = False


# The page by its remembered id, its view restrictions, the site settings, the facet counts and
# total (one query, or none without words: they are kept), the page's result ids, and, when the
# words find nothing, the typo lookup and the counts again. Cards, vocabularies, navigation and
# the site come from the cache once a request has put them there.
MAX_QUERIES = 10


def count_queries(client, url):
    # The first visit creates logo renditions and the site settings, and saving those starts a
    # new content version; the second fills the caches of that version.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response


@pytest.fixture
def many_enterprises(directory_page):
    for number in range(110):
        EnterpriseFactory(
            name=f"Logo Works {number:03d}",
            logo=ImageFactory() if number % 3 == 0 else None,
            sectors=["circular-economy", "energy"] if number % 2 else ["housing"],
            sdgs=[7, 12] if number % 2 else [11],
            country="BE" if number % 4 else "NL",
            innovations=[{"title": "Repair", "description": "Fixing things."}],
        )


@pytest.mark.parametrize(
    "query", ["", "?q=works", "?country=BE&sector=energy", "?sdg=12&q=logo&page=2"]
)
def test_query_count_is_the_same_for_24_and_100_results(
    client, many_enterprises, monkeypatch, django_assert_num_queries, query
):
    monkeypatch.setattr(search_view, "RESULTS_PER_PAGE", 24)
    at_24, response = count_queries(client, f"/en/directory/{query}")
    assert len(response.context["results"]) > 10
    assert at_24 <= MAX_QUERIES
    monkeypatch.setattr(search_view, "RESULTS_PER_PAGE", 100)
    client.get(f"/en/directory/{query}")
    with django_assert_num_queries(at_24):
        response = client.get(f"/en/directory/{query}")
    assert len(response.context["results"]) > 24 or "page=2" in query


def test_query_count_does_not_grow_with_the_number_of_results(client, directory_page):
    EnterpriseFactory(name="Only One", logo=ImageFactory())
    few, _ = count_queries(client, "/en/directory/")
    for number in range(40):
        EnterpriseFactory(name=f"More {number}", logo=ImageFactory())
    many, _ = count_queries(client, "/en/directory/")
    assert few == many


def test_cards_with_logos_cost_a_fixed_number_of_queries(
    many_enterprises, django_assert_max_num_queries
):
    with_logo = Enterprise.objects.listed().filter(logo__isnull=False).values_list("pk", flat=True)
    ids = list(with_logo[:24])
    assert len(ids) > 10
    enterprise_cards(ids)  # creates the logos' renditions once
    cache.clear()
    load_vocabulary()  # as every directory page does: kept for the content version
    # The directory's address (three queries without a request to take it from), then the
    # enterprises, their logo renditions, and their sectors and goals: however many cards.
    with django_assert_max_num_queries(6):
        cards = enterprise_cards(ids)
    assert len(cards) == len(ids)
    assert all("enterprise-card__logo" in card and ".webp" in card for card in cards)


def test_the_impact_page_costs_the_same_for_few_and_many_enterprises(client, directory_page):
    from directory.models import Indicator
    from tests.directory.factories import ImpactPageFactory

    impact = ImpactPageFactory(parent=directory_page.get_parent())
    impact.save_revision().publish()
    indicators = list(Indicator.objects.filter(aggregation="sum"))

    def add(count, start):
        for number in range(start, start + count):
            EnterpriseFactory(
                name=f"Impact Works {number:03d}",
                country=("BE", "NL", "FR")[number % 3],
                sectors=["circular-economy", "energy"] if number % 2 else ["housing"],
                sdgs=[7, 12] if number % 2 else [11],
                impact_figures=[
                    {
                        "catalogue_indicator": indicators[number % len(indicators)],
                        "indicator": "counted",
                        "value": number,
                        "unit": "x",
                        "year": 2024,
                        "verified": True,
                    }
                ],
            )

    add(3, 0)
    few, _response = count_queries(client, impact.url + "?sector=energy&sector=housing")
    add(40, 3)
    many, response = count_queries(client, impact.url + "?sector=energy&sector=housing")
    assert len(response.context["summary"].totals) == len(indicators)
    assert many == few
