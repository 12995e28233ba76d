from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem as AdminMenuItem
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.widgets import HeaderButton
from wagtail.models import WorkflowState
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from directory.admin_chooser import EnterpriseChooserViewSet
from directory.admin_filters import EnterpriseAdminFilterSet
from directory.models import (
    Certification,
    Enterprise,
    Indicator,
    Sector,
    Submission,
    SustainableDevelopmentGoal,
)
from directory.views.admin import (
    ConfirmRemovalView,
    EnterpriseEditView,
    MarkReviewedView,
    MergeSectorsView,
    ReviewClaimView,
)
from directory.views.imports import (
    ImportConfirmView,
    ImportJobView,
    ImportStepView,
    ImportUploadView,
    can_import,
)


class ListingStatusColumn(Column):
    """Live, draft, or awaiting review: what a visitor sees now and what waits for an editor."""

    def get_value(self, instance):
        if instance.in_moderation:
            return _("awaiting review")
        if instance.live and instance.archived_at:
            return _("archived")
        if instance.live:
            return _("live + draft") if instance.has_unpublished_changes else _("live")
        return _("draft")


class EnterpriseViewSet(SnippetViewSet):
    model = Enterprise
    icon = "site"
    menu_label = _("Enterprises")
    chooser_viewset_class = EnterpriseChooserViewSet
    edit_view_class = EnterpriseEditView
    list_display = [
        "name",
        Column("language", label=_("Language"), accessor="get_language_display"),
        ListingStatusColumn("status", label=_("Status")),
        Column("country", label=_("Country"), accessor="country.name"),
        "city",
        Column("origin", label=_("Origin"), accessor="get_origin_display"),
        Column("confirmation", label=_("Submitter confirmed"), accessor="confirmation_label"),
        BooleanColumn("is_featured", label=_("Featured")),
        DateColumn("last_reviewed", label=_("Reviewed")),
        DateColumn("last_confirmed_at", label=_("Last confirmed")),
    ]
    filterset_class = EnterpriseAdminFilterSet
    search_fields = ["name", "summary", "city", "region"]
    search_backend_name = None
    ordering = ["sort_name", "pk"]
    list_per_page = 50
    inspect_view_enabled = True

    def get_queryset(self, request):
        unconfirmed = Submission.objects.filter(
            enterprise=OuterRef("pk"), kind=Submission.Kind.NEW, confirmed_at__isnull=True
        )
        in_review = WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Enterprise),
            object_id=Cast(OuterRef("pk"), CharField()),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        return Enterprise.objects.annotate(
            awaiting_confirmation=Exists(unconfirmed), in_moderation=Exists(in_review)
        )


class RemovalColumn(Column):
    """A link to confirm an owner's removal request."""

    cell_template_name = "directory/admin/removal_cell.html"

    def get_value(self, instance):
        if instance.kind != Submission.Kind.REMOVAL:
            return ""
        return reverse("directory_confirm_removal", args=[instance.pk])


class ClaimColumn(Column):
    """A link to review an ownership claim, or when it was approved."""

    cell_template_name = "directory/admin/claim_cell.html"

    def get_value(self, instance):
        if instance.kind != Submission.Kind.CLAIM:
            return None
        return {
            "url": reverse("directory_review_claim", args=[instance.pk]),
            "approved": instance.claim_approved_at,
        }


class SectorIndexView(IndexView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        buttons.append(
            HeaderButton(
                _("Merge sectors"), url=reverse("directory_merge_sectors"), icon_name="resubmit"
            )
        )
        return buttons


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    index_view_class = SectorIndexView
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    search_backend_name = None


class GoalViewSet(SnippetViewSet):
    model = SustainableDevelopmentGoal
    icon = "pick"
    menu_label = _("Development goals")
    list_display = ["number", "name", "colour"]
    ordering = ["number"]


class CertificationViewSet(SnippetViewSet):
    model = Certification
    icon = "success"
    menu_label = _("Certifications")
    list_display = ["name", "slug"]


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Impact indicators")
    list_display = ["name", "unit", "code", "aggregation"]
    search_fields = ["name", "definition"]
    search_backend_name = None


class FailedMarkColumn(Column):
    """A mark where sending failed; nothing where it worked, so failures stand out."""

    def get_value(self, instance):
        return "⚠ " + str(_("Failed")) if instance.email_failed else ""


class ReceivedOnlyPolicy(ModelPermissionPolicy):
    """Submissions come from the public forms only; editors read and act on them."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class NoManualSubmissionView(CreateView):
    def dispatch(self, request, *args, **kwargs):
        raise Http404("Submissions arrive through the public forms.")


class SubmissionViewSet(SnippetViewSet):
    """Who sent what: new listings, updates and removal requests from the public."""

    model = Submission
    add_view_class = NoManualSubmissionView
    icon = "mail"
    menu_label = _("Submissions")
    list_display = [
        Column("enterprise", label=_("Enterprise"), accessor="enterprise"),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        "submitter_name",
        "submitter_email",
        DateColumn("created_at", label=_("Received")),
        BooleanColumn("is_confirmed", label=_("Confirmed")),
        FailedMarkColumn("email_failed", label=_("E-mail failed")),
        RemovalColumn("removal", label=_("Removal")),
        ClaimColumn("claim", label=_("Claim")),
    ]
    list_filter = ["kind", "email_failed"]
    search_fields = ["submitter_name", "submitter_email", "enterprise__name"]
    search_backend_name = None
    ordering = ["-created_at"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Submission.objects.select_related("enterprise")


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "site"
    menu_order = 200
    submenu_hook = "register_directory_menu_item"
    items = (
        EnterpriseViewSet,
        SubmissionViewSet,
        SectorViewSet,
        GoalViewSet,
        CertificationViewSet,
        IndicatorViewSet,
    )


register_permission_policy(Submission, ReceivedOnlyPolicy(Submission))
register_snippet(DirectoryGroup)


class ImportMenuItem(AdminMenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_directory_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import enterprises"), reverse("directory_import"), icon_name="upload", order=100
    )


@hooks.register("register_admin_urls")
def register_directory_admin_urls():
    return [
        path("directory/import/", ImportUploadView.as_view(), name="directory_import"),
        path("directory/import/<int:pk>/", ImportJobView.as_view(), name="directory_import_job"),
        path(
            "directory/import/<int:pk>/next/",
            ImportStepView.as_view(),
            name="directory_import_step",
        ),
        path(
            "directory/import/<int:pk>/confirm/",
            ImportConfirmView.as_view(),
            name="directory_import_confirm",
        ),
        path(
            "directory/merge-sectors/", MergeSectorsView.as_view(), name="directory_merge_sectors"
        ),
        path(
            "directory/claims/<int:pk>/",
            ReviewClaimView.as_view(),
            name="directory_review_claim",
        ),
        path(
            "directory/enterprises/<int:pk>/reviewed/",
            MarkReviewedView.as_view(),
            name="directory_mark_reviewed",
        ),
        path(
            "directory/removals/<int:pk>/confirm/",
            ConfirmRemovalView.as_view(),
            name="directory_confirm_removal",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def freshness_listing_buttons(snippet, user, next_url=None):
    """ "Mark as reviewed" on a live listing, "Restore to the directory" on an archived one."""
    if not isinstance(snippet, Enterprise) or not snippet.live:
        return
    if not (
        user.has_perm("directory.change_enterprise")
        and user.has_perm("directory.publish_enterprise")
    ):
        return
    url = reverse("directory_mark_reviewed", args=[snippet.pk])
    if snippet.archived_at:
        yield MenuItem(_("Restore to the directory"), url, icon_name="undo", priority=30)
    else:
        yield MenuItem(_("Mark as reviewed"), url, icon_name="success", priority=30)
