"""Editors hear once about each item sent for review.

Wagtail e-mails superusers twice about one submission: once because a workflow started
("submitted to workflow") and once because its group-approval task started ("submitted for
approval"), and the task e-mail already goes to every superuser, with a preview link.

A bulk import sends hundreds of listings for review at once: inside `quiet_reviews()` neither
e-mail is sent, and the reviewers find the listings in their list of work awaiting review.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import AbstractGroupApprovalTask, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted

# Wagtail's own registrations of the two e-mails; taking their place keeps one of the two.
WAGTAIL_DISPATCH_UID = "workflow_state_submitted_email_notification"
WAGTAIL_TASK_DISPATCH_UID = "group_approval_task_submitted_email_notification"

_quiet = ContextVar("quiet_reviews", default=False)


@contextmanager
def quiet_reviews():
    """No review e-mails for what is sent for review inside this block."""
    token = _quiet.set(True)
    try:
        yield
    finally:
        _quiet.reset(token)


class TaskSubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Wagtail's task e-mail, unless the review was started quietly."""

    def can_handle(self, instance, **kwargs):
        return not _quiet.get() and super().can_handle(instance, **kwargs)


class WorkflowSubmissionNotifier(WorkflowStateSubmissionEmailNotifier):
    """The workflow e-mail, sent only when no group-approval task e-mail reaches superusers."""

    def can_handle(self, instance, **kwargs):
        if _quiet.get() or not super().can_handle(instance, **kwargs):
            return False
        task_state = instance.current_task_state
        told_by_task = task_state is not None and isinstance(
            task_state.task.specific, AbstractGroupApprovalTask
        )
        return not (
            told_by_task and getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True)
        )


workflow_submission_notifier = WorkflowSubmissionNotifier()
task_submission_notifier = TaskSubmissionNotifier()


def connect():
    """Replace Wagtail's receiver whether Wagtail's admin app is ready before or after this one."""
    workflow_submitted.disconnect(sender=WorkflowState, dispatch_uid=WAGTAIL_DISPATCH_UID)
    workflow_submitted.connect(
        workflow_submission_notifier, sender=WorkflowState, dispatch_uid=WAGTAIL_DISPATCH_UID
    )
    task_submitted.disconnect(sender=TaskState, dispatch_uid=WAGTAIL_TASK_DISPATCH_UID)
    task_submitted.connect(
        task_submission_notifier, sender=TaskState, dispatch_uid=WAGTAIL_TASK_DISPATCH_UID
    )
