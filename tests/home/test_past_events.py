"""Upcoming lists hold only what is still to come; a past event speaks of itself in the past."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale

from tests.home.factories import EventPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def section(html, heading_id):
    return html.find(attrs={"aria-labelledby": heading_id})


@pytest.fixture
def past_event(event_index):
    return EventPageFactory(
        parent=event_index,
        title="Spark Social Enterprise Day",
        start_date=datetime.date(2019, 11, 21),
        end_date=datetime.date(2019, 11, 21),
        registration_url="https://tickets.example.net/spark",
        audience="<ul><li>Social enterprises</li></ul>",
        what_to_expect="<ul><li>Workshops</li></ul>",
    )


@pytest.fixture
def future_event(event_index):
    day = timezone.localdate() + datetime.timedelta(days=40)
    return EventPageFactory(
        parent=event_index, title="Next gathering", start_date=day, end_date=day
    )


def test_home_page_never_lists_a_past_event_as_upcoming(client, home_page, past_event):
    html = soup(client.get(home_page.url))
    upcoming = section(html, "upcoming-heading")
    assert "Spark Social Enterprise Day" not in upcoming.get_text()
    assert "No events are planned" in upcoming.get_text()
    link = upcoming.find("a", string=lambda s: s and "past events" in s.lower())
    assert link["href"] == "/en/events/#past-heading"


def test_home_page_lists_a_future_event_as_upcoming(client, home_page, past_event, future_event):
    upcoming = section(soup(client.get(home_page.url)), "upcoming-heading")
    titles = [a.get_text(strip=True) for a in upcoming.select(".card__title a")]
    assert titles == ["Next gathering"]


def test_event_index_empty_state_points_to_the_past_events(client, event_index, past_event):
    html = soup(client.get(event_index.url))
    upcoming = section(html, "upcoming-heading")
    assert not upcoming.select(".card")
    assert upcoming.find("a", href="#past-heading") is not None
    past = section(html, "past-heading")
    assert "Spark Social Enterprise Day" in past.get_text()


def test_a_past_event_says_it_took_place_and_offers_no_calendar_or_registration(client, past_event):
    html = soup(client.get(past_event.url))
    text = html.get_text(" ", strip=True)
    assert "This event took place on Thursday 21 November 2019." in text
    assert "Add to calendar" not in text
    assert "Register" not in text
    headings = [h.get_text(strip=True) for h in html.select("h2")]
    assert "Who it was for" in headings and "What was on the programme" in headings
    assert "What to expect" not in headings


def test_a_past_event_links_to_the_stories_that_report_on_it(client, story_index, past_event):
    story = StoryPageFactory(parent=story_index, title="How the day went", event=past_event)
    StoryPageFactory(parent=story_index, title="Unrelated story")
    draft = StoryPageFactory(parent=story_index, title="Draft report", event=past_event)
    draft.unpublish()
    html = soup(client.get(past_event.url))
    came_of_it = section(html, "outcome-heading")
    assert [a["href"] for a in came_of_it.select(".card__title a")] == [story.url]


def test_a_reported_story_shows_once_in_the_visitors_language(client, story_index, past_event):
    story = StoryPageFactory(parent=story_index, title="How the day went", event=past_event)
    dutch = story.copy_for_translation(Locale.objects.get(language_code="nl"), copy_parents=True)
    dutch.title = "Hoe de dag verliep"
    dutch.save_revision().publish()

    def reports(address):
        came_of_it = section(soup(client.get(address)), "outcome-heading")
        return [a.get_text() for a in came_of_it.select(".card__title a")]

    assert reports(past_event.url) == ["How the day went"]
    assert reports(past_event.url.replace("/en/", "/nl/", 1)) == ["Hoe de dag verliep"]


def test_a_future_event_offers_the_calendar_and_speaks_of_the_future(client, future_event):
    html = soup(client.get(future_event.url))
    text = html.get_text(" ", strip=True)
    assert "Add to calendar" in text and "took place" not in text


@pytest.mark.parametrize(
    ("zone", "day", "expected"),
    [
        ("Europe/Brussels", datetime.date(2031, 1, 15), "14:00–17:30 CET (Brussels time)"),
        ("Europe/Brussels", datetime.date(2031, 7, 15), "14:00–17:30 CEST (Brussels time)"),
        ("Europe/London", datetime.date(2031, 7, 15), "14:00–17:30 BST (UK time)"),
    ],
)
def test_timed_events_name_their_time_zone(client, event_index, zone, day, expected):
    event = EventPageFactory(
        parent=event_index,
        start_date=day,
        end_date=day,
        start_time=datetime.time(14),
        end_time=datetime.time(17, 30),
        time_zone=zone,
    )
    page_text = soup(client.get(event.url)).select_one(".event__facts").get_text()
    assert expected in " ".join(page_text.split())
    card_text = soup(client.get(event_index.url)).select_one(".card--event").get_text()
    assert expected in " ".join(card_text.split())
