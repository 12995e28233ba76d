"""Form fields for a profile's texts in other languages: "Summary in Dutch", and so on.

A form class inherits one field per language and translated field from translation_fields() and
keeps, in each form, those of the languages other than the one the texts are written in; they
are read from and gathered into the profile's `translations`.
"""

from django import forms
from django.utils.translation import gettext as _

from directory.translated_text import LANGUAGE_CODES, label, language_name, with_text


def field_name(field, code):
    return f"{field}_{code}"


class TranslationFields(forms.Form):
    """The fields translation_fields() declares, and what a form does with them.

    The declared fields only name them, for the admin's panels; each form makes its own from
    the model's field with translation_field(), at the model's length.
    """

    translated_fields = ()

    def translation_field(self, model_field):
        raise NotImplementedError

    def translation_names(self):
        for code in LANGUAGE_CODES:
            for field in self.translated_fields:
                yield code, field, field_name(field, code)

    def keep_translation_fields(self, own, stored):
        """Keep the fields of every language but `own`, filled in from `stored`.

        A field of the own language stays only when something was typed in it (the language
        was changed since the form was shown), so that clean() can say so and nothing is lost.
        """
        for code, field, name in self.translation_names():
            if code == own and not self._typed(name):
                del self.fields[name]
                continue
            made = self.translation_field(self._meta.model._meta.get_field(field))
            made.required = False
            made.label = label(field, code)
            made.widget.attrs["lang"] = code
            self.fields[name] = made
            self.initial.setdefault(name, (stored or {}).get(code, {}).get(field, ""))

    def place_translations_after(self, field):
        """In the order people read them, as the error summary lists them: after `field`."""
        kept = [name for _code, _field, name in self.translation_names() if name in self.fields]
        rest = [name for name in self.fields if name not in kept]
        at = rest.index(field) + 1
        self.order_fields([*rest[:at], *kept, *rest[at:]])

    def translation_boxes(self):
        """The bound fields kept, for a template to show."""
        return [
            self[name] for _code, _field, name in self.translation_names() if name in self.fields
        ]

    def shows_translations(self):
        """Whether anything is in the fields, or to be said about them: then they are shown open."""
        return any(box.errors or box.value() for box in self.translation_boxes())

    def _typed(self, name):
        return self.is_bound and bool((self.data.get(self.add_prefix(name)) or "").strip())

    def gathered_translations(self, own, stored):
        """`stored` as the fields change it, without the texts' own language.

        Takes the fields out of cleaned_data: what they hold is in the return value.
        """
        translations = {code: texts for code, texts in (stored or {}).items() if code != own}
        for code, field, name in self.translation_names():
            if name not in self.cleaned_data:
                continue
            text = self.cleaned_data.pop(name)
            if code != own:
                translations = with_text(translations, code, field, text)
            elif text:
                self.add_error(
                    name,
                    _(
                        "The texts above are in %(language)s: write this there instead, or "
                        "choose another language for them."
                    )
                    % {"language": language_name(code)},
                )
        return translations


def translation_fields(fields):
    """A form class declaring a field for each of `fields` in each language, to inherit from."""
    declared = {
        field_name(field, code): forms.CharField(required=False)
        for code in LANGUAGE_CODES
        for field in fields
    }
    metaclass = type(TranslationFields)
    return metaclass(
        "ProfileTranslationFields",
        (TranslationFields,),
        {"translated_fields": tuple(fields), **declared},
    )
