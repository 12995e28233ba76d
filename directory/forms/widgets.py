"""Widgets shared by the public forms and the admin."""

from decimal import Decimal

from django import forms


class FigureValueInput(forms.NumberInput):
    """A stored figure as a person wrote it: 1200, not 1200.00; 12.5, not 12.50."""

    def format_value(self, value):
        if isinstance(value, Decimal):
            value = f"{value.normalize():f}"
        return super().format_value(value)
