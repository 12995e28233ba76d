"""Editor-managed vocabularies: sectors, certifications and the UN Sustainable Development Goals."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from directory.models.translated_names import (
    TranslatedNameMixin,
    in_active_language,
    translations_panel,
)


class Sector(TranslatedNameMixin, models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    name_nl = models.CharField(_("name in Dutch"), max_length=80, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=80, blank=True)
    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, help_text=_("Used in directory addresses.")
    )
    description = models.TextField(_("description"), max_length=400, blank=True)
    description_nl = models.TextField(_("description in Dutch"), max_length=400, blank=True)
    description_fr = models.TextField(_("description in French"), max_length=400, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        translations_panel("name", "description"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name

    @property
    def translated_description(self):
        return in_active_language(self, "description")


class SustainableDevelopmentGoal(TranslatedNameMixin, models.Model):
    """One of the 17 UN goals; seeded by a migration with the UN's numbers, names and colours."""

    number = models.PositiveSmallIntegerField(
        _("number"),
        primary_key=True,
        validators=[MinValueValidator(1), MaxValueValidator(17)],
    )
    name = models.CharField(_("name"), max_length=120)
    name_nl = models.CharField(_("name in Dutch"), max_length=120, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=120, blank=True)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        validators=[RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Use a colour like #E5243B."))],
    )

    panels = [FieldPanel("name"), FieldPanel("colour"), translations_panel("name")]

    class Meta:
        ordering = ["number"]
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")

    def __str__(self):
        return f"{self.number}. {self.name}"

    @property
    def numbered_name(self):
        """How the public forms and filters list a goal: "13. Climate action"."""
        return f"{self.number}. {self.translated_name}"

    @property
    def text_colour(self):
        """Black or white, whichever reads better on the goal's colour (WCAG contrast)."""
        red, green, blue = (int(self.colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

        def channel(value):
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        luminance = 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
        on_black = (luminance + 0.05) / 0.05
        on_white = 1.05 / (luminance + 0.05)
        return "#000000" if on_black >= on_white else "#ffffff"


class Certification(TranslatedNameMixin, models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    name_nl = models.CharField(_("name in Dutch"), max_length=120, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=120, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    url = models.URLField(_("more information"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("url"),
        translations_panel("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")

    def __str__(self):
        return self.name
