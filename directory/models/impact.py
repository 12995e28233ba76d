"""What an enterprise changes, in numbers: the impact figures on its profile."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from directory.forms.widgets import FigureValueInput, TranslationsInput
from directory.models.translated_names import (
    TranslatedNameMixin,
    in_active_language,
    translations_panel,
)
from directory.profile_fields import IMPACT_FIGURE_TRANSLATED
from directory.translated_text import length_errors, translations_field
from home.models.fields import optional_link


class Aggregation(models.TextChoices):
    SUM = "sum", _("Added up across enterprises")
    NONE = "none", _("Not added up (a share, an average, a rate)")


class Indicator(TranslatedNameMixin, models.Model):
    """A measure from the editors' catalogue: figures that name it can be added up."""

    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("Names the indicator in downloads and addresses; keep it once figures use it."),
    )
    name = models.CharField(_("name"), max_length=120, unique=True)
    name_nl = models.CharField(_("name in Dutch"), max_length=120, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=120, blank=True)
    unit = models.CharField(_("unit"), max_length=40, help_text=_("people, tonnes, MWh, ..."))
    unit_nl = models.CharField(_("unit in Dutch"), max_length=40, blank=True)
    unit_fr = models.CharField(_("unit in French"), max_length=40, blank=True)
    definition = models.TextField(
        _("how to count it"),
        max_length=800,
        help_text=_("What counts, what does not, and over which period."),
    )
    definition_nl = models.TextField(_("how to count it, in Dutch"), max_length=800, blank=True)
    definition_fr = models.TextField(_("how to count it, in French"), max_length=800, blank=True)
    goals = models.ManyToManyField(
        "directory.SustainableDevelopmentGoal",
        verbose_name=_("goals it serves"),
        related_name="indicators",
        blank=True,
    )
    aggregation = models.CharField(
        _("aggregation"), max_length=10, choices=Aggregation, default=Aggregation.SUM
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("unit"),
        FieldPanel("definition"),
        FieldPanel("goals", widget=forms.CheckboxSelectMultiple),
        FieldPanel("aggregation"),
        translations_panel("name", "unit", "definition"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("impact indicator")
        verbose_name_plural = _("impact indicators")

    def __str__(self):
        return f"{self.name} ({self.unit})"

    @property
    def translated_unit(self):
        return in_active_language(self, "unit")

    def counts_in(self, unit):
        """Whether a unit as typed is this indicator's, in any language it is given in."""
        units = (self.unit, self.unit_nl, self.unit_fr)
        return unit.strip().casefold() in {known.strip().casefold() for known in units if known}

    @property
    def translated_definition(self):
        return in_active_language(self, "definition")

    @property
    def is_added_up(self):
        return self.aggregation == Aggregation.SUM


class ImpactFigure(Orderable):
    enterprise = ParentalKey(
        "directory.Enterprise", on_delete=models.CASCADE, related_name="impact_figures"
    )
    # Empty means "other": described in words only, and never added up.
    catalogue_indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator from the catalogue"),
        related_name="figures",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text=_("Leave empty for “other”: a figure described in words, never added up."),
    )
    indicator = models.CharField(
        _("what is counted, in words"),
        max_length=200,
        help_text=_(
            'e.g. "people from groups far from the labour market in work"; for a catalogue '
            "indicator, how this enterprise words it"
        ),
    )
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    unit = models.CharField(
        _("unit"), max_length=40, blank=True, help_text=_("people, tonnes, %, ...")
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    sdg = optional_link("directory.SustainableDevelopmentGoal", _("related goal"))
    source_url = models.URLField(_("source or evidence"), max_length=300, blank=True)
    verified = models.BooleanField(_("verified by an editor"), default=False)
    verified_on = models.DateField(_("verified on"), null=True, blank=True)
    translated_fields = IMPACT_FIGURE_TRANSLATED
    translations = translations_field()

    panels = [
        FieldPanel("catalogue_indicator"),
        FieldPanel("indicator"),
        FieldRowPanel(
            [
                FieldPanel("value", widget=FigureValueInput()),
                FieldPanel("unit"),
                FieldPanel("year"),
            ]
        ),
        FieldPanel("sdg"),
        FieldPanel("source_url"),
        FieldRowPanel([FieldPanel("verified"), FieldPanel("verified_on")]),
        FieldPanel("translations", widget=TranslationsInput({"indicator": indicator.max_length})),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("impact figure")
        verbose_name_plural = _("impact figures")

    def __str__(self):
        return self.indicator

    def clean(self):
        super().clean()
        if self.verified and self.verified_on is None:
            self.verified_on = timezone.localdate()
        if not self.verified:
            self.verified_on = None
        errors = self.catalogue_errors()
        if self.year and self.year > timezone.localdate().year:
            errors["year"] = _("Impact figures report the past: choose this year or earlier.")
        too_long = length_errors(self, self.translated_fields)
        if too_long:
            errors["translations"] = too_long
        if errors:
            raise ValidationError(errors)

    def catalogue_errors(self):
        """A catalogue figure is in the catalogue's unit, and one added up is never negative."""
        if not self.catalogue_indicator_id:
            return {}
        indicator = self.catalogue_indicator
        errors = {}
        if self.unit and not indicator.counts_in(self.unit):
            errors["unit"] = _(
                "%(indicator)s is counted in %(unit)s: give the figure in %(unit)s and leave the "
                "unit empty, or choose “Other”."
            ) % {"indicator": indicator.translated_name, "unit": indicator.translated_unit}
        else:
            self.unit = indicator.unit
        if indicator.is_added_up and self.value is not None and self.value < 0:
            errors["value"] = _("A figure that is added up with others cannot be below zero.")
        return errors

    @property
    def is_added_up(self):
        indicator = self.catalogue_indicator
        return indicator is not None and indicator.is_added_up

    @property
    def display_unit(self):
        if self.catalogue_indicator_id:
            return self.catalogue_indicator.translated_unit
        return self.unit

    @property
    def display_value(self):
        return figure_number(self.value)


def figure_number(value):
    """A figure or a count written the visitor's way: 1,234.5 in English, 1.234,5 in Dutch, no
    ".00"."""
    value = Decimal(value).normalize()
    if value == value.to_integral():
        value = value.quantize(1)
    return number_format(value, use_l10n=True, force_grouping=True)
