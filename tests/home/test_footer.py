"""The footer is the same on every page of a language, and is kept as such: it must follow the
visitor's language and every change to what it shows."""

import pytest
from bs4 import BeautifulSoup

from home.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def footer(client, path):
    return BeautifulSoup(client.get(path).content, "html.parser").select_one("footer")


def test_each_language_gets_its_own_footer(client, story_index):
    client.get("/en/")  # the very first visit creates the site settings: a change like a publish
    english = footer(client, "/en/stories/")
    assert english.find("a", href="/en/open-data/").get_text() == "Open data"
    french = footer(client, "/fr/stories/")
    assert french.find("a", href="/fr/open-data/").get_text() == "Données ouvertes"
    assert french.find("h2", id="footer-contact-heading").get_text() == "Contact"
    dutch = footer(client, "/nl/")
    assert dutch.find("a", href="/nl/open-data/") is not None
    assert footer(client, "/en/") == english


def test_a_changed_contact_address_shows_in_the_footer_at_once(client, home_page):
    client.get("/en/")
    assert "team@example.net" not in str(footer(client, "/en/"))
    site_settings = SiteSettings.load()
    site_settings.contact_email = "team@example.net"
    site_settings.save()
    assert footer(client, "/en/").find("a", href="mailto:team@example.net") is not None
    assert footer(client, "/fr/").find("a", href="mailto:team@example.net") is not None
