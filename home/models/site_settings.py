from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField

DEFAULT_FUNDING_STATEMENT = (
    "The Spark Social Enterprise project was co-funded by the European Regional Development "
    "Fund (ERDF) through the Interreg 2 Seas programme 2014-2020 (contract 2S01-043)."
)


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(
        choices=[
            ("linkedin", "LinkedIn"),
            ("mastodon", "Mastodon"),
            ("bluesky", "Bluesky"),
            ("youtube", "YouTube"),
            ("instagram", "Instagram"),
            ("facebook", "Facebook"),
            ("other", _("Other")),
        ],
        label=_("Network"),
    )
    url = blocks.URLBlock(label=_("Address"))
    label = blocks.CharBlock(
        label=_("Label"), required=False, help_text=_("Shown instead of the network's name")
    )


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Site-wide contact details and the funding acknowledgement shown in every footer."""

    tagline = models.CharField(
        _("tagline"),
        max_length=160,
        blank=True,
        default="Social enterprises across England, France, Flanders and the Netherlands",
    )
    funding_statement = models.TextField(
        _("funding acknowledgement"),
        default=DEFAULT_FUNDING_STATEMENT,
        help_text=_("EU-funded projects must acknowledge their funding on every page."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name=_("social links")
    )

    panels = [
        FieldPanel("tagline"),
        FieldPanel("funding_statement"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_address")], heading=_("Contact")
        ),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("site settings")
