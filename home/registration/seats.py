"""Who gets a seat: every change to an event's registrations happens with the event's row locked.

Registering and cancelling each take the lock on the event (SELECT ... FOR UPDATE on PostgreSQL;
SQLite's IMMEDIATE transactions hold its one write lock), then count and decide. Two visitors
sending the form at the same instant are therefore served one after the other, in the order they
reached the lock, and the seats are never over-booked. E-mails leave once the change is committed.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from home.languages import locale_id
from home.models import EventPage, Registration


class RegistrationClosed(Exception):
    """The event takes no registration now; `state` says why (closed, started, full, off)."""

    def __init__(self, state):
        super().__init__(state)
        self.state = state


@dataclass(frozen=True)
class Availability:
    state: str  # "off", "closed", "open", "waiting_list", "full"
    seats_left: int = 0
    capacity: int = 0

    @property
    def form_shown(self):
        return self.state in ("open", "waiting_list")


def registration_event(page):
    """The event whose seats a page's visitors take: the page in the site's main language, so
    that all translations of an event share one list of seats."""
    default = locale_id(settings.LANGUAGE_CODE)
    if default is None or page.locale_id == default:
        return page
    original = EventPage.objects.filter(translation_key=page.translation_key, locale_id=default)
    return original.first() or page


def availability(event, now=None, confirmed=None):
    """Whether `event` (see registration_event) takes registrations; how many seats are left."""
    if not event.registration_enabled or not event.registration_capacity:
        return Availability("off")
    now = now or timezone.now()
    capacity = event.registration_capacity
    if now >= event.registration_deadline:
        return Availability("closed", capacity=capacity)
    if confirmed is None:
        confirmed = Registration.objects.filter(event=event).confirmed().count()
    left = max(0, capacity - confirmed)
    if left:
        return Availability("open", seats_left=left, capacity=capacity)
    if event.registration_waiting_list:
        return Availability("waiting_list", capacity=capacity)
    return Availability("full", capacity=capacity)


def _locked(event):
    """The event's row, locked until the transaction ends."""
    return (
        EventPage.objects.select_for_update(of=("self",))
        .only(
            "pk",
            "registration_enabled",
            "registration_capacity",
            "registration_waiting_list",
            "registration_closes_at",
            "start_date",
            "start_time",
            "time_zone",
        )
        .get(pk=event.pk)
    )


def register(event, fields, language):
    """Gives the visitor a seat, else a place on the waiting list.

    Returns (registration, created). An address that already holds a seat or a place gets its
    registration back, unchanged, with created False. Raises RegistrationClosed when the event
    takes no registrations now.
    """
    from home.registration import emails

    email = fields["email"].strip()
    with transaction.atomic():
        locked = _locked(event)
        existing = Registration.objects.filter(event=locked).active().for_email(email).first()
        if existing is not None:
            return existing, False
        confirmed = Registration.objects.filter(event=locked).confirmed().count()
        state = availability(locked, confirmed=confirmed)
        if not state.form_shown:
            raise RegistrationClosed(state.state)
        status = (
            Registration.Status.CONFIRMED if state.state == "open" else Registration.Status.WAITING
        )
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=locked, language=language, status=status, **{**fields, "email": email}
                )
        except IntegrityError:
            # The same address, registered by a request that did not wait for the lock (an
            # editor's change, say): the first one stands.
            existing = Registration.objects.filter(event=locked).active().for_email(email).first()
            if existing is None:
                raise
            return existing, False
        transaction.on_commit(lambda: emails.send_registration_email(registration.pk))
    return registration, True


def _fill_free_seats(event):
    """Moves people up from the waiting list while there are seats, and tells them once the
    change is committed; returns those moved up. Call it with the event's row locked."""
    from home.registration import emails

    confirmed = Registration.objects.filter(event=event).confirmed().count()
    free = max(0, (event.registration_capacity or 0) - confirmed)
    if not free:
        return []
    promoted = list(Registration.objects.filter(event=event).waiting()[:free])
    now = timezone.now()
    for registration in promoted:
        registration.status = Registration.Status.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        log(registration, "home.registration.promoted", user=None)
        transaction.on_commit(
            lambda pk=registration.pk: emails.send_registration_email(pk, promoted=True)
        )
    return promoted


def cancel(registration, by=None):
    """Cancels a seat or a place; a freed seat goes to the first person waiting.

    `by` is the editor who cancelled it (None: the person, through their link); the person
    is then told by e-mail. Returns whether this call cancelled it (False if it was already).
    """
    from home.registration import emails

    with transaction.atomic():
        locked = _locked(registration.event)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if not current.is_active:
            return False
        current.status = Registration.Status.CANCELLED
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "cancelled_at"])
        log(current, "home.registration.cancelled", user=by)
        if by is not None:
            transaction.on_commit(lambda: emails.send_cancelled_email(current.pk))
        _fill_free_seats(locked)
    registration.status, registration.cancelled_at = current.status, current.cancelled_at
    return True


def move_up(registration, by):
    """An editor gives a seat to someone on the waiting list, even when every seat is taken
    (organisers know their room). Returns whether this call moved them up."""
    from home.registration import emails

    with transaction.atomic():
        _locked(registration.event)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status != Registration.Status.WAITING:
            return False
        current.status = Registration.Status.CONFIRMED
        current.promoted_at = timezone.now()
        current.save(update_fields=["status", "promoted_at"])
        log(current, "home.registration.moved_up", user=by)
        transaction.on_commit(lambda: emails.send_registration_email(current.pk, promoted=True))
    registration.status, registration.promoted_at = current.status, current.promoted_at
    return True


def fill_new_seats(event):
    """After an editor publishes the event with more seats, the people waiting take them.

    Nothing moves once the event has started. Returns those moved up."""
    if registration_event(event).pk != event.pk or has_started(event):
        return []
    with transaction.atomic():
        locked = _locked(event)
        if not locked.registration_enabled:
            return []
        return _fill_free_seats(locked)


def has_started(event, now=None):
    return (now or timezone.now()) >= event.starts_at
