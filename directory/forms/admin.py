from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.models import formfield_for_dbfield

from directory.forms.indicator_choice import REPEATED_FOR_EDITORS, flag_repeated_indicators
from directory.forms.translation_fields import translation_fields
from directory.profile_fields import TRANSLATED
from directory.translated_text import language_name


class EnterpriseAdminForm(translation_fields(TRANSLATED), WagtailAdminModelForm):
    """The editors' form: a profile names one to three sectors, and may carry its summary and
    description in the languages other than its own ("Summary in Dutch", ...); its figures give
    each catalogue indicator at most once a year."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "sectors" in self.fields:
            self.fields["sectors"].error_messages["required"] = _(
                "Choose one, two or three sectors (none chosen)."
            )
        if "is_featured" in self.fields:
            # The models module imports this form, so the models are read only once built.
            from directory.featured import featured_help_text

            self.fields["is_featured"].help_text = featured_help_text()
        self.keep_translation_fields(self.instance.language, self.instance.translations)

    def translation_field(self, model_field):
        # The admin's own widgets: text areas that grow with their text.
        return formfield_for_dbfield(model_field)

    def clean_sectors(self):
        sectors = self.cleaned_data.get("sectors")
        count = len(sectors) if sectors is not None else 0
        if not 1 <= count <= 3:
            raise ValidationError(
                _("Choose one, two or three sectors (%(count)s chosen).") % {"count": count}
            )
        return sectors

    def clean(self):
        cleaned = super().clean()
        # Not a field of the form: the instance carries it into the revision and the preview.
        self.instance.translations = self.gathered_translations(
            self.own_language(), self.instance.translations
        )
        return cleaned

    def own_language(self):
        return self.cleaned_data.get("language") or self.instance.language

    def is_valid(self):
        # The rows are checked after the profile: only then is the profile's language known.
        valid = super().is_valid()
        checks = [self.rows_not_in_own_language(), self.no_indicator_twice_a_year()]
        return all(checks) and valid

    def no_indicator_twice_a_year(self):
        """One figure a year per catalogue indicator: the totals would count only one of two."""
        figures = self.formsets.get("impact_figures")
        return figures is None or flag_repeated_indicators(figures.forms, REPEATED_FOR_EDITORS)

    def rows_not_in_own_language(self):
        """Innovations and figures show a box per language; the profile's own is the row itself."""
        own, fine = self.own_language(), True
        for formset in self.formsets.values():
            for row in formset.forms:
                cleaned = getattr(row, "cleaned_data", {})
                if cleaned.get("DELETE"):
                    continue
                translations = cleaned.get("translations") or {}
                if own in translations:
                    fine = False
                    if "translations" not in row.errors:
                        row.add_error("translations", self.own_language_message(own))
        return fine

    @staticmethod
    def own_language_message(code):
        return _(
            "The profile is written in %(language)s: this row's own fields hold that text. "
            "Leave the %(language)s boxes empty."
        ) % {"language": language_name(code)}
