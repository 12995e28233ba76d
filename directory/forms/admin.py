from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm


class EnterpriseAdminForm(WagtailAdminModelForm):
    """The editors' form: a profile names one to three sectors."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "sectors" in self.fields:
            self.fields["sectors"].error_messages["required"] = _(
                "Choose one, two or three sectors (none chosen)."
            )
        if "is_featured" in self.fields:
            # The models module imports this form, so the models are read only once built.
            from directory.featured import featured_help_text

            self.fields["is_featured"].help_text = featured_help_text()

    def clean_sectors(self):
        sectors = self.cleaned_data.get("sectors")
        count = len(sectors) if sectors is not None else 0
        if not 1 <= count <= 3:
            raise ValidationError(
                _("Choose one, two or three sectors (%(count)s chosen).") % {"count": count}
            )
        return sectors
