from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from directory.forms.sector_merge import MergeSectorsForm


class MergeSectorsView(WagtailAdminTemplateMixin, FormView):
    """Fold several sectors into one: their enterprises keep a sector, the duplicates go."""

    template_name = "wagtailadmin/generic/form.html"
    form_class = MergeSectorsForm
    page_title = _lazy("Merge sectors")
    header_icon = "tag"

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (
            user.has_perm("directory.change_sector") and user.has_perm("directory.delete_sector")
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailsnippets_directory_sector:list"), "label": _("Sectors")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.path
        context["submit_button_label"] = _("Merge")
        context["submit_button_active_label"] = _("Merging…")
        return context

    def form_valid(self, form):
        target, removed, moved = form.merge()
        messages.success(
            self.request,
            _("Merged %(removed)s sector(s) into “%(target)s”; %(moved)s enterprise(s) moved.")
            % {"removed": removed, "target": target.name, "moved": moved},
        )
        return redirect("wagtailsnippets_directory_sector:list")
