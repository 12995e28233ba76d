"""Choice fields the public forms send by id: sectors, goals and a figure's goal."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy

from directory.models.translated_names import by_translated_name


def fits_an_id(value):
    """Whether a value can be looked up as an id: SQLite refuses numbers past 64 bits with an
    OverflowError, where PostgreSQL finds nothing. Values that are no number at all are left to
    Django's own check."""
    try:
        return abs(int(str(value))) < 2**63
    except ValueError:
        return True


class ChoicesByIdField(forms.ModelMultipleChoiceField):
    """Ticked choices sent by id; an id no database could hold is refused like any unknown one."""

    default_error_messages = {
        "invalid_choice": gettext_lazy(
            "“%(value)s” is not one of the choices: choose from the list."
        ),
        "invalid_pk_value": gettext_lazy(
            "“%(pk)s” is not one of the choices: choose from the list."
        ),
    }

    def _check_values(self, value):
        for pk in value:
            if not fits_an_id(pk):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


class ChoiceByIdField(forms.ModelChoiceField):
    """One choice sent by id, with the same guard."""

    default_error_messages = {
        "invalid_choice": gettext_lazy("This is not one of the choices: choose from the list."),
    }

    def to_python(self, value):
        if value not in self.empty_values and not fits_an_id(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class InTranslatedNameOrder(ModelChoiceIterator):
    """The choices in the alphabetical order of the visitor's language, not of English."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in by_translated_name(self.queryset):
            yield self.choice(obj)


class SectorChoiceField(ChoicesByIdField):
    iterator = InTranslatedNameOrder

    def label_from_instance(self, obj):
        return obj.translated_name


class GoalChoiceField(ChoicesByIdField):
    def label_from_instance(self, obj):
        return obj.numbered_name


class FigureGoalField(ChoiceByIdField):
    def label_from_instance(self, obj):
        return obj.numbered_name
