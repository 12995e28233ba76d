import json

import pytest
from bs4 import BeautifulSoup

from tests.directory.factories import EnterpriseFactory
from tests.home.factories import ImageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def full_profile(directory_page):
    return EnterpriseFactory(
        name="Kringloopkompas",
        logo=ImageFactory(),
        summary="A circular reuse centre in Gent.",
        description="First paragraph.\n\nSecond paragraph with <b>markup</b>.",
        street_address="Dok-Noord 12",
        postal_code="9000",
        latitude=51.0667,
        longitude=3.7301,
        legal_form="vzw_asbl",
        year_founded=1997,
        size_band="medium",
        website="https://kringloopkompas.example",
        public_email="info@kringloopkompas.example",
        linkedin_url="https://linkedin.example/kringloopkompas",
        spark_programme="accelerator",
        spark_year=2017,
        sectors=["circular-economy", "work-integration"],
        sdgs=[8, 12],
        innovations=[
            {
                "title": "Furniture repair line",
                "description": "A workshop.",
                "year": 2016,
                "stage": "established",
            }
        ],
        impact_figures=[
            {"indicator": "goods sold for reuse", "value": 818, "unit": "tonnes", "year": 2022},
            {
                "indicator": "goods sold for reuse",
                "value": 1320,
                "unit": "tonnes",
                "year": 2024,
                "verified": True,
            },
            {"indicator": "people in supported jobs", "value": 118, "unit": "people", "year": 2024},
        ],
    )


def test_full_profile_shows_everything(client, full_profile):
    response = client.get("/en/directory/kringloopkompas/")
    assert response.status_code == 200
    html = soup(response)
    assert html.h1.get_text(strip=True) == "Kringloopkompas"
    assert [p.get_text() for p in html.select("#about-heading + .prose p")] == [
        "First paragraph.",
        "Second paragraph with <b>markup</b>.",
    ]
    assert "Furniture repair line" in html.select_one("#innovations-heading").parent.get_text()
    impact = html.select_one("#impact-heading").parent.get_text(" ", strip=True)
    assert "1,320 tonnes" in impact and "118 people" in impact
    assert "Verified by an editor" in impact
    # Two years of the same indicator become a chart whose numbers are readable as text.
    chart = html.select_one(".bar-chart table")
    assert [th.get_text() for th in chart.select("tbody th")] == ["2022", "2024"]
    assert "818 tonnes" in chart.get_text(" ", strip=True)
    facts = html.select_one(".enterprise__facts").get_text(" ", strip=True)
    for expected in (
        "Dok-Noord 12",
        "9000 Ghent",  # written "Gent", read in English
        "Non-profit association",
        "1997",
        "50-249 employees",
        "Spark Accelerator, 2017",
    ):
        assert expected in facts
    email = html.find("a", href="mailto:info@kringloopkompas.example")
    assert email.get_text() == "info@kringloopkompas.example"
    # A narrow column wraps the address before "@" or a dot, never inside a word.
    assert str(email).count("<wbr/>") == 2
    osm = html.find("a", string="Show on OpenStreetMap")["href"]
    assert osm.startswith("https://www.openstreetmap.org/?mlat=51.06670&mlon=3.73010")
    website = html.find("a", href="https://kringloopkompas.example")
    assert set(website["rel"]) >= {"nofollow", "ugc"}
    goals = [a.get_text(" ", strip=True) for a in html.select(".goal")]
    assert goals == [
        "8 Decent work and economic growth",
        "12 Responsible consumption and production",
    ]


def test_profile_without_optional_parts(client, directory_page):
    EnterpriseFactory(name="Bare Minimum", sdgs=[], description="Only this.")
    response = client.get("/en/directory/bare-minimum/")
    assert response.status_code == 200
    html = soup(response)
    for section in (
        "#innovations-heading",
        "#impact-heading",
        "#goals-heading",
        "#stories-heading",
    ):
        assert html.select_one(section) is None
    osm = html.find("a", string="Show on OpenStreetMap")["href"]
    assert osm.startswith("https://www.openstreetmap.org/search?query=")


def test_profile_json_ld_parses_as_an_organization(client, full_profile):
    html = soup(client.get("/en/directory/kringloopkompas/"))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Organization"
    assert data["name"] == "Kringloopkompas"
    assert data["url"] == "http://testserver/en/directory/kringloopkompas/"
    assert data["address"]["streetAddress"] == "Dok-Noord 12"
    assert data["address"]["addressCountry"] == "BE"
    assert data["foundingDate"] == "1997"
    assert data["logo"].startswith("http://testserver/")
    assert data["location"]["geo"]["latitude"] == 51.0667
    assert "https://kringloopkompas.example" in data["sameAs"]


def test_profile_has_its_own_title_canonical_and_open_graph(client, full_profile):
    html = soup(client.get("/en/directory/kringloopkompas/"))
    assert html.title.get_text().startswith("Kringloopkompas ·")
    assert (
        html.find("link", rel="canonical")["href"]
        == "http://testserver/en/directory/kringloopkompas/"
    )
    og = {tag["property"]: tag["content"] for tag in html.find_all("meta", property=True)}
    assert og["og:title"] == "Kringloopkompas"
    assert og["og:description"] == "A circular reuse centre in Gent."


def test_profile_lists_stories_that_mention_it_and_related_enterprises(
    client, full_profile, story_index
):
    story = StoryPageFactory(parent=story_index, title="Reuse in Gent")
    story.enterprise_links.create(enterprise=full_profile)
    story.save_revision().publish()
    EnterpriseFactory(name="Same Sector Elsewhere", country="FR", sectors=["circular-economy"])
    EnterpriseFactory(name="Same Country Only", country="BE", sectors=["housing"])
    EnterpriseFactory(name="Unrelated", country="NL", sectors=["housing"])
    html = soup(client.get("/en/directory/kringloopkompas/"))
    assert [a.get_text() for a in html.select("#stories-heading ~ .card-grid .card__title a")] == [
        "Reuse in Gent"
    ]
    related = [a.get_text() for a in html.select("#related-heading ~ .card-grid .card__title a")]
    assert related == ["Same Sector Elsewhere", "Same Country Only"]


def test_demo_listings_say_so(client, directory_page):
    EnterpriseFactory(name="Demo Thing", origin="demo")
    html = soup(client.get("/en/directory/demo-thing/"))
    assert "This enterprise is fictional" in html.select_one(".demo-notice").get_text()
    listing = soup(client.get("/en/directory/"))
    assert listing.select_one(".demo-badge").get_text(strip=True) == "Demo listing"


def test_text_from_enterprises_is_escaped(client, directory_page):
    EnterpriseFactory(
        name="Escaper",
        summary="<script>alert(1)</script>",
        description="<img src=x onerror=alert(1)>",
        city="<b>Gent</b>",
    )
    for url in ("/en/directory/escaper/", "/en/directory/"):
        body = client.get(url).content.decode()
        assert "<script>alert(1)" not in body
        assert "<img src=x" not in body
        assert "<b>Gent</b>" not in body


def test_unknown_profile_is_a_404(client, directory_page):
    assert client.get("/en/directory/no-such-enterprise/").status_code == 404


def test_sitemap_lists_live_profiles(client, full_profile):
    EnterpriseFactory(name="Hidden Draft", draft=True)
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-enterprises.xml" in index
    enterprises = client.get("/sitemap-enterprises.xml").content.decode()
    assert "http://testserver/en/directory/kringloopkompas/" in enterprises
    assert "hidden-draft" not in enterprises
