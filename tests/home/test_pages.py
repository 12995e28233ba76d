import datetime
import json
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from home.models import EventIndexPage, EventPage, HomePage, StandardPage, StoryPage
from tests.home.factories import (
    EventPageFactory,
    ImageFactory,
    OrganisationFactory,
    StandardPageFactory,
    StoryPageFactory,
)

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_renders_with_one_h1_and_landmarks(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    html = soup(response)
    assert len(html.find_all("h1")) == 1
    assert html.find("main", id="main-content")
    assert html.find("header") and html.find("footer") and html.find("nav")
    assert html.find("a", class_="skip-link")["href"] == "#main-content"


def test_every_page_type_renders(client, home_page, event_index, story_index):
    event = EventPageFactory(parent=event_index)
    story = StoryPageFactory(parent=story_index)
    about = StandardPageFactory(parent=home_page, title="About")
    for page in (home_page, event_index, event, story_index, story, about):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()


def test_every_page_has_canonical_url_and_open_graph(client, home_page, story_index):
    story = StoryPageFactory(parent=story_index, lead_image=ImageFactory())
    html = soup(client.get(story.url))
    assert html.find("link", rel="canonical")["href"] == f"http://testserver{story.url}"
    og = {tag["property"]: tag["content"] for tag in html.find_all("meta", property=True)}
    assert og["og:title"] == story.title
    assert og["og:type"] == "article"
    assert og["og:url"] == f"http://testserver{story.url}"
    assert og["og:image"].startswith("http://testserver/")


def test_page_tree_rules():
    assert HomePage.can_exist_under(EventIndexPage()) is False
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert StoryPage.can_create_at(HomePage()) is False
    assert EventPage.allowed_subpage_models() == []
    assert StandardPage in HomePage.allowed_subpage_models()
    # One home page, events list and stories list per language.
    assert HomePage.max_count == len(settings.LANGUAGES)
    assert EventIndexPage.max_count_per_parent == 1


def test_event_index_splits_upcoming_and_past_around_today(client, event_index):
    today = timezone.localdate()
    ends_today = EventPageFactory(
        parent=event_index,
        title="Ends today",
        start_date=today - datetime.timedelta(days=1),
        end_date=today,
    )
    yesterday = EventPageFactory(
        parent=event_index,
        title="Ended yesterday",
        start_date=today - datetime.timedelta(days=1),
        end_date=today - datetime.timedelta(days=1),
    )
    response = client.get(event_index.url)
    upcoming = list(response.context["upcoming_events"])
    past = list(response.context["past_events"])
    assert ends_today in upcoming and ends_today not in past
    assert yesterday in past and yesterday not in upcoming


def test_event_end_before_start_is_refused_with_a_clear_message(event_index):
    event = EventPageFactory.build(
        start_date=datetime.date(2019, 11, 21), end_date=datetime.date(2019, 11, 20)
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "cannot end before it starts" in str(error.value.message_dict["end_date"])


def test_event_structured_data_has_the_required_fields(client, event_index):
    organiser = OrganisationFactory(name="Sociale InnovatieFabriek")
    event = EventPageFactory(parent=event_index, image=ImageFactory())
    event.organisers.add(organiser)
    event.save_revision().publish()
    html = soup(client.get(event.url))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["startDate"] == event.start_date.isoformat()
    assert data["location"]["address"]["streetAddress"] == "Huidevettersstraat 60A"
    assert data["location"]["address"]["addressCountry"] == "BE"
    assert data["organizer"][0]["name"] == "Sociale InnovatieFabriek"
    assert data["image"][0].startswith("http://testserver/")


def test_an_events_organisers_follow_every_change_and_its_preview_shows_the_drafts(
    client, event_index
):
    organiser = OrganisationFactory(name="Sociale InnovatieFabriek")
    event = EventPageFactory(parent=event_index)
    event.organisers.add(organiser)
    event.save_revision().publish()
    assert "Sociale InnovatieFabriek" in client.get(event.url).content.decode()

    organiser.name = "Sociale Innovatie Fabriek"
    organiser.save()
    assert "Sociale Innovatie Fabriek" in client.get(event.url).content.decode()

    event.organisers.set([OrganisationFactory(name="Avans Hogeschool")])  # a draft, not saved
    preview = event.make_preview_request()
    preview.render()
    assert "Avans Hogeschool" in preview.content.decode()
    assert "Avans Hogeschool" not in client.get(event.url).content.decode()


def test_json_ld_cannot_be_broken_out_of(client, event_index):
    event = EventPageFactory(parent=event_index, summary="</script><script>alert(1)</script>")
    body = client.get(event.url).content.decode()
    assert "</script><script>alert(1)" not in body
    html = soup(client.get(event.url))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["description"] == "</script><script>alert(1)</script>"


def test_event_page_links_the_venue_on_openstreetmap(client, event_index):
    event = EventPageFactory(parent=event_index)
    html = soup(client.get(event.url))
    link = html.select_one("a[href*=openstreetmap]")
    assert "Show on OpenStreetMap" in link.get_text()
    assert link["href"].startswith("https://www.openstreetmap.org/search?query=")
    assert "Huidevettersstraat+60A" in link["href"]


def test_story_index_is_newest_first_and_paginated(client, story_index):
    for day in range(12):
        StoryPageFactory(parent=story_index, date=datetime.date(2020, 1, 1 + day))
    response = client.get(story_index.url)
    stories = list(response.context["stories"])
    assert len(stories) == 10
    assert stories[0].date == datetime.date(2020, 1, 12)
    second = client.get(story_index.url + "?page=2")
    assert [s.date.day for s in second.context["stories"]] == [2, 1]
    # A page number that is not a number, or too high, still shows a page of stories.
    assert client.get(story_index.url + "?page=abc").status_code == 200
    assert client.get(story_index.url + "?page=999").context["stories"].number == 2


def test_story_index_filters_by_tag_and_says_when_a_tag_is_unknown(client, story_index):
    tagged = StoryPageFactory(parent=story_index, title="Safari story")
    tagged.tags.add("Safari")
    tagged.save_revision().publish()
    StoryPageFactory(parent=story_index, title="Other story")
    response = client.get(story_index.url + "?tag=safari")
    assert [s.title for s in response.context["stories"]] == ["Safari story"]
    unknown = client.get(story_index.url + "?tag=<b>nope</b>")
    assert unknown.status_code == 200
    assert "There is no topic called “&lt;b&gt;nope&lt;/b&gt;”" in unknown.content.decode()


def test_story_feed_lists_stories_newest_first(client, story_index):
    StoryPageFactory(parent=story_index, title="Older", date=datetime.date(2019, 1, 1))
    StoryPageFactory(parent=story_index, title="Newer", date=datetime.date(2020, 1, 1))
    response = client.get(story_index.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ElementTree.fromstring(response.content)
    assert [entry.find(f"{atom}title").text for entry in feed.iter(f"{atom}entry")] == [
        "Newer",
        "Older",
    ]


def test_feed_entries_carry_the_stories_own_dates(client, story_index):
    StoryPageFactory(parent=story_index, title="Safari", date=datetime.date(2018, 3, 16))
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ElementTree.fromstring(client.get(story_index.url + "feed/").content)
    entry = next(feed.iter(f"{atom}entry"))
    assert entry.find(f"{atom}published").text.startswith("2018-03-16T00:00:00")
    assert entry.find(f"{atom}updated").text.startswith("2018-03-16T00:00:00")
    assert feed.find(f"{atom}updated").text.startswith("2018-03-16")


def test_the_feed_link_says_what_it_is_for(client, story_index):
    html = soup(client.get(story_index.url))
    link = html.find("a", string="Follow new stories (feed)")
    assert link["href"] == story_index.url + "feed/"


def test_draft_pages_are_not_public(client, story_index):
    story = StoryPageFactory(parent=story_index, live=False)
    assert client.get(story.url).status_code == 404
