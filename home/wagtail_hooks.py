from django.http import Http404
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, HistoryView, SnippetViewSet

from home.models import EventPage, Organisation, Registration
from home.registration import admin_views
from showcase.media import serve_pending


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    # Partners change rarely: they sit with the site's other settings, not beside daily work.
    add_to_settings_menu = True
    list_display = ["name", "role", "country", "website"]
    list_filter = ["role", "country"]
    search_fields = ["name", "short_description"]
    search_backend_name = None


register_snippet(OrganisationViewSet)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Registrations come from the event pages' forms; editors read them here."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change", "delete") and super().user_has_permission(
            user, action
        )

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class NoManualRegistrationView(CreateView):
    def dispatch(self, request, *args, **kwargs):
        raise Http404("Registrations arrive through the event pages.")


class RegistrationHistoryView(HistoryView):
    """Who cancelled or moved whom, for everyone who may read registrations."""

    any_permission_required = ["view"]


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    add_view_class = NoManualRegistrationView
    history_view_class = RegistrationHistoryView
    icon = "list-ul"
    menu_label = _("Registrations")
    # The menu leads to the events and their attendee lists; this listing searches them all.
    add_to_admin_menu = False
    list_display = [
        "name",
        "email",
        "organisation",
        Column("event", label=_("Event"), accessor="event"),
        "audience",
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("Registered")),
    ]
    list_filter = ["event", "status"]
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    ordering = ["event", "created_at"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Registration.objects.select_related("event")


register_permission_policy(Registration, ReadOnlyPolicy(Registration))
register_snippet(RegistrationViewSet)


@hooks.register("register_admin_urls")
def register_pending_media_url():
    # Under the admin's URLs, so only its signed-in users reach logos awaiting moderation.
    return [path("pending-media/<path:path>", serve_pending, name="pending_media")]


@hooks.register("register_admin_urls")
def register_registration_urls():
    events = "registrations/events/<int:event_id>/"
    return [
        path("registrations/events/", admin_views.EventsView.as_view(), name="registration_events"),
        path(events, admin_views.AttendeesView.as_view(), name="event_attendees"),
        path(f"{events}attendees.csv", admin_views.attendees_csv, name="event_attendees_csv"),
        path(
            f"{events}sign-in-sheet/",
            admin_views.SignInSheetView.as_view(),
            name="event_sign_in_sheet",
        ),
        path(
            "registrations/<int:pk>/cancel/",
            admin_views.ChangeRegistrationView.as_view(action="cancel"),
            name="admin_cancel_registration",
        ),
        path(
            "registrations/<int:pk>/move-up/",
            admin_views.ChangeRegistrationView.as_view(action="move_up"),
            name="admin_move_up_registration",
        ),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW)


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        _("Registrations"),
        reverse_lazy("registration_events"),
        name="registrations",
        icon_name="list-ul",
        order=300,
    )


class AttendeesButton(PageMenuItem):
    label = _("Attendees")
    icon_name = "list-ul"
    url_name = "event_attendees"

    def is_shown(self, user):
        page = self.page.specific_deferred
        return (
            isinstance(page, EventPage)
            and page.registration_enabled
            and user.has_perm(admin_views.VIEW)
        )


@hooks.register("register_page_header_buttons")
def attendees_header_button(page, user, view_name, next_url=None):
    yield AttendeesButton(page=page, priority=62)


@hooks.register("register_page_listing_more_buttons")
def attendees_listing_button(page, user, next_url=None):
    yield AttendeesButton(page=page, priority=45)


@hooks.register("register_log_actions")
def register_registration_log_actions(actions):
    actions.register_action(
        "home.registration.cancelled", _("Cancel registration"), _("Registration cancelled")
    )
    actions.register_action(
        "home.registration.moved_up", _("Move up"), _("Moved up from the waiting list")
    )
    actions.register_action(
        "home.registration.promoted",
        _("Seat came free"),
        _("Given a seat that came free"),
    )
