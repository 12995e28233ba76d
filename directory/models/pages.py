from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from directory.routes import ROUTES
from home.models.fallback import LanguageFallbackMixin
from home.models.restrictions import KeptViewRestrictionsMixin


def directory_route(name):
    """Wagtail's route decorator for the address declared as `name` in directory.routes."""
    declared = ROUTES[name]
    decorator = re_path if declared.regex else path
    return decorator(declared.pattern, name=name)


class DirectoryPage(KeptViewRestrictionsMixin, RoutablePageMixin, Page):
    """The directory: search and filters at its own address, and every address beneath it.

    Its routes hand each request to a view in directory.views, imported when first served:
    models never import views.
    """

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    data_licence_note = models.TextField(
        _("data licence note"),
        blank=True,
        default=(
            "Directory data is published under the Creative Commons Attribution 4.0 licence "
            "(CC BY 4.0): reuse it freely, naming Spark Social Enterprise as the source."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("data_licence_note")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    # One per home page, that is one per language.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("directory page")

    def serve(self, request, *args, **kwargs):
        # What this request renders finds the directory here (directory.addresses) instead of
        # looking it up again.
        request.directory_page = self
        return super().serve(request, *args, **kwargs)

    @directory_route("search")
    def search(self, request):
        from directory.views.search import directory_search

        return directory_search(request, self)

    @directory_route("map")
    def show_map(self, request):
        from directory.views.map import directory_map

        return directory_map(request, self)

    @directory_route("export")
    def export(self, request, fmt):
        from directory.views.exports import export

        return export(request, fmt)

    @directory_route("figures_export")
    def figures_export(self, request):
        from directory.views.exports import export_figures

        return export_figures(request)

    @directory_route("submit")
    def submit(self, request):
        from directory.views.submissions import submit_listing

        return submit_listing(request)

    @directory_route("submission_sent")
    def submission_sent(self, request):
        from directory.views.submissions import submission_sent

        return submission_sent(request)

    @directory_route("resend_confirmation")
    def resend_confirmation(self, request):
        from directory.views.submissions import resend_confirmation

        return resend_confirmation(request)

    @directory_route("confirm")
    def confirm(self, request, token):
        from directory.views.submissions import confirm

        return confirm(request, token)

    @directory_route("update")
    def update(self, request, token):
        from directory.views.owners import update_listing

        return update_listing(request, token)

    @directory_route("request_removal")
    def request_removal(self, request, token):
        from directory.views.owners import request_listing_removal

        return request_listing_removal(request, token)

    @directory_route("request_update")
    def request_update(self, request, slug):
        from directory.views.owners import request_update_link

        return request_update_link(request, slug)

    @directory_route("still_right")
    def still_right(self, request, token):
        from directory.views.freshness import confirm_still_right

        return confirm_still_right(request, token)

    @directory_route("claim")
    def claim(self, request, slug):
        from directory.views.claims import claim_listing

        return claim_listing(request, slug)

    @directory_route("profile")
    def profile(self, request, slug):
        from directory.views.profiles import enterprise_profile

        return enterprise_profile(request, slug)


class ImpactPage(KeptViewRestrictionsMixin, LanguageFallbackMixin, Page):
    """What the directory's enterprises achieve together, for the directory's own filters."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    methodology_note = RichTextField(
        _("methodology note"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Shown after the page's own account of what is counted and how."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("methodology_note")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("impact page")

    def get_context(self, request, *args, **kwargs):
        from directory.impact_context import impact_context

        context = super().get_context(request, *args, **kwargs)
        context.update(impact_context(request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.GET:
            response["X-Robots-Tag"] = "noindex"
        return response
