from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import WorkflowState
from wagtail.snippets.views.snippets import EditView

from directory import freshness
from directory.claims import approve_claim, can_be_claimed
from directory.emails import send_claim_approved, send_removal_done
from directory.forms.sector_merge import MergeSectorsForm
from directory.models import Enterprise, Submission
from directory.submissions import remove_listing


class MergeSectorsView(WagtailAdminTemplateMixin, FormView):
    """Fold several sectors into one: their enterprises keep a sector, the duplicates go."""

    template_name = "wagtailadmin/generic/form.html"
    form_class = MergeSectorsForm
    page_title = gettext_lazy("Merge sectors")
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


class ConfirmRemovalView(WagtailAdminTemplateMixin, TemplateView):
    """An editor confirms an owner's removal request: listing, logos and contacts are deleted."""

    template_name = "directory/admin/confirm_removal.html"
    page_title = gettext_lazy("Confirm removal")
    header_icon = "bin"

    def dispatch(self, request, pk, *args, **kwargs):
        if not request.user.has_perm("directory.delete_enterprise"):
            raise PermissionDenied
        self.submission = get_object_or_404(
            Submission.objects.select_related("enterprise"), pk=pk, kind=Submission.Kind.REMOVAL
        )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailsnippets_directory_submission:list"),
                "label": _("Submissions"),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["submission"] = self.submission
        return context

    def post(self, request, *args, **kwargs):
        contact = self.submission
        name = remove_listing(self.submission.enterprise)
        send_removal_done(name, contact)
        messages.success(
            request, _("“%(name)s” and its contacts' personal data were deleted.") % {"name": name}
        )
        return redirect("wagtailsnippets_directory_submission:list")


class EnterpriseEditView(EditView):
    """Wagtail's edit view, where a moderation decision is taken once however often it is sent."""

    def post(self, request, *args, **kwargs):
        if not request.POST.get("action-workflow-action"):
            return super().post(request, *args, **kwargs)
        with transaction.atomic():
            # Of two clicks on "Approve and publish" sent together, the first locks the review
            # and decides; the second waits, then finds it decided and changes nothing.
            open_review = list(
                WorkflowState.objects.for_instance(self.object)
                .filter(status=WorkflowState.STATUS_IN_PROGRESS)
                .select_for_update()
                .values_list("pk", flat=True)
            )
            if not open_review:
                messages.info(
                    request,
                    _(
                        "This listing had already been reviewed, so nothing was changed: "
                        "here it is as it stands now."
                    ),
                )
                return redirect(self.get_edit_url())
            return super().post(request, *args, **kwargs)


def submissions_breadcrumbs(view):
    return [
        *view.breadcrumbs_items,
        {"url": reverse("wagtailsnippets_directory_submission:list"), "label": _("Submissions")},
        {"url": "", "label": view.page_title},
    ]


class ReviewClaimView(WagtailAdminTemplateMixin, TemplateView):
    """An editor approves a claim: the claimant becomes the owner on record and receives the
    link to update the listing. Declining is deleting the claim from the submissions."""

    template_name = "directory/admin/review_claim.html"
    page_title = gettext_lazy("Review ownership claim")
    header_icon = "user"

    def dispatch(self, request, pk, *args, **kwargs):
        if not request.user.has_perm("directory.change_enterprise"):
            raise PermissionDenied
        self.claim = get_object_or_404(
            Submission.objects.select_related("enterprise"), pk=pk, kind=Submission.Kind.CLAIM
        )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return submissions_breadcrumbs(self)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["claim"] = self.claim
        context["owned"] = not self.claim.claim_approved_at and not can_be_claimed(
            self.claim.enterprise
        )
        context["delete_url"] = reverse(
            "wagtailsnippets_directory_submission:delete", args=[self.claim.pk]
        )
        return context

    def post(self, request, *args, **kwargs):
        claim, approved_now = approve_claim(self.claim)
        name = claim.enterprise.name
        if not approved_now:
            messages.info(request, _("This claim had already been approved."))
        elif send_claim_approved(claim.enterprise, claim):
            messages.success(
                request,
                _(
                    "%(person)s is now the contact on record for “%(name)s” and was sent a link "
                    "to update it."
                )
                % {"person": claim.submitter_name, "name": name},
            )
        else:
            messages.warning(
                request,
                _(
                    "%(person)s is now the contact on record for “%(name)s”, but the e-mail with "
                    "the update link could not be sent: they can ask for one with “Update your "
                    "listing” on the listing's page."
                )
                % {"person": claim.submitter_name, "name": name},
            )
        return redirect("wagtailsnippets_directory_submission:list")


class MarkReviewedView(WagtailAdminTemplateMixin, TemplateView):
    """An editor vouches for a listing as it stands: it counts as confirmed today, and an
    archived one is restored to the directory."""

    template_name = "directory/admin/mark_reviewed.html"
    header_icon = "success"

    def dispatch(self, request, pk, *args, **kwargs):
        user = request.user
        if not (
            user.has_perm("directory.change_enterprise")
            and user.has_perm("directory.publish_enterprise")
        ):
            raise PermissionDenied
        self.enterprise = get_object_or_404(Enterprise.objects.live(), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    @property
    def page_title(self):
        if self.enterprise.archived_at:
            return _("Restore to the directory")
        return _("Mark as reviewed")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailsnippets_directory_enterprise:list"),
                "label": _("Enterprises"),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["enterprise"] = self.enterprise
        return context

    def post(self, request, *args, **kwargs):
        restored = self.enterprise.archived_at is not None
        freshness.confirm(self.enterprise)
        if restored:
            message = _("“%(name)s” is back in the directory, confirmed as of today.")
        else:
            message = _("“%(name)s” is marked as reviewed today.")
        messages.success(request, message % {"name": self.enterprise.name})
        return redirect("wagtailsnippets_directory_enterprise:list")
