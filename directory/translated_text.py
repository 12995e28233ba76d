"""A profile's texts in several languages: written once in the profile's language, with
translations kept beside the original in the row's `translations`, {language: {field: text}}.

`translated(obj, field)` is what a page shows: the text in the visitor's language when someone
translated it, else the original; either way with the language it is in, for a `lang`
attribute. Reading a translation costs no query: it is a column of the row already loaded.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _

from home.languages import active_language

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# One label per translated field, so that translators can word each one whole.
LABELS = {
    "summary": gettext_lazy("Summary in %(language)s"),
    "description": gettext_lazy("Description in %(language)s"),
    "title": gettext_lazy("Title in %(language)s"),
    "indicator": gettext_lazy("Indicator in %(language)s"),
}


def translations_field():
    """The column holding a row's translations; the original stays in the row's own fields."""
    return models.JSONField(
        gettext_lazy("translations"),
        default=dict,
        blank=True,
        help_text=gettext_lazy("The texts in the languages other than the profile's own."),
    )


@dataclass(frozen=True)
class ShownText:
    """A text as shown, and the language it is written in."""

    text: str
    language: str
    is_translation: bool

    def __str__(self):
        return self.text

    def __bool__(self):
        return bool(self.text)

    @property
    def paragraphs(self):
        return [part.strip() for part in self.text.split("\n\n") if part.strip()]


def translated(obj, field, original_language=None, language=None):
    """`obj.<field>` in `language` (the visitor's) when translated, else as written.

    An innovation or an impact figure is written in its enterprise's language: pass it as
    `original_language` (the enterprise is at hand wherever its rows are shown).
    """
    original = original_language or obj.language
    language = language or active_language()
    if language != original:
        translation = (obj.translations or {}).get(language, {}).get(field, "")
        if translation:
            return ShownText(translation, language, True)
    return ShownText(getattr(obj, field), original, False)


def untranslated(texts, language=None):
    """ "all" when none of the texts shown is in the visitor's language, "some" when only some
    are, else "": whether a page should say which language the profile is written in."""
    language = language or active_language()
    written = [text for text in texts if text]
    foreign = [text for text in written if text.language != language]
    if not foreign:
        return ""
    return "all" if len(foreign) == len(written) else "some"


def language_name(code):
    return get_language_info(code)["name_translated"]


def label(field, code):
    """ "Summary in Dutch", in the language of the person reading it."""
    return LABELS[field] % {"language": language_name(code)}


def other_languages(code):
    return [other for other in LANGUAGE_CODES if other != code]


def with_text(translations, code, field, text):
    """A copy of `translations` holding `text` as `field` in `code`; a blank text removes it."""
    result = {language: dict(fields) for language, fields in (translations or {}).items()}
    fields = result.setdefault(code, {})
    if text:
        fields[field] = text
    else:
        fields.pop(field, None)
    if not fields:
        del result[code]
    return result


def length_errors(obj, fields):
    """A message for each stored translation longer than its field allows."""
    errors = []
    for code, texts in (obj.translations or {}).items():
        for field in fields:
            limit = obj._meta.get_field(field).max_length
            text = texts.get(field, "")
            if limit and len(text) > limit:
                errors.append(
                    _("%(label)s: at most %(limit)s characters (it has %(count)s).")
                    % {"label": label(field, code), "limit": limit, "count": len(text)}
                )
    return errors


def carry_over(previous, current, fields):
    """Give each new row the translations of an old row whose texts it repeats word for word.

    Rows sent from the public forms arrive without translations; those an editor added to an
    innovation or a figure the owner left as it was are kept.
    """
    found = {}
    for row in previous:
        if row.translations:
            found.setdefault(tuple(getattr(row, field) for field in fields), row.translations)
    for row in current:
        if not row.translations:
            row.translations = found.get(tuple(getattr(row, field) for field in fields), {})
    return current
