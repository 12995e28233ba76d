"""Events in the public API: the published event pages, upcoming or past, in one language."""

import datetime
from typing import Literal

from django.conf import settings
from django.utils import timezone, translation
from ninja import Field, Query, Router, Schema

from home.languages import in_active_language
from home.models import EventPage
from showcase.api_pages import Error, Invalid, Paged, PageParameters, paged

router = Router(tags=["events"])


class Organisation(Schema):
    name: str
    website: str


class Event(Schema):
    slug: str
    title: str
    url: str = Field(description="The event's page.")
    language: str = Field(description="The language the event page is written in.")
    summary: str
    start_date: datetime.date
    start_time: datetime.time | None
    end_date: datetime.date
    end_time: datetime.time | None
    time_zone: str = Field(description="The zone of the start and end times.")
    venue_name: str
    street_address: str
    postal_code: str
    city: str
    region: str
    country: str = Field(description="ISO 3166-1 alpha-2 code, or empty.")
    registration_url: str = Field(description="Where to register elsewhere, if anywhere.")
    registration_on_page: bool = Field(description="Visitors register on the event's page.")
    organisers: list[Organisation]
    partners: list[Organisation]


class EventFilters(Schema):
    when: Literal["upcoming", "past"] = Field(
        "upcoming",
        description="upcoming: not yet ended, soonest first; past: ended, latest first.",
    )
    language: Literal[tuple(code for code, _name in settings.LANGUAGES)] = Field(
        settings.LANGUAGE_CODE,
        description="Each event once, in this language where translated, else in its own.",
    )


class EventPageOut(Paged):
    results: list[Event]


def _organisations(organisations):
    return [{"name": item.name, "website": item.website} for item in organisations]


def _record(event, request):
    return {
        "slug": event.slug,
        "title": event.title,
        "url": event.get_full_url(request),
        "language": event.locale.language_code,
        "summary": event.summary,
        "start_date": event.start_date,
        "start_time": event.start_time,
        "end_date": event.end_date,
        "end_time": event.end_time,
        "time_zone": event.time_zone,
        "venue_name": event.venue_name,
        "street_address": event.street_address,
        "postal_code": event.postal_code,
        "city": event.city,
        "region": event.region,
        "country": event.country.code or "",
        "registration_url": event.registration_url,
        "registration_on_page": event.registration_enabled,
        "organisers": _organisations(event.organisers.all()),
        "partners": _organisations(event.partners.all()),
    }


@router.get(
    "/events",
    response={200: EventPageOut, 404: Error, 422: Invalid},
    summary="Published events, upcoming or past",
)
def list_events(request, filters: Query[EventFilters], pages: Query[PageParameters]):
    today = timezone.localdate()
    with translation.override(filters.language):
        events = in_active_language(EventPage.objects.live().public())
    if filters.when == "upcoming":
        events = events.filter(end_date__gte=today).order_by("start_date", "start_time", "pk")
    else:
        events = events.filter(end_date__lt=today).order_by("-start_date", "-start_time", "-pk")
    events = events.select_related("locale").prefetch_related("organisers", "partners")
    return paged(
        request,
        pages,
        events.count(),
        lambda start, stop: [_record(event, request) for event in events[start:stop]],
    )
