"""The organisers' side of registrations in Wagtail's admin: the events that take them, each
event's attendee list with its CSV file and sign-in sheet, cancelling and moving people up."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.languages import locale_id
from home.models import EventPage, Registration
from home.registration import attendees, seats

VIEW = "home.view_registration"
CHANGE = "home.change_registration"


def _require(user, permission):
    if not user.has_perm(permission):
        raise PermissionDenied


def _event(event_id):
    """The event whose seats are meant: a translation's id leads to its original."""
    page = get_object_or_404(EventPage, pk=event_id)
    return seats.registration_event(page)


def _counted(events):
    statuses = Registration.Status
    return events.annotate(
        confirmed=Count("registrations", filter=Q(registrations__status=statuses.CONFIRMED)),
        waiting=Count("registrations", filter=Q(registrations__status=statuses.WAITING)),
        cancelled=Count("registrations", filter=Q(registrations__status=statuses.CANCELLED)),
    )


class RegistrationAdminView(WagtailAdminTemplateMixin, TemplateView):
    permission = VIEW
    header_icon = "list-ul"

    def dispatch(self, request, *args, **kwargs):
        _require(request.user, self.permission)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("registration_events"), "label": _("Event registrations")},
        ]

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        # Personal data: never kept by a browser or proxy cache.
        add_never_cache_headers(response)
        return response


class EventsView(RegistrationAdminView):
    """Every event that takes registrations on its page, the upcoming ones first."""

    template_name = "home/admin/registration_events.html"
    page_title = gettext_lazy("Event registrations")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        has_registrations = Exists(Registration.objects.filter(event=OuterRef("pk")))
        events = EventPage.objects.filter(Q(registration_enabled=True) | Q(has_registrations))
        default = locale_id(settings.LANGUAGE_CODE)
        if default is not None:
            events = events.filter(locale_id=default)
        events = _counted(events)
        today = timezone.localdate()
        upcoming = events.filter(end_date__gte=today).order_by("start_date", "pk")
        past = events.filter(end_date__lt=today).order_by("-start_date", "-pk")
        context = super().get_context_data(**kwargs)
        context["sections"] = [
            (_("Upcoming"), list(upcoming), _("No upcoming event takes registrations.")),
            (_("Past"), list(past), _("No past event took registrations.")),
        ]
        return context


class AttendeesView(RegistrationAdminView):
    template_name = "home/admin/attendees.html"

    def get(self, request, event_id):
        self.event = _event(event_id)
        if self.event.pk != event_id:
            return redirect("event_attendees", self.event.pk)
        return super().get(request)

    def get_page_title(self):
        return _("Attendees of %(event)s") % {"event": self.event.title}

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.event.title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            event=self.event,
            attendees=attendees.attendee_list(self.event),
            availability=seats.availability(self.event),
            started=seats.has_started(self.event),
            can_change=self.request.user.has_perm(CHANGE),
        )
        return context


def attendees_csv(request, event_id):
    _require(request.user, VIEW)
    event = _event(event_id)
    response = StreamingHttpResponse(
        attendees.stream_csv(attendees.attendee_list(event)), content_type="text/csv"
    )
    filename = f"{slugify(event.slug) or 'event'}-attendees-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    add_never_cache_headers(response)
    return response


class SignInSheetView(RegistrationAdminView):
    """A page to print: the people with a seat by name, a column to sign, rows for walk-ins."""

    template_name = "home/admin/sign_in_sheet.html"
    blank_rows = 8

    def get(self, request, event_id):
        self.event = _event(event_id)
        return super().get(request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            event=self.event,
            people=attendees.sign_in_order(attendees.attendee_list(self.event)),
            blank_rows=range(self.blank_rows),
            now=timezone.now(),
        )
        return context


class ChangeRegistrationView(RegistrationAdminView):
    """Asks, then does: cancel a registration, or give a seat to someone waiting."""

    permission = CHANGE
    template_name = "home/admin/change_registration.html"
    action = None  # "cancel" or "move_up"

    def dispatch(self, request, *args, pk, **kwargs):
        _require(request.user, self.permission)
        self.registration = get_object_or_404(Registration.objects.select_related("event"), pk=pk)
        self.event = self.registration.event
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        if self.action == "cancel":
            return _("Cancel a registration")
        return _("Give a seat to someone waiting")

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("event_attendees", args=[self.event.pk]), "label": self.event.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def allowed(self):
        if self.action == "cancel":
            return self.registration.is_active
        return self.registration.status == Registration.Status.WAITING

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        confirmed = Registration.objects.filter(event=self.event).confirmed().count()
        waiting = list(Registration.objects.filter(event=self.event).waiting()[:2])
        next_waiting = next((r for r in waiting if r.pk != self.registration.pk), None)
        context.update(
            registration=self.registration,
            event=self.event,
            action=self.action,
            allowed=self.allowed(),
            confirmed_after=confirmed + 1,
            capacity=self.event.registration_capacity or 0,
            over_capacity=confirmed >= (self.event.registration_capacity or 0),
            next_waiting=next_waiting,
        )
        return context

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if not self.allowed():
            response.status_code = 409
        return response

    def post(self, request, *args, **kwargs):
        if self.action == "cancel":
            done = seats.cancel(self.registration, by=request.user)
            message = _("%(name)s's registration was cancelled; they have been told by e-mail.")
        else:
            done = seats.move_up(self.registration, by=request.user)
            message = _("%(name)s now has a seat; they have been told by e-mail.")
        if not done:
            messages.warning(
                request,
                _("Nothing was changed: %(name)s's registration had changed in the meantime.")
                % {"name": self.registration.name},
            )
        else:
            messages.success(request, message % {"name": self.registration.name})
        return redirect("event_attendees", self.event.pk)
