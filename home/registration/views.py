"""The event page's registration routes: the form sent, the page after it, cancelling."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from directory import antiabuse
from directory.tokens import LinkError
from home.languages import active_language
from home.models import Registration
from home.registration import emails, links, seats
from home.registration.context import registration_context
from home.registration.forms import RegistrationForm

TIMER_FIELD = "registration-started"


def closed_message(state):
    return {
        "closed": _("Registration for this event is closed."),
        "full": _("This event is full, and it has no waiting list."),
        "off": _("This event takes no registrations on this site."),
    }.get(state, _("Registration for this event is closed."))


def _render(request, page, status=200, template=None, **context):
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    add_never_cache_headers(response)
    return response


def _render_form(request, page, form=None, status=200, rejection=""):
    registration = registration_context(page, request, form, rejection)
    if registration is None:
        raise Http404
    return _render(request, page, status, registration=registration)


def _unchecked(form):
    """The form as sent, shown again without validating it (what was typed stays)."""
    from django.forms.utils import ErrorDict

    form._errors = ErrorDict()
    form.cleaned_data = {}
    return form


def register(request, page):
    if request.method != "POST":
        return redirect(page.url + "#register")
    event = seats.registration_event(page)
    state = seats.availability(event)
    if state.state == "off":
        raise Http404
    if not state.form_shown:
        return _render_form(request, page, status=409, rejection=closed_message(state.state))
    form = RegistrationForm(request.POST, page=page)
    try:
        antiabuse.check_honeypot(request.POST)
        antiabuse.check_fill_time(request.POST.get(TIMER_FIELD))
        antiabuse.check_rate_limit(request, "register-sent", *settings.DIRECTORY_FORM_POST_RATE)
    except antiabuse.Rejected as rejected:
        return _render_form(
            request, page, _unchecked(form), status=rejected.status, rejection=rejected.message
        )
    if not form.is_valid():
        return _render_form(request, page, form, status=400)
    try:
        antiabuse.check_rate_limit(request, "register", *settings.EVENT_REGISTRATION_RATE)
    except antiabuse.Rejected as rejected:
        return _render_form(request, page, form, status=rejected.status, rejection=rejected.message)
    try:
        registration, created = seats.register(event, form.registration_fields(), active_language())
    except seats.RegistrationClosed as closed:
        return _render_form(request, page, status=409, rejection=closed_message(closed.state))
    if not created:
        resend_once_in_a_while(request, registration)
    return redirect(page.url + page.reverse_subpage("registered"))


def resend_once_in_a_while(request, registration):
    """An address registered already gets its registration's e-mail again (it may have lost
    it, and with it the link to cancel), not more than a few times an hour. The visitor sees
    the same answer as anyone registering, whether or not the e-mail went."""
    try:
        antiabuse.check_rate_limit(
            request,
            "register-resend",
            *settings.EVENT_REGISTRATION_RESEND_RATE,
            counted_by=f"registration-{registration.pk}",
        )
    except antiabuse.Rejected:
        return
    emails.send_registration_email(registration.pk)


def registered(request, page):
    if seats.availability(seats.registration_event(page)).state == "off":
        raise Http404
    return _render(request, page, template="home/registration_sent.html", noindex=True)


def cancel(request, page, token):
    template = "home/registration_cancel.html"
    try:
        registration_id = links.read_cancel_token(token)
    except LinkError as error:
        return _render(
            request, page, error.status, template, link_error=error.message, noindex=True
        )
    event = seats.registration_event(page)
    registration = Registration.objects.filter(pk=registration_id, event=event).first()
    if registration is None:
        return _render(
            request,
            page,
            410,
            template,
            link_error=_("This registration no longer exists."),
            noindex=True,
        )
    started = seats.has_started(event)
    cancelled_now = False
    status = 200
    if request.method == "POST":
        if started:
            status = 409
        elif registration.is_active:
            cancelled_now = seats.cancel(registration)
            registration.refresh_from_db()
    return _render(
        request,
        page,
        status,
        template,
        registration_record=registration,
        cancelled_now=cancelled_now,
        started=started,
        noindex=True,
    )
