"""The header's search box covers the whole site: enterprises and pages."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.directory.factories import EnterpriseFactory
from tests.home.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def enterprise_names(response):
    return [a.get_text(strip=True) for a in soup(response).select(".enterprise-results a")]


def group_counts(response):
    return [p.get_text(" ", strip=True) for p in soup(response).select(".search-group__count")]


@pytest.fixture
def enterprises(directory_page):
    return [
        EnterpriseFactory(
            name="Harbourlight Community Energy",
            country="GB",
            city="Brighton",
            summary="Solar roofs owned by the people under them.",
            sectors=["energy"],
        ),
        EnterpriseFactory(
            name="Café Bobinoir", country="FR", city="Lille", summary="A café that trains."
        ),
        EnterpriseFactory(name="Cafe Ordinaire Gent", summary="Coffee and jobs in Gent."),
        EnterpriseFactory(name="Hidden Cafe", draft=True),
    ]


def test_an_enterprise_name_finds_the_enterprise_and_links_to_its_profile(client, enterprises):
    response = client.get("/en/search/?q=Harbourlight")
    assert response.status_code == 200
    html = soup(response)
    links = html.select(".enterprise-results a")
    assert [a.get_text(strip=True) for a in links] == ["Harbourlight Community Energy"]
    assert links[0]["href"] == "/en/directory/harbourlight-community-energy/"
    item = html.select_one(".enterprise-results li").get_text(" ", strip=True)
    assert "Brighton" in item and "United Kingdom" in item and "Solar roofs" in item
    assert "1 enterprise" in group_counts(response)[0]


def test_accents_do_not_matter_and_drafts_stay_hidden(client, enterprises):
    response = client.get("/en/search/?q=cafe")
    assert sorted(enterprise_names(response)) == ["Cafe Ordinaire Gent", "Café Bobinoir"]
    assert "2 enterprises" in group_counts(response)[0]


def test_the_directory_link_carries_the_words_and_the_full_count(client, directory_page):
    for number in range(7):
        EnterpriseFactory(name=f"Repair Shop {number}", summary="We repair bicycles.")
    response = client.get("/en/search/?q=repair")
    shown = enterprise_names(response)
    assert len(shown) == 5
    link = soup(response).find("a", string=lambda s: s and "See all" in s)
    assert link.get_text(" ", strip=True) == "See all 7 matching enterprises in the directory"
    address = urlsplit(link["href"])
    assert address.path == "/en/directory/"
    assert parse_qs(address.query) == {"q": ["repair"]}
    listed = client.get(link["href"])
    assert listed.context["total"] == 7


def test_pages_and_enterprises_are_counted_separately(client, enterprises, story_index):
    StoryPageFactory(parent=story_index, title="Harbourlight keeps the lights on")
    response = client.get("/en/search/?q=Harbourlight")
    counts = group_counts(response)
    assert "1 enterprise" in counts[0]
    assert "1 page" in counts[1]
    titles = [a.get_text(strip=True) for a in soup(response).select(".search-results h3 a")]
    assert titles == ["Harbourlight keeps the lights on"]


def test_words_that_match_nothing_say_so(client, enterprises):
    response = client.get("/en/search/?q=zzyzzx")
    assert response.status_code == 200
    assert enterprise_names(response) == []
    text = soup(response).get_text(" ", strip=True)
    assert "No enterprise matched" in text and "No page matched" in text


@pytest.mark.parametrize(
    "query",
    ["", "   ", "!!!", '"', "%", "\x00café", "a" * 5000, "café " * 300, "<script>", "OR AND NOT"],
)
def test_odd_queries_never_fail(client, enterprises, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>" not in response.content.split(b"</header>")[-1]


def test_the_header_search_sends_visitors_to_the_site_search(client, enterprises):
    html = soup(client.get("/en/directory/"))
    form = html.select_one("form.header-search")
    assert form["action"] == "/en/search/"
    assert form.select_one("input[name=q]") is not None
