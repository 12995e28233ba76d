"""The two forms of a bulk import: the upload (enterprises, optionally their impact figures), and
the confirmation after the dry run."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.imports.files import read_enterprise_file, read_figures_file, records


class ImportUploadForm(forms.Form):
    enterprises = forms.FileField(
        label=gettext_lazy("Enterprises (CSV)"),
        help_text=gettext_lazy(
            "The columns of the directory's CSV download; only “name” is required. UTF-8, "
            "separated by commas or semicolons."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    figures = forms.FileField(
        label=gettext_lazy("Impact figures (CSV, optional)"),
        required=False,
        help_text=gettext_lazy(
            "The columns of impact-figures.csv, each row naming its enterprise by slug. When "
            "given, it replaces the figures of every enterprise in the first file."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_enterprises(self):
        upload = self.cleaned_data["enterprises"]
        self.enterprise_file = read_enterprise_file(upload)
        return upload

    def clean_figures(self):
        upload = self.cleaned_data.get("figures")
        self.figures_file = read_figures_file(upload) if upload else None
        return upload

    def clean(self):
        cleaned = super().clean()
        if self.errors or not getattr(self, "figures_file", None):
            return cleaned
        text, delimiter, _count = self.enterprise_file
        slugs = {
            cells.get("slug", "").strip()
            for _line, cells, _n in records(text, delimiter)
            if cells is not None
        }
        for line, cells, count in records(*self.figures_file):
            if cells is None:
                raise ValidationError(
                    _(
                        "Line %(line)s of the impact figures file has %(count)s cells, not as many "
                        "as its header."
                    )
                    % {"line": line, "count": count}
                )
            slug = cells["slug"].strip()
            if not slug or slug not in slugs:
                raise ValidationError(
                    _(
                        "Line %(line)s of the impact figures file names the enterprise "
                        "“%(slug)s”, which is not in the enterprises file: each figure needs "
                        "its enterprise's row, with its slug."
                    )
                    % {"line": line, "slug": slug}
                )
        return cleaned


class ImportConfirmForm(forms.Form):
    publish = forms.TypedChoiceField(
        label=gettext_lazy("What to do with the listings"),
        choices=[
            ("", gettext_lazy("Save them as drafts and send them for review")),
            ("publish", gettext_lazy("Publish them now")),
        ],
        coerce=bool,
        empty_value=False,
        required=False,
        widget=forms.RadioSelect,
    )
    include_duplicates = forms.BooleanField(
        label=gettext_lazy("Also create the rows marked “duplicate suspected” as new listings"),
        required=False,
    )

    def __init__(self, *args, can_publish=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_publish:
            del self.fields["publish"]
