from django.http import Http404
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from home.models import Organisation, Registration
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


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    add_view_class = NoManualRegistrationView
    icon = "list-ul"
    menu_label = _("Registrations")
    menu_order = 300
    add_to_admin_menu = True
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
