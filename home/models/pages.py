from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.languages import active_language, in_active_language, only_page_in_active_language
from home.models.fallback import LanguageFallbackMixin
from home.models.images import optional_image
from home.models.restrictions import KeptViewRestrictionsMixin
from showcase.page_cache import kept


class HomePage(KeptViewRestrictionsMixin, LanguageFallbackMixin, Page):
    """The site's root: what the movement is, what is coming up and what is new."""

    intro = models.TextField(_("introduction"), max_length=600)
    hero_image = optional_image(_("hero image"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.EventIndexPage",
        "home.StoryIndexPage",
        "directory.DirectoryPage",
        "directory.ImpactPage",
    ]
    # One home page per language, each a translation of the first.
    max_count = len(settings.WAGTAIL_CONTENT_LANGUAGES)

    class Meta:
        verbose_name = _("home page")

    def get_og_image(self):
        return self.hero_image

    def get_context(self, request, *args, **kwargs):
        from home.models.events import EventIndexPage, EventPage
        from home.models.stories import StoryIndexPage, StoryPage

        context = super().get_context(request, *args, **kwargs)
        today, language = timezone.localdate(), active_language()

        # Ids only, kept for the content version and the day (the cards are kept apart): public()
        # reads the view restrictions, so the querysets are built only when the ids are not kept.
        def upcoming():
            events = in_active_language(EventPage.objects.live().public())
            return events.filter(end_date__gte=today).order_by("start_date", "start_time")[:3]

        def latest():
            stories = in_active_language(StoryPage.objects.live().public())
            return stories.order_by("-date", "-pk")[:3]

        context["upcoming_events"] = kept(
            f"home:upcoming-events:{language}:{today}", lambda: _ids(upcoming())
        )
        context["latest_stories"] = kept(f"home:latest-stories:{language}", lambda: _ids(latest()))
        context["event_index"] = only_page_in_active_language(EventIndexPage)
        context["story_index"] = only_page_in_active_language(StoryIndexPage)
        return context


def _ids(pages):
    return list(pages.values_list("pk", flat=True))


class StandardPage(KeptViewRestrictionsMixin, LanguageFallbackMixin, Page):
    """A plain content page: About, Privacy, Accessibility and the like."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
