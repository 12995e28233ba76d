import icalendar
import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_visitor_goes_from_home_to_the_event_and_downloads_its_calendar(page, demo_site):
    page.goto(demo_site.url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Events").click()
    page.get_by_role("link", name="Spark Social Enterprise Day").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Spark Social Enterprise Day"
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to calendar").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(download.path().read_bytes())
    (entry,) = calendar.walk("VEVENT")
    assert entry.decoded("DTSTART").isoformat() == "2019-11-21"
    assert "Huidevettersstraat 60A" in entry["LOCATION"]


@pytest.mark.parametrize("width", [1280, 390])
def test_every_page_type_has_no_accessibility_violations(
    page, demo_site, page_types, axe_violations, width
):
    """Reports every page with a violation, not only the first."""
    page.set_viewport_size({"width": width, "height": 900})
    failures = {}
    for path in page_types:
        page.goto(demo_site.url + path)
        report = axe_violations(page)
        if report:
            failures[path] = report
    assert not failures, "\n\n".join(f"{path}\n{report}" for path, report in failures.items())


def test_keyboard_user_can_skip_to_the_content(page, demo_site):
    page.goto(demo_site.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
