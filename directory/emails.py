"""E-mails to submitters and editors: plain text, links built from the site's public base URL."""

import logging
from email.utils import formataddr

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from directory import tokens
from directory.addresses import route_url
from directory.models import Enterprise, Submission
from directory.submissions import contact_for
from home.models import SiteSettings
from showcase.tasks import AFTER_RESPONSE

logger = logging.getLogger(__name__)


def absolute(url):
    """A link for an e-mail: on the site's public base URL, unless it already names a site."""
    if "://" in url:
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def sender():
    """The site's contact address, which editors set in the site settings, else the default."""
    contact = SiteSettings.load().contact_email
    if not contact:
        return settings.DEFAULT_FROM_EMAIL
    return formataddr((settings.WAGTAIL_SITE_NAME, contact))


def _send(template, recipients, context):
    """Sends one e-mail, written in the language active when it is called."""
    subject = " ".join(render_to_string(f"directory/email/{template}_subject.txt", context).split())
    body = render_to_string(f"directory/email/{template}.txt", context)
    try:
        send_mail(subject, body, sender(), recipients, fail_silently=False)
    except Exception:
        # The submission is already stored; a failed e-mail must not lose it or show a 500.
        logger.exception("Could not send the %s e-mail (submission kept)", template)
        return False
    return True


def in_language(contact, language=None):
    """Writes what follows, links included, in the language the submitter used the site in
    (or the one they are using now, when they asked for this e-mail)."""
    return translation.override(
        language or getattr(contact, "language", "") or settings.LANGUAGE_CODE
    )


def send_confirmation(submission):
    token = tokens.confirmation_token(submission)
    with in_language(submission):
        link = absolute(route_url("confirm", token))
        return _send(
            "confirm_submission",
            [submission.submitter_email],
            {"submission": submission, "enterprise": submission.enterprise, "link": link},
        )


def update_link(enterprise, email):
    return absolute(route_url("update", tokens.update_token(enterprise, email)))


def send_update_link(enterprise, contact, language=None):
    with in_language(contact, language):
        return _send(
            "update_link",
            [contact.submitter_email],
            {
                "enterprise": enterprise,
                "contact": contact,
                "link": update_link(enterprise, contact.submitter_email),
            },
        )


@task(backend=AFTER_RESPONSE)
def send_update_link_if_owner(enterprise_id, email, language=None):
    """The link, if `email` is the owner's: looked up after the answer has gone, so that how
    long the answer took cannot tell whether the address is on record."""
    enterprise = Enterprise.objects.filter(pk=enterprise_id).first()
    contact = contact_for(enterprise, email) if enterprise is not None else None
    if contact is not None:
        send_update_link(enterprise, contact, language)


def send_approved(enterprise, contact):
    with in_language(contact):
        return _send(
            "approved",
            [contact.submitter_email],
            {"enterprise": enterprise, "contact": contact, "link": absolute(enterprise.get_url())},
        )


def send_changes_requested(enterprise, contact, comment):
    with in_language(contact):
        return _send(
            "changes_requested",
            [contact.submitter_email],
            {
                "enterprise": enterprise,
                "contact": contact,
                "comment": comment,
                "link": update_link(enterprise, contact.submitter_email),
            },
        )


def send_removal_done(name, contact):
    with in_language(contact):
        return _send("removal_done", [contact.submitter_email], {"name": name})


def directory_editor_emails():
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    editors = users.filter(groups__name="Directory editors") | users.filter(is_superuser=True)
    return sorted(set(editors.values_list("email", flat=True)))


def _notify_editors(template, submission, view_name):
    """Tells the directory's editors that `submission` waits for them at `view_name`."""
    recipients = directory_editor_emails()
    if not recipients:
        logger.warning(
            "No directory editor has an e-mail address; %s %s waits", template, submission.pk
        )
        return False
    # Editors read the admin's language, the site's default.
    with translation.override(settings.LANGUAGE_CODE):
        link = absolute(reverse(view_name, args=[submission.pk]))
        return _send(template, recipients, {"submission": submission, "link": link})


def notify_editors_of_removal(submission):
    return _notify_editors("removal_requested", submission, "directory_confirm_removal")


@task(backend=AFTER_RESPONSE)
def notify_editors_of_removal_later(submission_id):
    submission = Submission.objects.select_related("enterprise").filter(pk=submission_id).first()
    if submission is not None:
        notify_editors_of_removal(submission)


# Freshness and claims ----------------------------------------------------------------------


def send_still_right(enterprise, contact):
    """The yearly "Is this still right?": a one-click confirmation and the usual update link."""
    with in_language(contact):
        token = tokens.still_right_token(enterprise, contact.submitter_email)
        return _send(
            "still_right",
            [contact.submitter_email],
            {
                "enterprise": enterprise,
                "contact": contact,
                "archived": enterprise.archived_at is not None,
                "profile_link": absolute(enterprise.get_url()),
                "confirm_link": absolute(route_url("still_right", token)),
                "update_link": update_link(enterprise, contact.submitter_email),
            },
        )


def send_claim_approved(enterprise, claim):
    """The claimant is now the owner on record: the update link, as owners receive it."""
    with in_language(claim):
        return _send(
            "claim_approved",
            [claim.submitter_email],
            {
                "enterprise": enterprise,
                "contact": claim,
                "link": update_link(enterprise, claim.submitter_email),
            },
        )


def notify_editors_of_claim(submission):
    return _notify_editors("claim_received", submission, "directory_review_claim")


@task(backend=AFTER_RESPONSE)
def notify_editors_of_claim_later(submission_id):
    submission = Submission.objects.select_related("enterprise").filter(pk=submission_id).first()
    if submission is not None:
        notify_editors_of_claim(submission)
