"""Vocabulary names in the visitor's language: a column per language beside the English one.

A sector's Dutch name lives in `name_nl`, its French description in `description_fr`; the English
`name` stays the canonical one that editors, exports and addresses use. An empty translation
shows the English text, so an editor may add a sector before anyone has translated it.
"""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from directory.names import sort_key


def in_active_language(instance, field):
    """`instance.<field>` in the active language, or the canonical text when none is given."""
    return in_language(instance, field, (get_language() or settings.LANGUAGE_CODE).split("-")[0])


def in_language(instance, field, language):
    """`instance.<field>` in `language`, or the canonical text when none is given."""
    if language != settings.LANGUAGE_CODE:
        translated = getattr(instance, f"{field}_{language}", "")
        if translated:
            return translated
    return getattr(instance, field)


def by_translated_name(items):
    """Vocabulary rows in the alphabetical order of the active language, accents aside."""
    return sorted(items, key=lambda item: sort_key(item.translated_name))


def translations_panel(*fields):
    """The editors' panel of every translated column of the given fields, one language a row."""
    languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    return MultiFieldPanel(
        [FieldPanel(f"{field}_{language}") for language in languages for field in fields],
        heading=_("Translations"),
        help_text=_("Leave a translation empty to show the English text in that language."),
    )


class TranslatedNameMixin:
    """For a vocabulary model with `name`, `name_nl` and `name_fr` columns."""

    @property
    def translated_name(self):
        return in_active_language(self, "name")
