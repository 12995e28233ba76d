"""What organisers see of an event's registrations: who holds a seat, who is waiting, who
cancelled, how many of each audience, as a page, a CSV file and a sign-in sheet."""

import csv
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from home.models import Registration
from home.registration.forms import audience_choices
from home.registration.retention import kept_counts
from showcase.spreadsheets import Echo, formula_safe

CSV_FIELDS = [
    "status",
    "waiting_position",
    "name",
    "email",
    "organisation",
    "audience",
    "needs",
    "answer",
    "language",
    "registered_at",
    "moved_up_at",
    "cancelled_at",
]


@dataclass
class AudienceCount:
    label: str
    confirmed: int = 0
    waiting: int = 0
    cancelled: int = 0

    def add(self, status, number=1):
        setattr(self, status, getattr(self, status) + number)


@dataclass
class AttendeeList:
    confirmed: list = field(default_factory=list)
    waiting: list = field(default_factory=list)
    cancelled: list = field(default_factory=list)
    audiences: list = field(default_factory=list)
    # How many registrations were counted, then deleted after the event (see retention).
    deleted: int = 0

    @property
    def totals(self):
        total = AudienceCount(_("All"))
        for count in self.audiences:
            for status in ("confirmed", "waiting", "cancelled"):
                total.add(status, getattr(count, status))
        return total

    def in_order(self):
        """Everyone: seats, then the waiting list in its order, then cancellations."""
        return [*self.confirmed, *self.waiting, *self.cancelled]


def _audience_label(labels, registration):
    """The audience as the event names it now, else as the person chose it."""
    return labels.get(registration.audience_key) or registration.audience or _("Not given")


def attendee_list(event):
    """The registrations of `event` (see seats.registration_event), sorted and counted."""
    labels = dict(audience_choices(event))
    counts = {label: AudienceCount(label) for label in labels.values()}
    attendees = AttendeeList()
    for registration in Registration.objects.filter(event=event).order_by("created_at", "pk"):
        registration.audience_label = _audience_label(labels, registration)
        getattr(attendees, registration.status).append(registration)
        counts.setdefault(
            registration.audience_label, AudienceCount(registration.audience_label)
        ).add(registration.status)
    for position, registration in enumerate(attendees.waiting, start=1):
        registration.position = position
    for audience, status, number in kept_counts(event):
        label = audience or _("Not given")
        counts.setdefault(label, AudienceCount(label)).add(status, number)
        attendees.deleted += number
    attendees.audiences = list(counts.values())
    return attendees


def sign_in_order(attendees):
    """The confirmed people as a sign-in sheet lists them: by name."""
    return sorted(attendees.confirmed, key=lambda registration: registration.name.casefold())


def _row(registration):
    def when(value):
        return value.isoformat(timespec="seconds") if value else ""

    return {
        "status": registration.status,
        "waiting_position": getattr(registration, "position", ""),
        "name": registration.name,
        "email": registration.email,
        "organisation": registration.organisation,
        "audience": registration.audience_label,
        "needs": registration.needs,
        "answer": registration.answer,
        "language": registration.language,
        "registered_at": when(registration.created_at),
        "moved_up_at": when(registration.promoted_at),
        "cancelled_at": when(registration.cancelled_at),
    }


def stream_csv(attendees):
    """The list as CSV: every cell quoted and safe from spreadsheet formulas."""
    writer = csv.writer(Echo(), quoting=csv.QUOTE_ALL)
    yield "\ufeff"  # lets spreadsheet programs recognise UTF-8
    yield writer.writerow(CSV_FIELDS)
    for registration in attendees.in_order():
        row = _row(registration)
        yield writer.writerow([formula_safe(row[name]) for name in CSV_FIELDS])
