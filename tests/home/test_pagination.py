"""Page links keep what the visitor asked for: the links are followed as rendered."""

import datetime
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.home.factories import EventPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def follow(client, response, rel):
    """Follow the pagination link a visitor would click, resolved as a browser resolves it."""
    html = BeautifulSoup(response.content, "html.parser")
    link = html.select_one(f'nav.pagination a[rel="{rel}"]')
    assert link is not None, f"no {rel} link"
    address = urljoin(f"http://testserver{response.wsgi_request.get_full_path()}", link["href"])
    return client.get(address.removeprefix("http://testserver"))


def page_number_link(client, response, number):
    html = BeautifulSoup(response.content, "html.parser")
    for link in html.select("nav.pagination a"):
        if link.get_text(" ", strip=True).endswith(str(number)) and not link.get("rel"):
            address = urljoin(
                f"http://testserver{response.wsgi_request.get_full_path()}", link["href"]
            )
            return client.get(address.removeprefix("http://testserver"))
    raise AssertionError(f"no link to page {number}")


def test_story_index_pages_keep_the_chosen_topic(client, story_index):
    for day in range(12):
        story = StoryPageFactory(parent=story_index, date=datetime.date(2020, 1, 1 + day))
        story.tags.add("Safari")
        story.save_revision().publish()
    for day in range(5):
        StoryPageFactory(parent=story_index, date=datetime.date(2021, 1, 1 + day))

    first = client.get(story_index.url + "?tag=safari")
    assert first.context["active_tag"].slug == "safari"
    second = follow(client, first, "next")
    assert second.context["active_tag"].slug == "safari"
    assert second.context["stories"].number == 2
    assert [s.date for s in second.context["stories"]] == [
        datetime.date(2020, 1, 2),
        datetime.date(2020, 1, 1),
    ]
    back = page_number_link(client, second, 1)
    assert back.context["stories"].number == 1
    assert back.context["active_tag"].slug == "safari"


def test_past_events_page_on(client, event_index):
    today = timezone.localdate()
    for weeks in range(1, 15):
        day = today - datetime.timedelta(weeks=weeks)
        EventPageFactory(parent=event_index, start_date=day, end_date=day)
    first = client.get(event_index.url)
    second = follow(client, first, "next")
    assert second.context["past_events"].number == 2
    assert len(second.context["past_events"]) == 14 - 12
    assert not set(second.context["past_events"]) & set(first.context["past_events"])
    assert page_number_link(client, second, 1).context["past_events"].number == 1


def test_site_search_pages_keep_the_words(client, story_index):
    for day in range(13):
        StoryPageFactory(
            parent=story_index,
            title=f"Safari day {day}",
            date=datetime.date(2020, 1, 1 + day),
        )
    StoryPageFactory(parent=story_index, title="Unrelated")
    first = client.get("/en/search/?q=safari")
    pages = first.context["results"]
    assert pages.paginator.count == 13
    second = follow(client, first, "next")
    assert second.context["search_query"] == "safari"
    assert second.context["results"].number == 2
    assert len(second.context["results"]) == 3
    titles = {page.title for page in second.context["results"]}
    assert titles and not titles & {page.title for page in pages}
    assert page_number_link(client, second, 1).context["results"].number == 1
