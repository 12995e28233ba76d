"""What an enterprise changes, in numbers: the impact figures on its profile."""

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
from directory.profile_fields import IMPACT_FIGURE_TRANSLATED
from directory.translated_text import length_errors, translations_field
from home.models.fields import optional_link


class ImpactFigure(Orderable):
    enterprise = ParentalKey(
        "directory.Enterprise", on_delete=models.CASCADE, related_name="impact_figures"
    )
    indicator = models.CharField(
        _("indicator"),
        max_length=200,
        help_text=_(
            'What is counted, e.g. "people from groups far from the labour market in work"'
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
        errors = {}
        if self.year and self.year > timezone.localdate().year:
            errors["year"] = _("Impact figures report the past: choose this year or earlier.")
        too_long = length_errors(self, self.translated_fields)
        if too_long:
            errors["translations"] = too_long
        if errors:
            raise ValidationError(errors)

    @property
    def display_value(self):
        """The value written the visitor's way: 1,234.5 in English, 1.234,5 in Dutch."""
        value = self.value.normalize()
        if value == value.to_integral():
            value = value.quantize(1)
        return number_format(value, use_l10n=True, force_grouping=True)
