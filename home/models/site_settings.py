from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField

from showcase.page_cache import kept

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
    tagline_nl = models.CharField(_("tagline in Dutch"), max_length=160, blank=True)
    tagline_fr = models.CharField(_("tagline in French"), max_length=160, blank=True)
    funding_statement_nl = models.TextField(_("funding acknowledgement in Dutch"), blank=True)
    funding_statement_fr = models.TextField(_("funding acknowledgement in French"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name=_("social links")
    )

    panels = [
        FieldPanel("tagline"),
        FieldPanel("funding_statement"),
        MultiFieldPanel(
            [
                FieldPanel("tagline_nl"),
                FieldPanel("funding_statement_nl"),
                FieldPanel("tagline_fr"),
                FieldPanel("funding_statement_fr"),
            ],
            heading=_("Translations"),
            help_text=_("Left empty, a language shows the English text."),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_address")], heading=_("Contact")
        ),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def _get_or_create(cls):
        # Every page's header and footer read them, and saving them moves the version on.
        return kept("site-settings", super()._get_or_create)

    def in_language(self, name):
        """A text setting in the visitor's language, the English one where none is given."""
        return getattr(self, f"{name}_{get_language()}", "") or getattr(self, name)

    @property
    def tagline_text(self):
        return self.in_language("tagline")

    @property
    def funding_text(self):
        return self.in_language("funding_statement")
