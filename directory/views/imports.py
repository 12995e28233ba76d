"""Bulk import in the admin: upload, the dry run's report, confirmation, and the import itself.

Both stages run a batch (BATCH_SIZE rows) per POST to the job's "next batch" address: the status
page's script posts again until the job is done, updating its progress bar; without JavaScript,
its button does the same one batch per click. No request takes longer than one batch.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from directory.forms.imports import ImportConfirmForm, ImportUploadForm
from directory.imports.batches import BATCH_SIZE, run_step
from directory.models import ImportJob, ImportRow

ROWS_PER_PAGE = 100
RECENT_JOBS = 10


def can_import(user):
    return user.has_perm("directory.add_enterprise")


def can_publish(user):
    return user.has_perm("directory.publish_enterprise")


class ImportPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_job(self, pk):
        return get_object_or_404(ImportJob, pk=pk, created_by=self.request.user)


class ImportBreadcrumbsMixin:
    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailsnippets_directory_enterprise:list"),
                "label": _("Enterprises"),
            },
            {"url": reverse("directory_import"), "label": _("Import enterprises")},
            *self.extra_breadcrumbs(),
        ]

    def extra_breadcrumbs(self):
        return []


class ImportUploadView(
    ImportPermissionMixin, ImportBreadcrumbsMixin, WagtailAdminTemplateMixin, FormView
):
    template_name = "directory/admin/import_upload.html"
    form_class = ImportUploadForm
    page_title = gettext_lazy("Import enterprises")
    header_icon = "upload"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["recent_jobs"] = ImportJob.objects.filter(created_by=self.request.user)[
            :RECENT_JOBS
        ]
        context["batch_size"] = BATCH_SIZE
        return context

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        text, delimiter, count = form.enterprise_file
        figures_text, figures_delimiter = form.figures_file or ("", ",")
        job = ImportJob.objects.create(
            created_by=self.request.user,
            file_name=form.cleaned_data["enterprises"].name[:255],
            content=text,
            delimiter=delimiter,
            total=count,
            has_figures=form.figures_file is not None,
            figures_file_name=(
                form.cleaned_data["figures"].name[:255] if form.figures_file else ""
            ),
            figures_content=figures_text,
            figures_delimiter=figures_delimiter,
        )
        return redirect("directory_import_job", pk=job.pk)


def progress(job):
    done = job.position if job.is_running else job.total
    return {
        "status": job.status,
        "status_label": str(job.get_status_display()),
        "done": done,
        "total": job.total,
        "finished": not job.is_running,
    }


class ImportJobView(
    ImportPermissionMixin, ImportBreadcrumbsMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Where a job stands: its progress while it runs, the per-row report once checked."""

    template_name = "directory/admin/import_job.html"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        self.job = self.get_job(kwargs["pk"])
        return super(ImportPermissionMixin, self).dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Import of %(file)s") % {"file": self.job.file_name}

    def extra_breadcrumbs(self):
        return [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = self.job
        context.update(job=job, progress=progress(job), batch_size=BATCH_SIZE)
        if job.is_running:
            return context
        rows = job.rows.select_related("enterprise")
        shown = self.request.GET.get("show", "")
        field = "plan" if job.status == ImportJob.Status.CHECKED else "outcome"
        choices = ImportRow.Plan if field == "plan" else ImportRow.Outcome
        counts = dict(job.rows.values_list(field).annotate(count=Count("pk")))
        context["counts"] = [
            {"value": value, "label": label, "count": counts.get(value, 0)}
            for value, label in choices.choices
        ]
        if shown in choices.values:
            rows = rows.filter(**{field: shown})
        context["shown"] = shown
        context["page"] = Paginator(rows, ROWS_PER_PAGE).get_page(self.request.GET.get("p"))
        if job.status == ImportJob.Status.CHECKED:
            context["confirm_form"] = ImportConfirmForm(can_publish=can_publish(self.request.user))
        return context


class ImportStepView(ImportPermissionMixin, View):
    """One batch of the job's current stage; JSON for the status page's script."""

    def post(self, request, pk):
        job = run_step(self.get_job(pk).pk, request.user)
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse(progress(job))
        return redirect("directory_import_job", pk=job.pk)


class ImportConfirmView(ImportPermissionMixin, View):
    def post(self, request, pk):
        job = self.get_job(pk)
        if job.status != ImportJob.Status.CHECKED:
            # A second click on "Import", or an old tab: the job page shows where it stands.
            messages.warning(request, _("This import had already been confirmed."))
            return redirect("directory_import_job", pk=job.pk)
        form = ImportConfirmForm(request.POST, can_publish=can_publish(request.user))
        if not form.is_valid():
            return HttpResponseBadRequest(_("The confirmation form was not filled in properly."))
        job.publish = form.cleaned_data.get("publish", False)
        job.include_duplicates = form.cleaned_data["include_duplicates"]
        job.status = ImportJob.Status.IMPORTING
        job.position = 0
        job.confirmed_at = timezone.now()
        job.save()
        return redirect("directory_import_job", pk=job.pk)
