"""Widgets shared by the public forms and the admin."""

import json
from decimal import Decimal

from django import forms
from django.utils.html import format_html, format_html_join

from directory.translated_text import LANGUAGE_CODES, label, with_text


class FigureValueInput(forms.NumberInput):
    """A stored figure as a person wrote it: 1200, not 1200.00; 12.5, not 12.50."""

    def format_value(self, value):
        if isinstance(value, Decimal):
            value = f"{value.normalize():f}"
        return super().format_value(value)


class TranslationsInput(forms.Widget):
    """A row's `translations` ({language: {field: text}}) as one labelled box per language and
    field, for the JSON field behind it; a box left blank removes that translation.

    `limits` maps each translated field to its length; `multiline` names those written in a
    text area.
    """

    use_fieldset = True

    def __init__(self, limits, multiline=(), attrs=None):
        super().__init__(attrs)
        self.limits = dict(limits)
        self.multiline = set(multiline)

    def _boxes(self, name):
        for code in LANGUAGE_CODES:
            for field, limit in self.limits.items():
                yield code, field, limit, f"{name}-{code}-{field}"

    def value_from_datadict(self, data, files, name):
        translations = {}
        for code, field, _limit, box in self._boxes(name):
            translations = with_text(translations, code, field, (data.get(box) or "").strip())
        return json.dumps(translations, ensure_ascii=False)

    def value_omitted_from_data(self, data, files, name):
        return not any(box in data for *_spec, box in self._boxes(name))

    def id_for_label(self, id_):
        # The legend names the group; each box has a label of its own.
        return ""

    def render(self, name, value, attrs=None, renderer=None):
        stored = _as_dict(value)
        prefix = (attrs or {}).get("id") or f"id_{name}"
        rows = []
        for code, field, limit, box in self._boxes(name):
            text = stored.get(code, {}).get(field, "")
            box_id = f"{prefix}-{code}-{field}"
            if field in self.multiline:
                # A text area drops one line break after its opening tag: keep the text's own.
                control = format_html(
                    '<textarea name="{}" id="{}" lang="{}" rows="3" maxlength="{}">\n{}</textarea>',
                    box,
                    box_id,
                    code,
                    limit,
                    text,
                )
            else:
                control = format_html(
                    '<input type="text" name="{}" id="{}" lang="{}" maxlength="{}" value="{}">',
                    box,
                    box_id,
                    code,
                    limit,
                    text,
                )
            rows.append((box_id, label(field, code), control))
        return format_html(
            '<div class="translations-input">{}</div>',
            format_html_join(
                "",
                '<div class="w-field__wrapper"><label class="w-field__label" for="{}">{}</label>'
                '<div class="w-field__input">{}</div></div>',
                rows,
            ),
        )


def _as_dict(value):
    """The JSON form field hands its widget a JSON document; a row not yet saved has none."""
    if isinstance(value, dict):
        return value
    try:
        parsed = json.loads(value or "{}")
    except (TypeError, ValueError):
        return {}
    return parsed if isinstance(parsed, dict) else {}
