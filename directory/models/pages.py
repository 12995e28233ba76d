from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index


class DirectoryPage(RoutablePageMixin, Page):
    """The directory: search and filters at its own address, profiles beneath it."""

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
    max_count = 1

    class Meta:
        verbose_name = _("directory page")

    @classmethod
    def live_url(cls):
        """The published directory's address; /directory/ while there is none."""
        directory = cls.objects.live().only("url_path").first()
        return directory.url if directory else "/directory/"

    @path("")
    def search(self, request):
        from directory.views.search import directory_search

        return directory_search(request, self)

    @path("<slug:slug>/", name="profile")
    def profile(self, request, slug):
        from directory.views.profiles import enterprise_profile

        return enterprise_profile(request, self, slug)
