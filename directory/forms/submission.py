"""The public forms: a new listing, an update to one, and the owner's requests."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries

from directory.forms.choice_fields import FigureGoalField, GoalChoiceField, SectorChoiceField
from directory.forms.indicator_choice import (
    IndicatorChoiceField,
    flag_repeated_indicators,
    same_unit,
)
from directory.forms.indicator_choice import catalogue as indicator_catalogue
from directory.forms.public_fields import PlainTextField, PublicLogoField
from directory.forms.rendering import QuickRenderer
from directory.forms.translation_fields import translation_fields
from directory.forms.widgets import FigureValueInput
from directory.models import (
    Enterprise,
    ImpactFigure,
    Innovation,
    Sector,
    SustainableDevelopmentGoal,
)
from directory.profile_fields import (
    IMPACT_FIGURE_FORM_FIELDS,
    INNOVATION_FIELDS,
    SUBMITTED,
    TRANSLATED,
)
from directory.translated_text import LANGUAGE_CODES
from home.languages import active_language

MAX_INNOVATIONS = 3
MAX_IMPACT_FIGURES = 5
# One renderer for every public form: it holds the template engine, made once.
RENDERER = QuickRenderer()


def with_prompt(field, prompt):
    """Replaces a choice field's "---------" with a prompt that says what to do."""
    field.choices = [("", prompt), *((value, label) for value, label in field.choices if value)]


def country_choices():
    """A prompt, the programme's countries, then every other country, each group labelled."""
    first = list(getattr(settings, "COUNTRIES_FIRST", []))
    rest = [(code, name) for code, name in countries if code and code not in first]
    return [
        ("", _("Choose a country…")),
        (_("Programme countries"), [(code, countries.name(code)) for code in first]),
        (_("Other countries"), rest),
    ]


def public_formfield(model_field, **kwargs):
    """Form fields for model fields, as the public may fill them in.

    Free text is cleaned to plain text at the model's length (multi-line for a TextField), and
    addresses typed without a scheme are taken as https://.
    """
    if isinstance(model_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    elif isinstance(model_field, models.CharField | models.TextField) and not model_field.choices:
        kwargs.setdefault("form_class", PlainTextField)
        if isinstance(model_field, models.TextField):
            kwargs.setdefault("single_line", False)
    return model_field.formfield(**kwargs)


class RequiredMessagesMixin:
    """Tells the visitor what to do about each required field they left empty."""

    required_messages = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in self.required_messages.items():
            self.fields[name].error_messages["required"] = message


class ProfileForm(RequiredMessagesMixin, translation_fields(TRANSLATED), forms.ModelForm):
    """What an enterprise says about itself; everything here may become public after review.

    Its texts are written in one language (by default the visitor's), and the summary and
    description may come in the others too: cleaned_data["translations"] holds those, and the
    `initial` of an update may give the ones on record.
    """

    default_renderer = RENDERER

    sectors = SectorChoiceField(
        queryset=Sector.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Sectors"),
        help_text=gettext_lazy("Choose one, two or three."),
        error_messages={"required": gettext_lazy("Choose at least one sector (at most three).")},
    )
    sdgs = GoalChoiceField(
        queryset=SustainableDevelopmentGoal.objects.order_by("number"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=gettext_lazy("UN Sustainable Development Goals you work towards"),
        help_text=gettext_lazy("Optional. Choose the goals your work contributes to most."),
    )
    logo = PublicLogoField(label=gettext_lazy("Logo"), required=False)

    class Meta:
        model = Enterprise
        fields = SUBMITTED
        formfield_callback = public_formfield
        widgets = {"description": forms.Textarea(attrs={"rows": 8})}
        labels = {
            "name": gettext_lazy("Name of the enterprise"),
            "language": gettext_lazy("Language of your texts"),
            "summary": gettext_lazy("One-line summary"),
            "description": gettext_lazy("Description"),
            "region": gettext_lazy("Region or county"),
            "city": gettext_lazy("Town or city"),
            "street_address": gettext_lazy("Street and number"),
            "postal_code": gettext_lazy("Postal code"),
            "country": gettext_lazy("Country"),
            "legal_form": gettext_lazy("Legal form"),
            "year_founded": gettext_lazy("Year founded"),
            "size_band": gettext_lazy("Number of employees"),
            "website": gettext_lazy("Website"),
            "public_email": gettext_lazy("Public contact e-mail"),
            "linkedin_url": gettext_lazy("LinkedIn page"),
            "instagram_url": gettext_lazy("Instagram"),
            "facebook_url": gettext_lazy("Facebook page"),
            "other_social_url": gettext_lazy("Other social network"),
        }
        help_texts = {
            "name": gettext_lazy(
                "As people know it, e.g. “Kringloop Noord” or “Tidewell Kitchens CIC”."
            ),
            "language": gettext_lazy(
                "The language you write the summary, description, innovations and figures in. "
                "You may give the summary and description in other languages below."
            ),
            "summary": gettext_lazy(
                "At most 200 characters: what you do and for whom, e.g. “A repair café in Gent "
                "that trains young people as bicycle mechanics.”"
            ),
            "description": gettext_lazy(
                "Plain text, up to 5,000 characters. Your mission, your activities and who "
                "benefits. Leave a blank line between paragraphs."
            ),
            "region": gettext_lazy("e.g. Oost-Vlaanderen, Kent, Nord, Zeeland"),
            "street_address": gettext_lazy("Optional. Leave it out if you work from home."),
            "year_founded": gettext_lazy("e.g. 2014"),
            "website": gettext_lazy("The full address, e.g. https://www.example.org"),
            "public_email": gettext_lazy(
                "Optional. Shown on your profile for people who want to reach you."
            ),
            "other_social_url": gettext_lazy("e.g. your Mastodon or Bluesky profile"),
        }

    required_messages = {
        "name": gettext_lazy("Enter the name of the enterprise."),
        "summary": gettext_lazy("Enter a one-line summary of what the enterprise does."),
        "description": gettext_lazy("Describe the enterprise in a few sentences."),
        "country": gettext_lazy("Choose the country where the enterprise is based."),
        "city": gettext_lazy("Enter the town or city."),
    }

    def __init__(self, *args, **kwargs):
        given = kwargs.get("initial") or {}
        super().__init__(*args, **kwargs)
        if "language" not in given:
            # The model's default is not the visitor's: a new listing starts in their language.
            self.initial["language"] = active_language()
        # A browser always sends the choice; without one, the texts are in the language shown.
        self.fields["language"].required = False
        self.keep_translation_fields(self.chosen_language(), given.get("translations"))
        self.place_translations_after("description")
        self.fields["country"].required = True
        self.fields["country"].choices = country_choices()
        with_prompt(self.fields["legal_form"], _("Choose a legal form…"))
        with_prompt(self.fields["size_band"], _("Choose a size…"))
        self.fields["year_founded"].widget.attrs.update({"inputmode": "numeric"})
        self.fields["website"].widget.attrs.setdefault("placeholder", "https://")

    def translation_field(self, model_field):
        if isinstance(model_field, models.TextField):
            return public_formfield(model_field, widget=forms.Textarea(attrs={"rows": 5}))
        return public_formfield(model_field)

    def chosen_language(self):
        """The language the texts are in: as sent, else as the form was shown."""
        sent = self.data.get(self.add_prefix("language")) if self.is_bound else None
        return sent if sent in LANGUAGE_CODES else self.initial["language"]

    def clean_language(self):
        return self.cleaned_data["language"] or self.chosen_language()

    def clean_sectors(self):
        sectors = self.cleaned_data["sectors"]
        if len(sectors) > 3:
            raise ValidationError(
                _("Choose at most three sectors (you chose %(count)s).") % {"count": len(sectors)}
            )
        return sectors

    def clean(self):
        cleaned = super().clean()
        cleaned["translations"] = self.gathered_translations(
            cleaned.get("language") or self.chosen_language(), self.initial.get("translations")
        )
        return cleaned


class SubmitterForm(RequiredMessagesMixin, forms.Form):
    """Who is sending the listing. Stored privately, never published."""

    default_renderer = RENDERER

    submitter_name = PlainTextField(label=gettext_lazy("Your name"), max_length=120)
    submitter_role = PlainTextField(
        label=gettext_lazy("Your role in the enterprise"),
        max_length=120,
        required=False,
        help_text=gettext_lazy("e.g. founder, director, communications officer"),
    )
    submitter_email = forms.EmailField(
        label=gettext_lazy("Your e-mail address"),
        help_text=gettext_lazy("We send the confirmation link here. It is never published."),
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "I agree that the editors of Spark Social Enterprise store the details in this form "
            "to publish the listing and to contact me about it."
        ),
        error_messages={
            "required": gettext_lazy(
                "Please agree to the privacy notice so that we can store your submission."
            )
        },
    )

    required_messages = {
        "submitter_name": gettext_lazy("Enter your name."),
        "submitter_email": gettext_lazy(
            "Enter your e-mail address: we send the confirmation link there."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].summary_label = _("Privacy notice")

    not_a_duplicate = forms.BooleanField(
        required=False,
        label=gettext_lazy("This is a different enterprise: list it anyway."),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)


class HoneypotForm(forms.Form):
    default_renderer = RENDERER

    fax_number = forms.CharField(
        required=False,
        label=gettext_lazy("Leave this empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


class UpdateGuardForm(HoneypotForm):
    """The owner's update form's anti-abuse fields: the honeypot, and when the form was shown."""

    started = forms.CharField(widget=forms.HiddenInput, required=False)


class OptionalRowForm(RequiredMessagesMixin, forms.ModelForm):
    """A row of a repeating group: ignored when its main fields are left empty."""

    default_renderer = RENDERER

    meaningful_fields = ()

    def has_changed(self):
        return any(self[name].value() not in (None, "") for name in self.meaningful_fields)


class InnovationForm(OptionalRowForm):
    meaningful_fields = ("title", "description", "year")
    required_messages = {
        "title": gettext_lazy("Give the innovation a name."),
        "description": gettext_lazy("Describe the innovation."),
        "stage": gettext_lazy("Choose the stage this innovation has reached."),
    }

    def __init__(self, *args, **kwargs):
        given = kwargs.get("initial") or {}
        super().__init__(*args, **kwargs)
        if "stage" not in given:
            # The model's default is not the visitor's choice.
            self.initial.pop("stage", None)
            self.fields["stage"].initial = None
        self.fields["stage"].required = True
        with_prompt(self.fields["stage"], _("Choose a stage…"))

    class Meta:
        model = Innovation
        fields = INNOVATION_FIELDS
        formfield_callback = public_formfield
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        labels = {
            "title": gettext_lazy("Innovation"),
            "description": gettext_lazy("What it is and what it changes"),
            "year": gettext_lazy("Year started"),
            "stage": gettext_lazy("Stage"),
        }
        help_texts = {
            "title": gettext_lazy("e.g. “Repair subscriptions for households”"),
        }


class ImpactFigureForm(OptionalRowForm):
    """A figure: an indicator from the catalogue, or "other" said in words, with its value.

    A catalogue figure is in the catalogue's unit, so its unit may be left empty, and its words
    too (directory.submissions then words it as the catalogue does). `catalogue` gives the
    indicators to offer, loaded once for all the rows of a page.
    """

    # The indicator's choice alone does not make a row: left so, the row is skipped.
    meaningful_fields = ("indicator", "value", "unit", "year", "source_url")
    required_messages = {
        "indicator": gettext_lazy("Say what you measure."),
        "value": gettext_lazy("Enter the figure, as a number."),
        "year": gettext_lazy("Enter the year the figure describes."),
    }

    catalogue_indicator = IndicatorChoiceField(
        label=gettext_lazy("Indicator"),
        help_text=gettext_lazy(
            "Choose one from the catalogue when it fits what you count: figures for the same "
            "indicator can be compared, and added up, across enterprises. Otherwise choose "
            "“Other” and say below what you measure."
        ),
    )
    sdg = FigureGoalField(
        queryset=SustainableDevelopmentGoal.objects.order_by("number"),
        required=False,
        label=gettext_lazy("Related goal"),
        empty_label=gettext_lazy("Choose a goal (optional)…"),
    )

    class Meta:
        model = ImpactFigure
        fields = IMPACT_FIGURE_FORM_FIELDS
        widgets = {"value": FigureValueInput()}
        formfield_callback = public_formfield
        labels = {
            "indicator": gettext_lazy("What you measure"),
            "unit": gettext_lazy("Unit"),
            "value": gettext_lazy("Figure"),
            "year": gettext_lazy("Year"),
            "source_url": gettext_lazy("Source or evidence (web address)"),
        }
        help_texts = {
            "indicator": gettext_lazy(
                "Required for “Other”, e.g. “people from groups far from the labour market in "
                "paid work”. For an indicator from the catalogue, optional: how you put it."
            ),
            "unit": gettext_lazy(
                "e.g. people, tonnes, MWh, %. Leave it empty for an indicator from the "
                "catalogue: its unit is used."
            ),
            "value": gettext_lazy("A number, e.g. 1320 or 12.5"),
            "source_url": gettext_lazy("Optional: an annual report or a published study."),
        }

    def __init__(self, *args, catalogue=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["catalogue_indicator"].use_indicators(
            indicator_catalogue() if catalogue is None else catalogue
        )
        # Required for "other" only: clean() says so.
        self.fields["indicator"].required = False

    def clean(self):
        cleaned = super().clean()
        indicator = cleaned.get("catalogue_indicator")
        if indicator is not None:
            unit = cleaned.get("unit")
            if unit and not same_unit(indicator, unit):
                self.add_error("unit", self.other_unit_message(indicator))
            else:
                cleaned["unit"] = indicator.unit
        elif not (
            cleaned.get("indicator") or self.errors.keys() & {"indicator", "catalogue_indicator"}
        ):
            # "Other", or no choice: the words say what is counted.
            self.add_error("indicator", self.fields["indicator"].error_messages["required"])
        return cleaned

    @staticmethod
    def other_unit_message(indicator):
        return _(
            "%(indicator)s is counted in %(unit)s: give the figure in %(unit)s and leave the unit "
            "empty, or choose “Other”."
        ) % {"indicator": indicator.translated_name, "unit": indicator.translated_unit}


class ImpactFigureRows(forms.BaseFormSet):
    """The figure rows of a form: the catalogue loaded once for them all, and no catalogue
    indicator given twice for the same year."""

    @cached_property
    def catalogue(self):
        return indicator_catalogue()

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "catalogue": self.catalogue}

    def clean(self):
        super().clean()
        flag_repeated_indicators(row for row in self.forms if row.has_changed())


def fixed_rows(form, rows, formset=forms.BaseFormSet):
    """A formset of exactly `rows` rows, which refuses any more however the request is forged."""
    return forms.formset_factory(
        form,
        formset=formset,
        extra=rows,
        max_num=rows,
        absolute_max=rows,
        validate_max=True,
        renderer=RENDERER,
    )


InnovationFormSet = fixed_rows(InnovationForm, MAX_INNOVATIONS)
ImpactFigureFormSet = fixed_rows(ImpactFigureForm, MAX_IMPACT_FIGURES, ImpactFigureRows)


def filled_rows(formset):
    """The cleaned data of the rows the visitor filled in, in order."""
    return [form.cleaned_data for form in formset.forms if form.has_changed() and form.cleaned_data]


class UpdateRequestForm(forms.Form):
    default_renderer = RENDERER

    email = forms.EmailField(
        label=gettext_lazy("The e-mail address you used when you listed the enterprise"),
    )


class RemovalRequestForm(forms.Form):
    default_renderer = RENDERER

    reason = PlainTextField(
        label=gettext_lazy("Why would you like the listing removed? (optional)"),
        max_length=2000,
        required=False,
        single_line=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confirm = forms.BooleanField(
        label=gettext_lazy("Remove this listing and the personal data you gave us."),
        error_messages={
            "required": gettext_lazy("Tick the box to confirm that you want the listing removed.")
        },
    )
