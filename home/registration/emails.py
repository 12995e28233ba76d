"""E-mails to people who registered: in the language they used the site in, plain text, with
the event's calendar file and the link to cancel."""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.text import slugify

from directory.emails import absolute, in_language, sender
from home.calendar import event_to_ics
from home.languages import localized
from home.models import Registration, SiteSettings
from home.registration.links import cancel_path

logger = logging.getLogger(__name__)


def _template(registration, promoted):
    if promoted:
        return "registration_promoted"
    if registration.status == Registration.Status.WAITING:
        return "registration_waiting"
    return "registration_confirmed"


def send_registration_email(registration_id, promoted=False):
    """What the registration now is: a seat (with the calendar file), or a place in the queue."""
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or not registration.is_active:
        return False
    return _send(registration, _template(registration, promoted))


def send_cancelled_email(registration_id):
    """The organisers cancelled the registration: the person hears it from us."""
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or registration.status != Registration.Status.CANCELLED:
        return False
    return _send(registration, "registration_cancelled")


def _send(registration, template):
    with in_language(registration):
        event = localized(registration.event)
        context = {
            "registration": registration,
            "event": event,
            "event_url": absolute(event.url),
            "position": registration.waiting_position,
            "contact_email": SiteSettings.load().contact_email,
        }
        if registration.is_active:
            context["cancel_url"] = absolute(cancel_path(event, registration))
        subject = " ".join(render_to_string(f"home/email/{template}_subject.txt", context).split())
        body = render_to_string(f"home/email/{template}.txt", context)
        message = EmailMessage(subject, body, sender(), [registration.email])
        if registration.status == Registration.Status.CONFIRMED:
            filename = f"{slugify(event.slug) or 'event'}.ics"
            message.attach(filename, event_to_ics(event, None), "text/calendar")
    try:
        message.send(fail_silently=False)
    except Exception:
        # The registration stands; a failed e-mail must not undo it or show a 500.
        logger.exception("Could not send the %s e-mail (registration kept)", template)
        return False
    return True
