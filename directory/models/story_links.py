from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class StoryEnterpriseLink(Orderable):
    """An enterprise a story talks about; the profile lists the stories that mention it."""

    story = ParentalKey("home.StoryPage", on_delete=models.CASCADE, related_name="enterprise_links")
    enterprise = models.ForeignKey(
        "directory.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.CASCADE,
        related_name="story_links",
    )

    panels = [FieldPanel("enterprise")]

    class Meta(Orderable.Meta):
        verbose_name = _("enterprise in this story")
        unique_together = [("story", "enterprise")]
