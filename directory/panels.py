"""What an editor should know before approving a listing, shown at the top of its edit view.

The models use this panel, so what it reads from the models is imported when it runs.
"""

from django.urls import reverse
from django.utils.dateparse import parse_date
from wagtail.admin.panels import Panel


def pending_update(enterprise):
    """The owner's update awaiting review, if any: one sent since the listing was last published."""
    from directory.models import Submission

    updates = Submission.objects.filter(enterprise=enterprise, kind=Submission.Kind.UPDATE)
    if enterprise.last_published_at:
        updates = updates.filter(created_at__gt=enterprise.last_published_at)
    return updates.order_by("-created_at").first()


def possible_duplicates(enterprise):
    from directory.duplicates import find_duplicates

    found = find_duplicates(enterprise.name, enterprise.country, enterprise.website, enterprise.pk)
    for duplicate in found:
        duplicate.edit_url = reverse(
            "wagtailsnippets_directory_enterprise:edit", args=[duplicate.pk]
        )
    return found


def described_figures(figures):
    """Figures as directory.submissions.describe_figure stored them, ready to show: each with its
    date, and the name of its catalogue indicator (or its code, should the indicator be gone)."""
    from directory.models import Indicator

    codes = {figure.get("indicator_code") for figure in figures} - {None}
    names = {
        indicator.code: indicator.translated_name
        for indicator in Indicator.objects.filter(code__in=codes)
    }
    return [
        {
            **figure,
            "verified_on": parse_date(figure["verified_on"] or ""),
            "catalogue_name": names.get(figure.get("indicator_code"), figure.get("indicator_code")),
        }
        for figure in figures
    ]


class ModerationNotesPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "directory/admin/moderation_notes.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            enterprise = self.instance
            saved = enterprise is not None and enterprise.pk is not None
            self.duplicates = possible_duplicates(enterprise) if saved else []
            update = pending_update(enterprise) if saved else None
            self.figures_unverified = described_figures(update.figures_unverified if update else [])

        def is_shown(self):
            return bool(self.duplicates or self.figures_unverified)

        def get_context_data(self, parent_context=None):
            from directory.duplicates import SAME_NAME, SAME_WEBSITE

            context = super().get_context_data(parent_context)
            context.update(
                duplicates=self.duplicates,
                figures_unverified=self.figures_unverified,
                same_name=SAME_NAME,
                same_website=SAME_WEBSITE,
            )
            return context
