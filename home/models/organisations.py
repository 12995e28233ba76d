from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from home.models.images import optional_image


class Organisation(index.Indexed, models.Model):
    """A partner, organiser or funder named on events and the About page."""

    class Role(models.TextChoices):
        """What the organisation did in the project, shown beside its name."""

        PARTNER = "partner", _("Partner")
        LEAD_PARTNER = "lead", _("Lead partner")
        SUPPORTING = "supporting", _("Supporting partner")
        FUNDER = "funder", _("Funder")
        NETWORK = "network", _("Network organisation")

    name = models.CharField(_("name"), max_length=200, unique=True)
    logo = optional_image(_("logo"))
    website = models.URLField(_("website"), blank=True)
    country = CountryField(_("country"), blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    role = models.CharField(_("role in the project"), max_length=20, choices=Role, blank=True)
    short_description = models.TextField(_("short description"), max_length=600, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("country"),
        FieldPanel("city"),
        FieldPanel("role"),
        FieldPanel("short_description"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_description"),
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name
