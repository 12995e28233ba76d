from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.languages import in_active_language, localized, only_page_in_active_language
from home.models.fallback import LanguageFallbackMixin
from home.models.fields import optional_link
from home.models.images import optional_image
from home.models.restrictions import KeptViewRestrictionsMixin
from showcase.page_cache import kept_unless_draft


class StoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "home.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryIndexPage(KeptViewRestrictionsMixin, LanguageFallbackMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StoryPage"]
    # One per home page, that is one per language.
    max_count_per_parent = 1
    per_page = 10

    class Meta:
        verbose_name = _("story index page")

    def stories(self):
        # Every story, in the visitor's language where translated (one index per language).
        return in_active_language(
            StoryPage.objects.live().public().select_related("lead_image")
        ).order_by("-date", "-pk")

    def used_tags(self):
        return (
            Tag.objects.filter(home_storytag_items__content_object__in=self.stories())
            .distinct()
            .order_by("name")
        )

    @path("")
    def index(self, request):
        stories = self.stories()
        tag = request.GET.get("tag", "")[:100]
        active_tag = Tag.objects.filter(slug=tag).first() if tag else None
        if active_tag:
            stories = stories.filter(tags=active_tag)
        page = Paginator(stories, self.per_page).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "stories": page,
                "tags": self.used_tags(),
                "active_tag": active_tag,
                "unknown_tag": tag if tag and not active_tag else "",
            },
        )

    @path("feed/", name="feed")
    def feed(self, request):
        from home.feeds import StoryFeed

        return StoryFeed(self)(request)


class StoryPage(KeptViewRestrictionsMixin, Page):
    """An editor's story of impact: a project, a programme, an enterprise's journey."""

    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"), max_length=500)
    lead_image = optional_image(_("lead image"))
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    event = optional_link(
        "home.EventPage",
        _("event"),
        related_name="stories",
        help_text=_("The event this story reports on; the event page then links back to it."),
    )
    tags = ClusterTaggableManager(through=StoryTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("event"),
        InlinePanel(
            "enterprise_links", heading=_("Enterprises in this story"), label=_("Enterprise")
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["home.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story page")

    def get_og_image(self):
        return self.lead_image

    def get_context(self, request, *args, **kwargs):
        from home.structured_data import article_json_ld

        context = super().get_context(request, *args, **kwargs)
        context["structured"] = article_json_ld(self, request)
        context["og_type"] = "article"
        context["story_enterprises"] = self.enterprise_cards(request)
        # Tags link to the stories index in the visitor's language (one per language).
        context["story_index"] = only_page_in_active_language(StoryIndexPage) or self.get_parent()
        # The event in the visitor's language, where it has been translated.
        event = localized(self.event) if self.event_id and self.event.live else None
        context["event"] = event
        return context

    def enterprise_cards(self, request=None):
        """The cards of the live enterprises this story is about, in the editor's order."""
        from directory.cards import enterprise_cards
        from directory.models import Enterprise

        def live_ids():
            ids = [link.enterprise_id for link in self.enterprise_links.all()]
            live = set(Enterprise.objects.live().filter(pk__in=ids).values_list("pk", flat=True))
            return [pk for pk in ids if pk in live]

        ids = kept_unless_draft(request, self, f"story:enterprises:{self.pk}", live_ids)
        return enterprise_cards(ids, request)
