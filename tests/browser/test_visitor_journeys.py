import icalendar
import pytest

pytestmark = pytest.mark.browser


def test_visitor_finds_the_past_event_told_in_the_past_tense(page, demo_site):
    page.goto(demo_site.url + "/")
    upcoming = page.get_by_role("region", name="Upcoming events")
    # The demo's only upcoming event is the registration demo; the Spark day is in the past.
    assert "Spark Social Enterprise Day" not in upcoming.inner_text()
    with page.expect_navigation():
        upcoming.get_by_role("link", name="All events").click()
    with page.expect_navigation():
        page.get_by_role("link", name="Spark Social Enterprise Day", exact=True).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Spark Social Enterprise Day"
    assert "This event took place on Thursday 21 November 2019." in page.inner_text("main")
    assert page.get_by_role("link", name="Add to calendar").count() == 0


def test_visitor_goes_from_home_to_an_upcoming_event_and_downloads_its_calendar(
    page, demo_site, remove_afterwards
):
    import datetime

    from django.utils import timezone

    from home.models import EventIndexPage, EventPage
    from tests.home.factories import EventPageFactory

    remove_afterwards.append(EventPage.objects.filter(title="Spark alumni meet-up"))
    day = timezone.localdate() + datetime.timedelta(days=60)
    EventPageFactory(
        parent=EventIndexPage.objects.get(locale__language_code="en"),
        title="Spark alumni meet-up",
        start_date=day,
        end_date=day,
        start_time=datetime.time(14),
        end_time=datetime.time(17),
    )
    page.goto(demo_site.url + "/")
    upcoming = page.get_by_role("region", name="Upcoming events")
    with page.expect_navigation():
        upcoming.get_by_role("link", name="Spark alumni meet-up").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Spark alumni meet-up"
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to calendar").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(download.path().read_bytes())
    (entry,) = calendar.walk("VEVENT")
    start = entry.decoded("DTSTART")
    assert (start.date(), start.hour, start.minute) == (day, 14, 0)
    assert "Huidevettersstraat 60A" in entry["LOCATION"]


@pytest.mark.parametrize("width", [1280, 390])
def test_every_page_type_has_no_accessibility_violations(
    page, demo_site, page_types, axe_every_page, width
):
    axe_every_page(page, demo_site.url, page_types, width)


def test_keyboard_user_can_skip_to_the_content(page, demo_site):
    page.goto(demo_site.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
