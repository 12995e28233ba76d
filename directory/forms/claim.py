"""The public form on which someone claims a listing that has no owner on record."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.forms.public_fields import PlainTextField
from directory.forms.submission import RENDERER, RequiredMessagesMixin


class ClaimForm(RequiredMessagesMixin, forms.Form):
    """Who claims the listing. Stored privately for the editors, never published."""

    default_renderer = RENDERER

    submitter_name = PlainTextField(label=gettext_lazy("Your name"), max_length=120)
    submitter_role = PlainTextField(
        label=gettext_lazy("Your role in the enterprise"),
        max_length=120,
        help_text=gettext_lazy("e.g. founder, director, communications officer"),
    )
    submitter_email = forms.EmailField(
        label=gettext_lazy("Your e-mail address"),
        help_text=gettext_lazy(
            "Preferably one at the enterprise's own domain: it helps the editors check your "
            "claim. Once they approve it, we send the link to update the listing here. It is "
            "never published."
        ),
    )
    message = PlainTextField(
        label=gettext_lazy("Anything that helps the editors check your claim (optional)"),
        max_length=2000,
        required=False,
        single_line=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "I agree that the editors of Spark Social Enterprise store the details in this form "
            "to check my claim and to contact me about the listing."
        ),
        error_messages={
            "required": gettext_lazy(
                "Please agree to the privacy notice so that we can store your claim."
            )
        },
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    required_messages = {
        "submitter_name": gettext_lazy("Enter your name."),
        "submitter_role": gettext_lazy("Say what your role in the enterprise is."),
        "submitter_email": gettext_lazy(
            "Enter your e-mail address: we send the link to update the listing there."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].summary_label = _("Privacy notice")
