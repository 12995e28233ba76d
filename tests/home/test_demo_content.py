import io
import json

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import CustomImage, EventPage, HomePage, Organisation, StandardPage, StoryPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "images": CustomImage.objects.count(),
        "organisations": Organisation.objects.count(),
        "revisions": sum(page.revisions.count() for page in Page.objects.all()),
    }


def test_demo_content_builds_the_real_event_and_is_idempotent(client, settings, tmp_path):
    call_command("load_demo_content", stdout=io.StringIO())
    first = counts()
    call_command("load_demo_content", stdout=io.StringIO())
    assert counts() == first

    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    event = EventPage.objects.get(
        slug="spark-social-enterprise-day-2019", locale__language_code="en"
    )
    assert event.start_date.isoformat() == "2019-11-21" == event.end_date.isoformat()
    assert event.venue_name == "Les Ateliers des Tanneurs"
    assert event.street_address == "Huidevettersstraat 60A"
    assert event.postal_code == "1000"
    assert {org.name for org in event.organisers.all()} >= {"Sociale InnovatieFabriek"}
    assert "Interreg 2 Seas" in {org.name for org in event.partners.all()}
    assert StoryPage.objects.live().count() >= 2
    assert StandardPage.objects.filter(slug="about").exists()
    for name in (
        "University of Brighton",
        "West Sussex County Council",
        "De Punt",
        "Stichting Stadsgarage",
        "Sociale InnovatieFabriek",
    ):
        assert Organisation.objects.filter(name=name).exists()

    closing = StoryPage.objects.get(slug="closing-day-brussels", locale__language_code="en")
    assert closing.event == event
    for story in StoryPage.objects.live():
        enterprises = [link.enterprise for link in story.enterprise_links.all()]
        assert enterprises and all(e.live and e.is_demo for e in enterprises), story.title
    html = client.get(closing.url, HTTP_HOST=site.hostname).content.decode()
    for link in closing.enterprise_links.all():
        assert f'href="/en/directory/{link.enterprise.slug}/"' in html

    response = client.get("/en/about/", HTTP_HOST=site.hostname)
    assert response.status_code == 200
    assert "European Regional Development Fund" in response.content.decode()

    # Every language's menu lists the same pages in the same order.
    menus = {
        language: [
            link["href"].split("/", 2)[2]
            for link in BeautifulSoup(
                client.get(f"/{language}/", HTTP_HOST=site.hostname).content, "html.parser"
            ).select(".main-nav a")
        ]
        for language in ("en", "nl", "fr")
    }
    assert menus["en"][:2] == ["directory/", "impact/"]
    assert menus["nl"] == menus["fr"] == menus["en"]


def test_every_search_example_finds_something_in_the_demo(client):
    from bs4 import BeautifulSoup

    call_command("load_demo_content", stdout=io.StringIO())
    host = Site.objects.get(is_default_site=True).hostname
    examples = []
    for address in ("/en/", "/en/directory/"):
        html = BeautifulSoup(client.get(address, HTTP_HOST=host).content, "html.parser")
        for box in html.select("input[type=search][placeholder^='For example:']"):
            words = box["placeholder"].removeprefix("For example:").split(",")
            examples += [(address, word.strip()) for word in words]
    assert {address for address, _ in examples} == {"/en/", "/en/directory/"}
    for address, word in examples:
        response = client.get("/en/directory/export.json", {"q": word}, HTTP_HOST=host)
        found = b"".join(response.streaming_content) if response.streaming else response.content
        assert json.loads(found)["enterprises"], f"the example “{word}” on {address} finds nothing"


def test_forms_link_to_the_privacy_notice_in_the_visitors_language(client):
    call_command("load_demo_content", stdout=io.StringIO())
    host = Site.objects.get(is_default_site=True).hostname
    for language in ("en", "nl", "fr"):
        for path in ("directory/submit/", "events/demo-social-enterprise-meet-up-2027/"):
            html = BeautifulSoup(
                client.get(f"/{language}/{path}", HTTP_HOST=host).content, "html.parser"
            )
            form_links = {a["href"] for a in html.select("main a") if "privacy" in a["href"]}
            assert form_links == {f"/{language}/privacy/"}, (language, path)


def test_the_directorys_data_licence_note_is_in_the_visitors_language(client):
    call_command("load_demo_content", stdout=io.StringIO())
    host = Site.objects.get(is_default_site=True).hostname
    notes = {}
    for language in ("en", "nl", "fr"):
        html = BeautifulSoup(
            client.get(f"/{language}/directory/", HTTP_HOST=host).content, "html.parser"
        )
        licence = html.select_one("a[rel=license]")
        notes[language] = licence.parent.get_text(" ", strip=True)
    assert "reuse it freely" in notes["en"]
    assert "CC BY 4.0" in notes["nl"] and "CC BY 4.0" in notes["fr"]
    assert "hergebruik" in notes["nl"] and "Lees de licentie" in notes["nl"]
    assert "réutilisez" in notes["fr"] and "Lire la licence" in notes["fr"]
