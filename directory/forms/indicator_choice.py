"""The impact indicator catalogue in the forms: a figure names an indicator, or "other".

A figure for a catalogue indicator can be added up with other enterprises' figures for it, so
one enterprise gives at most one such figure a year for each indicator: the public forms and the
editors' form both refuse a second one (`flag_repeated_indicators`).
"""

from django import forms
from django.utils.translation import gettext_lazy

from directory.models.translated_names import by_translated_name

# The choice of a figure outside the catalogue: described in words, never added up.
OTHER = "other"
PROMPT = gettext_lazy("Choose an indicator…")
OTHER_LABEL = gettext_lazy("Other (describe it below)")


def catalogue():
    """The indicators in the alphabetical order of the visitor's language."""
    # The models import the editors' form, which imports this module: read them once built.
    from directory.models import Indicator

    return by_translated_name(Indicator.objects.all())


def indicator_label(indicator):
    return f"{indicator.translated_name} ({indicator.translated_unit})"


class IndicatorChoiceField(forms.ChoiceField):
    """An indicator of the catalogue, sent by id; None for "other" (and for no choice).

    The indicators are given to each form, loaded once for all the rows of a page.
    """

    default_error_messages = {
        "invalid_choice": gettext_lazy(
            "This is not an indicator from the catalogue: choose one from the list, or “Other”."
        ),
    }

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)
        self.use_indicators([])

    def use_indicators(self, indicators):
        self.by_value = {str(indicator.pk): indicator for indicator in indicators}
        self.choices = [
            ("", PROMPT),
            *((value, indicator_label(indicator)) for value, indicator in self.by_value.items()),
            (OTHER, OTHER_LABEL),
        ]

    def prepare_value(self, value):
        # An indicator given as the initial value is shown by its id.
        return getattr(value, "pk", value)

    def clean(self, value):
        return self.by_value.get(super().clean(value))

    def has_changed(self, initial, data):
        initial = self.prepare_value(initial)
        return str(data or "") != str("" if initial is None else initial)


def same_unit(indicator, unit):
    """Whether a unit as typed is the indicator's, in any of the languages it is given in."""
    return indicator.counts_in(unit)


# A row that repeats an earlier row's catalogue indicator and year, as the enterprise and as the
# editors read it.
REPEATED = gettext_lazy("You already give a figure for %(indicator)s in %(year)s.")
REPEATED_FOR_EDITORS = gettext_lazy(
    "This profile already has a figure for %(indicator)s in %(year)s: the totals count one "
    "figure per indicator and year, so keep one."
)


def flag_repeated_indicators(rows, message=REPEATED):
    """Mark each row that gives a figure for the same catalogue indicator and year as a row
    before it; returns whether none does. Rows to be deleted, or left empty, do not count."""
    seen, fine = set(), True
    for row in rows:
        cleaned = getattr(row, "cleaned_data", None) or {}
        indicator, year = cleaned.get("catalogue_indicator"), cleaned.get("year")
        if cleaned.get("DELETE") or indicator is None or year is None:
            continue
        if (indicator.pk, year) in seen:
            fine = False
            params = {"indicator": indicator.translated_name, "year": year}
            row.add_error("catalogue_indicator", message % params)
        else:
            seen.add((indicator.pk, year))
    return fine
