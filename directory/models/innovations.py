"""What an enterprise has tried or built: the innovations on its profile."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from directory.forms.widgets import TranslationsInput
from directory.models.enterprises import validate_founding_year
from directory.profile_fields import INNOVATION_TRANSLATED
from directory.translated_text import length_errors, translations_field
from home.models.images import optional_image


class Innovation(Orderable):
    class Stage(models.TextChoices):
        IDEA = "idea", _("Idea")
        PILOT = "pilot", _("Pilot")
        SCALING = "scaling", _("Scaling")
        ESTABLISHED = "established", _("Established")

    enterprise = ParentalKey(
        "directory.Enterprise", on_delete=models.CASCADE, related_name="innovations"
    )
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), max_length=1000)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[validate_founding_year]
    )
    stage = models.CharField(_("stage"), max_length=12, choices=Stage, default=Stage.PILOT)
    image = optional_image(_("image"))
    translated_fields = INNOVATION_TRANSLATED
    translations = translations_field()

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("stage")]),
        FieldPanel("image"),
        FieldPanel(
            "translations",
            widget=TranslationsInput(
                {"title": title.max_length, "description": description.max_length},
                multiline=["description"],
            ),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("innovation")
        verbose_name_plural = _("innovations")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = length_errors(self, self.translated_fields)
        if errors:
            raise ValidationError({"translations": errors})
