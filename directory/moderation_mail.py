"""Editors hear once about each item sent for review.

Wagtail e-mails superusers twice about one submission: once because a workflow started
("submitted to workflow") and once because its group-approval task started ("submitted for
approval"), and the task e-mail already goes to every superuser, with a preview link.
"""

from django.conf import settings
from wagtail.admin.mail import WorkflowStateSubmissionEmailNotifier
from wagtail.models import AbstractGroupApprovalTask, WorkflowState
from wagtail.signals import workflow_submitted

# Wagtail's own registration of the workflow e-mail; taking its place keeps one of the two.
WAGTAIL_DISPATCH_UID = "workflow_state_submitted_email_notification"


class WorkflowSubmissionNotifier(WorkflowStateSubmissionEmailNotifier):
    """The workflow e-mail, sent only when no group-approval task e-mail reaches superusers."""

    def can_handle(self, instance, **kwargs):
        if not super().can_handle(instance, **kwargs):
            return False
        task_state = instance.current_task_state
        told_by_task = task_state is not None and isinstance(
            task_state.task.specific, AbstractGroupApprovalTask
        )
        return not (
            told_by_task and getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True)
        )


workflow_submission_notifier = WorkflowSubmissionNotifier()


def connect():
    """Replace Wagtail's receiver whether Wagtail's admin app is ready before or after this one."""
    workflow_submitted.disconnect(sender=WorkflowState, dispatch_uid=WAGTAIL_DISPATCH_UID)
    workflow_submitted.connect(
        workflow_submission_notifier, sender=WorkflowState, dispatch_uid=WAGTAIL_DISPATCH_UID
    )
