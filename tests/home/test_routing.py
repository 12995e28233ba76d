"""Which page an address serves, with the page cache off: the answer is remembered until the
next publish, and never outlives a change a visitor could see."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import StoryPage
from tests.home.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def story(client, story_index):
    story = StoryPageFactory(parent=story_index, title="Repair cafés in Lille", slug="repair")
    client.get("/en/")  # the very first visit creates the site settings: a change like a publish
    return story


def _reads_the_page(queries, page):
    table = StoryPage._meta.db_table
    return [q["sql"] for q in queries if f'FROM "{table}"' in q["sql"] and str(page.pk) in q["sql"]]


def test_a_visitors_next_view_of_a_page_reads_no_page_from_the_database(client, story):
    assert client.get("/en/stories/repair/").status_code == 200
    with CaptureQueriesContext(connection) as second:
        again = client.get("/en/stories/repair/")
    assert again.status_code == 200
    assert "Repair cafés in Lille" in again.content.decode()
    assert _reads_the_page(second.captured_queries, story) == []


def test_a_signed_in_editor_gets_the_page_from_the_database(client, story, admin_user):
    client.force_login(admin_user)
    client.get("/en/stories/repair/")
    with CaptureQueriesContext(connection) as second:
        assert client.get("/en/stories/repair/").status_code == 200
    assert _reads_the_page(second.captured_queries, story)


def test_a_published_change_shows_at_once(client, story):
    client.get("/en/stories/repair/")
    story.title = "Repair cafés in Lille and Ghent"
    story.save_revision().publish()
    assert "Repair cafés in Lille and Ghent" in client.get("/en/stories/repair/").content.decode()


def test_an_unpublished_page_is_gone_at_once(client, story):
    assert client.get("/en/stories/repair/").status_code == 200
    story.unpublish()
    assert client.get("/en/stories/repair/").status_code == 404


def test_a_new_slug_moves_the_page_at_once(client, story):
    assert client.get("/en/stories/repair/").status_code == 200
    story.slug = "repair-cafes"
    story.save_revision().publish()
    assert client.get("/en/stories/repair/").status_code == 404
    moved = client.get("/en/stories/repair-cafes/")
    assert moved.status_code == 200
    assert "Repair cafés in Lille" in moved.content.decode()


def test_each_visit_gets_its_own_copy_of_the_page(client, story):
    """Something one request sets on its page must not show on the next."""
    first = client.get("/en/stories/repair/")
    first.context["page"].title = "Changed in memory only"
    assert "Changed in memory only" not in client.get("/en/stories/repair/").content.decode()


def test_addresses_that_lead_nowhere_are_not_kept(client, story):
    """Visitors can type endless addresses: a "no such page" is answered, not remembered."""
    assert client.get("/en/no-such-page-0/").status_code == 404
    kept_before = len(cache._cache)
    for number in range(1, 21):
        assert client.get(f"/en/no-such-page-{number}/").status_code == 404
    assert len(cache._cache) == kept_before
    assert client.get("/en/stories/repair/").status_code == 200
