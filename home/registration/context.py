"""What the event page shows about registration: its state, the seats left, the form."""

from django.conf import settings

from directory import antiabuse
from home.languages import privacy_url
from home.registration.forms import RegistrationForm
from home.registration.seats import availability, has_started, registration_event


def empty_form(page):
    form = RegistrationForm(page=page)
    form.initial["started"] = antiabuse.start_timer()
    return form


def registration_context(page, request, form=None, rejection="", status=None):
    """For the template: None when the page takes no registrations (it may link elsewhere)."""
    event = registration_event(page)
    state = availability(event)
    if state.state == "off":
        return None
    if state.form_shown:
        if form is None:
            form = empty_form(page)
        else:
            antiabuse.keep_timer_fresh(form, "registration-started")
    errors = []
    if form is not None and form.is_bound and hasattr(form, "cleaned_data"):
        errors = [
            {
                "id": field.auto_id,
                "label": getattr(field.field, "summary_label", field.label),
                "message": message,
            }
            for field in form
            for message in field.errors
        ]
    return {
        "state": state.state,
        "seats_left": state.seats_left,
        "capacity": state.capacity,
        "closes_at": event.registration_deadline,
        "closes_with_start": not event.registration_closes_at
        or event.registration_closes_at >= event.starts_at,
        "started": state.state == "closed" and has_started(event),
        "form": form if state.form_shown else None,
        "errors": errors,
        "rejection": rejection,
        "privacy_url": privacy_url(),
        "retention_days": settings.REGISTRATION_RETENTION_DAYS,
    }
