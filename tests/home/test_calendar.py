import datetime
import zoneinfo

import icalendar
import pytest

from tests.home.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def download(client, event):
    response = client.get(event.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].endswith('.ics"')
    return icalendar.Calendar.from_ical(response.content)


def test_all_day_event_ics_carries_dates_and_place(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="Spark Social Enterprise Day",
        start_date=datetime.date(2019, 11, 21),
        end_date=datetime.date(2019, 11, 21),
    )
    calendar = download(client, event)
    assert calendar["VERSION"] == "2.0"
    (entry,) = calendar.walk("VEVENT")
    assert entry["SUMMARY"] == "Spark Social Enterprise Day"
    assert entry.decoded("DTSTART") == datetime.date(2019, 11, 21)
    # RFC 5545: the end of an all-day event is the day after its last day.
    assert entry.decoded("DTEND") == datetime.date(2019, 11, 22)
    assert "Huidevettersstraat 60A" in entry["LOCATION"]
    assert "1000 Brussel" in entry["LOCATION"]
    assert entry["UID"] and entry["DTSTAMP"]
    assert entry["URL"] == f"http://testserver{event.url}"


def test_timed_event_ics_is_in_the_event_time_zone(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        start_date=datetime.date(2026, 3, 29),
        start_time=datetime.time(9, 30),
        end_date=datetime.date(2026, 3, 29),
        end_time=datetime.time(17, 0),
        time_zone="Europe/London",
    )
    calendar = download(client, event)
    (entry,) = calendar.walk("VEVENT")
    start = entry.decoded("DTSTART")
    assert start == datetime.datetime(2026, 3, 29, 9, 30, tzinfo=zoneinfo.ZoneInfo("Europe/London"))
    # 29 March 2026 is the first day of British Summer Time: 09:30 there is 08:30 UTC.
    assert start.astimezone(datetime.UTC).hour == 8
    assert entry["DTSTART"].params["TZID"] == "Europe/London"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    assert entry.decoded("DTEND").hour == 17
