"""The enterprise chooser editors use to link stories: published listings, by name, A to Z.

It reads the directory's own search index (accents and word starts in names handled), so a
keystroke costs one indexed query and one page of rows, however many enterprises there are.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet

from directory.models import Enterprise


class EnterpriseNameSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Name"),
        widget=forms.TextInput(attrs={"placeholder": _("Search by name")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = objects.search(query)
            self.is_searching = True
            self.search_query = query
        return objects


class EnterpriseChoiceMixin:
    filter_form_class = EnterpriseNameSearchForm
    # The indexed, accent-folded sort key: the same A to Z as the directory and the exports.
    ordering = ["sort_name", "pk"]

    def get_object_list(self):
        return Enterprise.objects.live()

    @property
    def columns(self):
        # Every row is live; Wagtail's status column would cost two queries a row to say so.
        return [self.title_column]


class EnterpriseChooseView(EnterpriseChoiceMixin, ChooseView):
    pass


class EnterpriseChooseResultsView(EnterpriseChoiceMixin, ChooseResultsView):
    pass


class EnterpriseChooserViewSet(SnippetChooserViewSet):
    choose_view_class = EnterpriseChooseView
    choose_results_view_class = EnterpriseChooseResultsView
