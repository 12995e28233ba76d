"""Registrations' personal data is deleted REGISTRATION_RETENTION_DAYS days after the event.

What remains of an event's registrations is how many there were, by audience and status
(RegistrationTally). The Wagtail log entries about the deleted registrations go with them: their
labels name the people. `manage.py purge_past_registrations` runs this daily.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import CharField, Count, F
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import ModelLogEntry

from home.models import EventPage, Registration, RegistrationTally
from home.registration.forms import audience_choices


def retention_days():
    days = settings.REGISTRATION_RETENTION_DAYS
    if days < 0:
        raise ImproperlyConfigured(
            f"REGISTRATION_RETENTION_DAYS is {days}: it must be a number of days, 0 or more."
        )
    return days


def events_past_retention(now=None):
    """Events that still hold registrations and ended more than the retention period ago."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=retention_days())
    # A day's margin either side of the cutoff's date for time zones; the exact test follows.
    candidates = (
        EventPage.objects.filter(
            pk__in=Registration.objects.values("event_id"),
            end_date__lt=cutoff.date() + datetime.timedelta(days=2),
        )
        .only("pk", "start_date", "start_time", "end_date", "end_time", "time_zone")
        .order_by("pk")
    )
    return [event for event in candidates if event.ends_at < cutoff]


@transaction.atomic
def purge_event(event):
    """Counts the event's registrations into its tallies, then deletes them and their log
    entries; returns how many registrations were deleted."""
    # The lock registering and cancelling take: no registration changes while it is counted.
    EventPage.objects.select_for_update(of=("self",)).only("pk").get(pk=event.pk)
    registrations = Registration.objects.filter(event_id=event.pk)
    # Counted under the audiences' names on the event itself, whatever language people used.
    labels = dict(audience_choices(EventPage.objects.get(pk=event.pk)))
    counts = (
        registrations.order_by()
        .values("audience_key", "audience", "status")
        .annotate(number=Count("pk"))
    )
    for row in counts:
        tally, created = RegistrationTally.objects.get_or_create(
            event_id=event.pk,
            audience=labels.get(row["audience_key"]) or row["audience"],
            status=row["status"],
            defaults={"count": row["number"]},
        )
        if not created:
            RegistrationTally.objects.filter(pk=tally.pk).update(count=F("count") + row["number"])
    # Log entries name their object by a text id.
    ids = registrations.annotate(key=Cast("pk", CharField())).values("key")
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Registration), object_id__in=ids
    ).delete()
    _, deleted = registrations.delete()
    return deleted.get(Registration._meta.label, 0)


def purge_past_registrations(now=None):
    """Deletes the personal data of every event's registrations once the event ended more than
    REGISTRATION_RETENTION_DAYS days before `now`; returns (events, registrations) deleted."""
    events = removed = 0
    for event in events_past_retention(now):
        count = purge_event(event)
        if count:
            events += 1
            removed += count
    return events, removed


def kept_counts(event):
    """[(audience, status, count)] of the event's registrations whose data has been deleted."""
    return list(
        RegistrationTally.objects.filter(event=event)
        .order_by("audience", "status")
        .values_list("audience", "status", "count")
    )
