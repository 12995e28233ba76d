"""iCalendar (RFC 5545) files for event pages."""

import datetime

import icalendar
from django.utils import timezone
from django.utils.html import strip_tags

from home.languages import language_of


def event_to_ics(event, request):
    """Return the event as a calendar file's bytes, with its time zone spelled out."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Spark Social Enterprise//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")

    entry = icalendar.Event()
    entry.add("uid", f"event-{event.pk}@{event.get_site().hostname}")
    entry.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    # Calendars show text in the language it is written in; the file is in the page's.
    language = {"LANGUAGE": language_of(event)}
    entry.add("summary", event.title, parameters=language)
    entry.add("dtstart", event.start)
    if event.is_all_day:
        # DTEND of an all-day event is exclusive: the day after the last day.
        entry.add("dtend", event.end_date + datetime.timedelta(days=1))
    elif event.end_time is not None:
        entry.add("dtend", event.end)
    description = strip_tags(event.summary or "")
    page_url = event.get_full_url(request)
    entry.add("description", f"{description}\n\n{page_url}".strip(), parameters=language)
    entry.add("url", page_url)
    location = ", ".join(event.address_lines)
    if location:
        entry.add("location", location)
    if event.last_published_at:
        entry.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()
