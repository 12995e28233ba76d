"""The "Verified impact" mark: on cards and profiles while an editor verified a figure in the
last two years, never for older or unverified figures, and at no cost per card."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import ImpactFigure
from directory.verified_impact import verified_recently
from tests.directory.factories import EnterpriseFactory

pytestmark = pytest.mark.django_db

EXPLANATION = (
    "An editor has verified at least one of this enterprise’s impact figures in the last two years."
)


@pytest.fixture(autouse=True)
def _uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


def years_ago(years, today=None):
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=round(years * 365.25))


def figure(verified, verified_on=None):
    return {
        "indicator": "meals served",
        "value": 1200,
        "unit": "meals",
        "year": timezone.localdate().year - 1,
        "verified": verified,
        "verified_on": verified_on,
    }


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def marked_cards(html):
    """The names on the cards that carry the mark."""
    return sorted(
        card.select_one(".card__title a").get_text()
        for card in html.select(".card--enterprise")
        if card.select_one(".impact-mark")
    )


CASES = {
    "verified a year ago": ([figure(True, years_ago(1))], True),
    "verified three years ago": ([figure(True, years_ago(3))], False),
    "not verified": ([figure(False)], False),
    "no figures": ([], False),
    # An editor unticked it: the date left behind does not count.
    "verified mark removed": ([figure(False, years_ago(0.5))], False),
    "one old, one recent": ([figure(True, years_ago(4)), figure(True, years_ago(0.1))], True),
}


@pytest.mark.parametrize("case", CASES)
def test_cards_and_profile_show_the_mark_only_for_a_recent_verification(
    client, directory_page, case
):
    figures, marked = CASES[case]
    EnterpriseFactory(name="Soup Kitchen", slug="soup-kitchen", impact_figures=figures)
    cards = soup(client.get("/en/directory/"))
    assert marked_cards(cards) == (["Soup Kitchen"] if marked else [])
    profile = soup(client.get("/en/directory/soup-kitchen/"))
    note = profile.select_one(".enterprise__heading .impact-note")
    if marked:
        assert note.get_text(" ", strip=True) == f"✓ Verified impact {EXPLANATION}"
    else:
        assert note is None
        assert "Verified impact" not in profile.get_text()


def test_the_card_mark_says_what_it_means_in_words(client, directory_page):
    EnterpriseFactory(name="Soup Kitchen", impact_figures=[figure(True, years_ago(1))])
    mark = soup(client.get("/en/directory/")).select_one(".card--enterprise .impact-mark")
    assert mark["title"] == EXPLANATION
    hidden = mark.select_one(".visually-hidden").get_text(strip=True)
    assert hidden == f": {EXPLANATION}"
    visible = "".join(
        text
        for text in mark.find_all(string=True)
        if text.parent.get("class") != ["visually-hidden"]
    )
    assert visible.strip() == "✓ Verified impact"


def test_the_mark_lasts_two_years_to_the_day(client, directory_page):
    today = timezone.localdate()
    edge = today.replace(
        year=today.year - 2, day=28 if (today.month, today.day) == (2, 29) else today.day
    )
    EnterpriseFactory(name="On The Day", impact_figures=[figure(True, edge)])
    EnterpriseFactory(
        name="A Day Late", impact_figures=[figure(True, edge - datetime.timedelta(days=1))]
    )
    assert marked_cards(soup(client.get("/en/directory/"))) == ["On The Day"]


@pytest.mark.parametrize(
    ("today", "verified_on", "marked"),
    [
        (datetime.date(2026, 3, 10), datetime.date(2024, 3, 10), True),
        (datetime.date(2026, 3, 10), datetime.date(2024, 3, 9), False),
        (datetime.date(2028, 2, 29), datetime.date(2026, 2, 28), True),
        (datetime.date(2028, 2, 29), datetime.date(2026, 2, 27), False),
    ],
)
def test_two_years_back_from_a_leap_day_is_the_28th(today, verified_on, marked):
    figures = [ImpactFigure(verified=True, verified_on=verified_on)]
    assert verified_recently(figures, today=today) is marked


def test_related_and_featured_cards_carry_the_mark_too(client, directory_page):
    EnterpriseFactory(name="Main Profile", slug="main-profile", sectors=["energy"])
    EnterpriseFactory(
        name="Neighbour",
        sectors=["energy"],
        is_featured=True,
        impact_figures=[figure(True, years_ago(1))],
    )
    assert marked_cards(soup(client.get("/en/directory/main-profile/"))) == ["Neighbour"]
    home = soup(client.get("/en/"))
    assert marked_cards(home) == ["Neighbour"]


def count_queries(client, url):
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    return len(context.captured_queries), soup(response)


def test_the_mark_costs_no_query_per_card(client, directory_page):
    EnterpriseFactory(name="First Marked", impact_figures=[figure(True, years_ago(1))])
    few, html = count_queries(client, "/en/directory/")
    assert marked_cards(html) == ["First Marked"]
    expected = ["First Marked"]
    for number in range(12):
        recent = number % 3 != 0
        name = f"More {number:02d}"
        EnterpriseFactory(
            name=name,
            impact_figures=[
                figure(False),
                figure(True, years_ago(1 if recent else 3)),
            ],
        )
        if recent:
            expected.append(name)
    many, html = count_queries(client, "/en/directory/")
    assert marked_cards(html) == sorted(expected)
    assert many == few
