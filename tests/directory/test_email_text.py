"""E-mails are plain text: names arrive as typed, never HTML-escaped, and a subject stays on one
line whatever a name contains, so no name can add a header."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail

from directory import emails
from directory.submissions import request_removal, start_moderation
from tests.directory.factories import EnterpriseFactory, SubmissionFactory
from tests.directory.submission_helpers import OWNER

QUOTED = 'Café "L\'Atelier" <b>&</b>'
INJECTION = "Kringloop\r\nBcc: victim@example.org\nX-Injected: yes"


def listing_named(name):
    enterprise = EnterpriseFactory(name=name, origin="public")
    contact = SubmissionFactory(enterprise=enterprise, submitter_email=OWNER, confirmed=True)
    return enterprise, contact


def send_every_kind(enterprise, contact):
    """Each e-mail the directory sends, to the owner or the editors."""
    emails.send_confirmation(contact)
    emails.send_update_link(enterprise, contact)
    emails.send_approved(enterprise, contact)
    emails.send_changes_requested(enterprise, contact, comment=f"About {enterprise.name}")
    removal, _editors_to_hear = request_removal(enterprise, contact, "Closing")
    emails.notify_editors_of_removal(removal)
    emails.send_removal_done(enterprise.name, contact)


def every_kind_of_mail_about(name):
    """The six e-mails the directory sends about a listing, for a listing of that name."""
    send_every_kind(*listing_named(name))
    assert len(mail.outbox) == 6
    return mail.outbox


@pytest.mark.django_db
def test_names_in_subjects_and_bodies_are_as_typed(directory_page, directory_editor):
    for message in every_kind_of_mail_about(QUOTED):
        assert QUOTED in message.subject, message.subject
        assert QUOTED in message.body
        for entity in ("&quot;", "&#x27;", "&#39;", "&lt;", "&amp;"):
            assert entity not in message.subject + message.body
    link = next(message for message in mail.outbox if "link to update" in message.subject)
    assert link.subject == f"Your link to update {QUOTED}"


@pytest.mark.django_db
def test_a_newline_in_a_name_adds_no_header(directory_page, directory_editor):
    for message in every_kind_of_mail_about(INJECTION):
        assert "\n" not in message.subject and "\r" not in message.subject
        assert "Kringloop Bcc: victim@example.org X-Injected: yes" in message.subject
        headers = message.message()
        assert headers["Bcc"] is None and headers["X-Injected"] is None
        assert "victim@example.org" not in message.recipients()


@pytest.mark.django_db
def test_editors_hear_of_a_review_whatever_the_name(directory_page, directory_editor):
    enterprise, _contact = listing_named(INJECTION)
    enterprise.save_revision()
    start_moderation(enterprise)
    notices = [message for message in mail.outbox if directory_editor.email in message.to]
    assert len(notices) == 1
    assert "\n" not in notices[0].subject
    assert "Kringloop Bcc: victim@example.org" in notices[0].subject


def test_every_e_mail_template_is_plain_text():
    """A new e-mail's templates escape nothing either: each turns autoescaping off."""
    folder = Path(settings.BASE_DIR) / "templates" / "directory" / "email"
    templates = sorted(folder.glob("*.txt"))
    assert len(templates) == 18
    for template in templates:
        assert "{% autoescape off %}" in template.read_text(encoding="utf-8"), template.name
