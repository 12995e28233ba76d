"""The visitor's registration form, its audiences and question those of the page they read."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.forms.public_fields import PlainTextField
from directory.forms.rendering import QuickRenderer
from directory.forms.submission import RequiredMessagesMixin

RENDERER = QuickRenderer()


def audience_choices(page):
    """(block id, name) of the audiences the page lists: ids are the same in every translation."""
    return [(block.id, block.value) for block in page.registration_audiences if block.value]


class RegistrationForm(RequiredMessagesMixin, forms.Form):
    default_renderer = RENDERER

    name = PlainTextField(label=gettext_lazy("Your name"), max_length=120)
    email = forms.EmailField(
        label=gettext_lazy("Your e-mail address"),
        max_length=254,
        help_text=gettext_lazy("We send the confirmation and the link to cancel here."),
    )
    organisation = PlainTextField(label=gettext_lazy("Organisation"), max_length=200)
    audience = forms.ChoiceField(
        label=gettext_lazy("Which of these describes you best?"), widget=forms.RadioSelect
    )
    needs = PlainTextField(
        label=gettext_lazy("Access or dietary needs"),
        max_length=1000,
        required=False,
        single_line=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Optional. Tell us what would help you take part."),
    )
    answer = PlainTextField(
        max_length=2000,
        required=False,
        single_line=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Optional."),
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "I agree that the organisers store these details to run the event and to contact me "
            "about it."
        ),
        error_messages={
            "required": gettext_lazy(
                "Please agree to the privacy notice so that we can store your registration."
            )
        },
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    required_messages = {
        "name": gettext_lazy("Enter your name."),
        "email": gettext_lazy("Enter your e-mail address: we send the confirmation there."),
        "organisation": gettext_lazy("Enter the name of your organisation."),
        "audience": gettext_lazy("Choose the group that describes you best."),
    }

    def __init__(self, *args, page, **kwargs):
        kwargs.setdefault("prefix", "registration")
        kwargs.setdefault("use_required_attribute", False)
        super().__init__(*args, **kwargs)
        choices = audience_choices(page)
        if choices:
            self.fields["audience"].choices = choices
            self.fields["audience"].error_messages["invalid_choice"] = _(
                "Choose one of the groups listed."
            )
        else:
            del self.fields["audience"]
        if page.registration_question:
            self.fields["answer"].label = page.registration_question
        else:
            del self.fields["answer"]
        self.fields["consent"].summary_label = _("Privacy notice")
        self._audiences = dict(choices)

    def registration_fields(self):
        """The Registration's fields from the cleaned form."""
        data = self.cleaned_data
        key = data.get("audience", "")
        return {
            "name": data["name"],
            "email": data["email"],
            "organisation": data["organisation"],
            "audience_key": key,
            "audience": self._audiences.get(key, ""),
            "needs": data.get("needs", ""),
            "answer": data.get("answer", ""),
            "consent": data["consent"],
        }
