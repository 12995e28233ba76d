"""A story shows the enterprises it is about and the event it reports on."""

import pytest
from bs4 import BeautifulSoup

from directory.models import StoryEnterpriseLink
from tests.directory.factories import EnterpriseFactory
from tests.home.factories import EventPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def cards(response):
    html = BeautifulSoup(response.content, "html.parser")
    section = html.select_one("section.story-enterprises")
    if section is None:
        return []
    return [(a.get_text(strip=True), a["href"]) for a in section.select(".card__title a")]


def link(story, *enterprises):
    story.enterprise_links.set(
        [StoryEnterpriseLink(enterprise=enterprise) for enterprise in enterprises]
    )
    story.save_revision().publish()


def test_a_story_shows_its_live_enterprises_as_cards_in_the_editors_order(
    client, story_index, directory_page
):
    first = EnterpriseFactory(name="Zoutkeet Kantine", city="Vlissingen", country="NL")
    second = EnterpriseFactory(name="Atelier Schaduwspel", city="Brussels")
    draft = EnterpriseFactory(name="Not Yet Published", draft=True)
    story = StoryPageFactory(parent=story_index)
    link(story, first, draft, second)

    response = client.get(story.url)
    assert cards(response) == [
        ("Zoutkeet Kantine", "/en/directory/zoutkeet-kantine/"),
        ("Atelier Schaduwspel", "/en/directory/atelier-schaduwspel/"),
    ]
    assert "Vlissingen, Netherlands" in response.content.decode()
    assert client.get("/en/directory/zoutkeet-kantine/").status_code == 200


def test_a_story_without_enterprises_has_no_empty_section(client, story_index):
    story = StoryPageFactory(parent=story_index)
    response = client.get(story.url)
    assert b"Enterprises in this story" not in response.content


def test_a_story_links_the_event_it_reports_on(client, story_index, event_index):
    event = EventPageFactory(parent=event_index, title="Closing day")
    story = StoryPageFactory(parent=story_index, event=event)
    html = BeautifulSoup(client.get(story.url).content, "html.parser")
    assert html.select_one(".story__event a")["href"] == event.url


def test_a_profile_shows_each_story_about_it_once_in_the_visitors_language(
    client, story_index, directory_page
):
    from wagtail.models import Locale

    enterprise = EnterpriseFactory(name="Kringloop Oost")
    story = StoryPageFactory(parent=story_index, title="Repair on tour")
    link(story, enterprise)
    dutch = story.copy_for_translation(Locale.objects.get(language_code="nl"), copy_parents=True)
    dutch.title = "Repareren op tournee"
    dutch.save_revision().publish()

    def stories_on_profile(language):
        response = client.get(f"/{language}/directory/kringloop-oost/")
        html = BeautifulSoup(response.content, "html.parser")
        heading = html.find(id="stories-heading")
        section = heading.find_parent("section") if heading else None
        return [a.get_text(strip=True) for a in section.select(".card__title a")] if section else []

    assert stories_on_profile("en") == ["Repair on tour"]
    assert stories_on_profile("nl") == ["Repareren op tournee"]
    assert stories_on_profile("fr") == ["Repair on tour"]


def test_a_storys_preview_shows_the_drafts_enterprises_not_the_published_ones(
    client, story_index, directory_page
):
    published = EnterpriseFactory(name="Zoutkeet Kantine")
    drafted = EnterpriseFactory(name="Atelier Schaduwspel")
    story = StoryPageFactory(parent=story_index)
    link(story, published)
    assert cards(client.get(story.url))[0][0] == "Zoutkeet Kantine"  # now kept

    story.enterprise_links.set([StoryEnterpriseLink(enterprise=drafted)])  # not saved
    preview = story.make_preview_request()
    preview.render()
    assert [name for name, _ in cards(preview)] == ["Atelier Schaduwspel"]
    assert [name for name, _ in cards(client.get(story.url))] == ["Zoutkeet Kantine"]
