"""Editor-managed vocabularies: sectors, certifications and the UN Sustainable Development Goals."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Sector(models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, help_text=_("Used in directory addresses.")
    )
    description = models.TextField(_("description"), max_length=400, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name


class SustainableDevelopmentGoal(models.Model):
    """One of the 17 UN goals; seeded by a migration with the UN's numbers, names and colours."""

    number = models.PositiveSmallIntegerField(
        _("number"),
        primary_key=True,
        validators=[MinValueValidator(1), MaxValueValidator(17)],
    )
    name = models.CharField(_("name"), max_length=120)
    colour = models.CharField(
        _("colour"),
        max_length=7,
        validators=[RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Use a colour like #E5243B."))],
    )

    panels = [FieldPanel("name"), FieldPanel("colour")]

    class Meta:
        ordering = ["number"]
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")

    def __str__(self):
        return f"{self.number}. {self.name}"

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


class Certification(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    url = models.URLField(_("more information"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("url")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")

    def __str__(self):
        return self.name
