"""Headings never skip a level, and a story without a picture leaves no empty frame."""

import pytest
from bs4 import BeautifulSoup

from tests.home.factories import EventPageFactory, ImageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def heading_levels(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [int(h.name[1]) for h in html.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]


@pytest.fixture
def pages(home_page, story_index, event_index):
    story = StoryPageFactory(parent=story_index, title="With a picture", lead_image=ImageFactory())
    StoryPageFactory(parent=story_index, title="Without a picture")
    story.tags.add("Safari")
    story.save_revision().publish()
    event = EventPageFactory(parent=event_index)
    return [home_page, story_index, event_index, story, event]


def test_headings_never_skip_a_level(client, pages):
    for page in pages:
        for address in (page.url, page.url + "?tag=safari"):
            levels = heading_levels(client.get(address))
            assert levels.count(1) == 1, address
            for before, after in zip(levels, levels[1:], strict=False):
                assert after <= before + 1, f"{address}: h{before} then h{after}"


def test_a_story_card_without_a_picture_gets_a_drawn_panel_in_its_place(client, pages):
    html = BeautifulSoup(client.get(pages[1].url).content, "html.parser")
    cards = {
        card.select_one(".card__title").get_text(strip=True): card
        for card in html.select(".card--story")
    }
    assert cards["With a picture"].select_one("img.card__image") is not None
    panel = cards["Without a picture"].select_one(".card__image--placeholder")
    assert panel is not None and panel["aria-hidden"] == "true"


def test_a_story_without_its_own_description_is_described_by_its_introduction(client, pages):
    story = pages[3]
    assert not story.search_description
    html = BeautifulSoup(client.get(story.url).content, "html.parser")
    assert html.select_one('meta[name="description"]')["content"] == story.intro
    assert html.select_one('meta[property="og:description"]')["content"] == story.intro
