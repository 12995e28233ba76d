from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Organisation
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


@hooks.register("register_admin_urls")
def register_pending_media_url():
    # Under the admin's URLs, so only its signed-in users reach logos awaiting moderation.
    return [path("pending-media/<path:path>", serve_pending, name="pending_media")]
