"""The site in English, Dutch and French: addresses, the switcher, fallbacks and alternates."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.models import Locale

from tests.home.factories import StandardPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def translate(page, code, **fields):
    """A published translation of a page (and of its parents, when they have none yet)."""
    translation = page.specific.copy_for_translation(
        Locale.objects.get(language_code=code), copy_parents=True
    )
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About Spark", slug="about")


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("nl-BE,nl;q=0.9,en;q=0.5", "/nl/"),
        ("fr-FR,fr;q=0.8", "/fr/"),
        ("de-DE", "/en/"),
        ("", "/en/"),
    ],
)
def test_the_first_visit_follows_the_browsers_languages(client, home_page, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_an_address_without_a_language_goes_to_the_same_page_in_the_visitors(client, about):
    response = client.get("/about/?x=1", HTTP_ACCEPT_LANGUAGE="fr")
    assert response["Location"] == "/fr/about/?x=1"


def test_the_switcher_remembers_the_choice_over_the_browsers_language(client, about):
    translate(about, "nl", title="Over Spark")
    english = soup(client.get("/en/about/"))
    switch = english.select_one(".language-switcher a[hreflang=nl]")
    assert switch.get_text(strip=True) == "Nederlands"

    landed = client.get(switch["href"], follow=True)
    assert landed.redirect_chain[-1][0] == "/nl/about/"
    assert soup(landed).h1.get_text(strip=True) == "Over Spark"
    assert soup(landed).html["lang"] == "nl"

    again = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert again["Location"] == "/nl/"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "javascript:x"])
def test_the_switcher_never_sends_visitors_to_another_site(client, home_page, target):
    response = client.get("/language/fr/", {"next": target})
    assert response["Location"] == "/fr/"


def test_an_unknown_language_is_not_found(client, home_page):
    assert client.get("/language/de/", follow=True).status_code == 404
    assert client.get("/de/", follow=True).status_code == 404
    assert settings.LANGUAGE_COOKIE_NAME not in client.cookies


def test_a_translated_page_announces_every_translation_and_its_own_canonical(client, about):
    translate(about, "fr", title="À propos de Spark")
    page = soup(client.get("/fr/about/"))
    alternates = {
        link["hreflang"]: link["href"] for link in page.select("link[rel=alternate][hreflang]")
    }
    assert alternates == {"en": "http://testserver/en/about/", "fr": "http://testserver/fr/about/"}
    assert page.select_one("link[rel=canonical]")["href"] == "http://testserver/fr/about/"
    assert page.select_one("meta[property='og:locale']")["content"] == "fr_BE"
    assert page.select_one("meta[property='og:locale:alternate']")["content"] == "en_GB"
    assert page.select_one(".notice--language") is None
    assert not page.main.has_attr("lang")


def test_an_untranslated_page_is_read_in_its_language_with_a_notice(client, about):
    response = client.get("/nl/about/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "nl"
    assert page.main["lang"] == "en"
    notice = page.select_one(".notice--language")
    assert notice["lang"] == "nl" and "Engels" in notice.get_text()
    assert page.h1.get_text(strip=True) == "About Spark"
    # Search engines see the English page as the one to index; no Dutch version is claimed.
    assert page.select_one("link[rel=canonical]")["href"] == "http://testserver/en/about/"
    assert [link["hreflang"] for link in page.select("link[hreflang]")] == ["en"]


def test_lists_show_each_story_once_in_the_visitors_language(client, story_index):
    translated = StoryPageFactory(parent=story_index, title="Repair cafés", slug="repair")
    StoryPageFactory(parent=story_index, title="Only in English", slug="english-only")
    translate(translated, "nl", title="Repaircafés")

    dutch = soup(client.get("/nl/stories/"))
    titles = [card.get_text(strip=True) for card in dutch.select(".card__title")]
    assert sorted(titles) == ["Only in English", "Repaircafés"]
    english_card = dutch.find("a", string="Only in English")
    assert english_card["href"] == "/nl/stories/english-only/"
    assert english_card.find_parent("article")["lang"] == "en"
    assert client.get(english_card["href"]).status_code == 200

    english = soup(client.get("/en/stories/"))
    assert sorted(a.get_text(strip=True) for a in english.select(".card__title")) == [
        "Only in English",
        "Repair cafés",
    ]


def test_dates_follow_the_language(client, story_index):
    import datetime

    StoryPageFactory(parent=story_index, slug="day", date=datetime.date(2019, 11, 21))
    expected = {"en": "21 November 2019", "nl": "21 november 2019", "fr": "21 novembre 2019"}
    for code, text in expected.items():
        assert text in soup(client.get(f"/{code}/stories/")).select_one(".card__meta").get_text()


def test_the_page_cache_never_serves_one_language_to_another(client, about, settings):
    settings.PAGE_CACHE_ENABLED = True
    translate(about, "nl", title="Over Spark")
    translate(about, "fr", title="À propos de Spark")
    for _visit in range(2):
        for code, title in (("nl", "Over Spark"), ("fr", "À propos de Spark")):
            response = client.get(f"/{code}/about/")
            assert soup(response).h1.get_text(strip=True) == title
            assert soup(response).html["lang"] == code
    assert client.get("/fr/about/")["X-Cache"] == "HIT"


def test_the_error_pages_speak_the_visitors_language(home_page, monkeypatch):
    from django.db import OperationalError
    from django.db.backends.base.base import BaseDatabaseWrapper
    from django.test import Client

    from home.models import HomePage

    def explode(self, request, *args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(HomePage, "serve", explode)
    broken = Client(raise_request_exception=False).get("/fr/")
    assert broken.status_code == 500
    assert soup(broken).html["lang"] == "fr"
    assert "Something went wrong" not in broken.content.decode()
    assert soup(broken).select_one("main a")["href"] == "/fr/"

    def refuse(self, *args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    away = Client(raise_request_exception=False).get("/nl/about/")
    assert away.status_code == 503
    assert soup(away).html["lang"] == "nl"
    assert "briefly unavailable" not in away.content.decode()


def test_the_feed_and_the_calendar_file_say_their_language(client, story_index, event_index):
    import icalendar

    from tests.home.factories import EventPageFactory

    StoryPageFactory(parent=story_index, title="Only in English", slug="english-only")
    feed = BeautifulSoup(client.get("/nl/stories/feed/").content, "html.parser")
    assert feed.feed["xml:lang"] == "nl"
    assert feed.entry.link["href"] == "http://testserver/nl/stories/english-only/"

    event = EventPageFactory(parent=event_index, title="Spark Day", slug="spark-day")
    translate(event, "fr", title="Journée Spark")
    response = client.get("/fr/events/spark-day/calendar/")
    (entry,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert entry["SUMMARY"] == "Journée Spark"
    assert entry["SUMMARY"].params["LANGUAGE"] == "fr"
    assert entry["URL"] == "http://testserver/fr/events/spark-day/"
