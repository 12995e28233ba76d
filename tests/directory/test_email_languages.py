"""E-mails reach submitters and owners in the language they used the site in."""

import pytest
from django.core import mail
from django.utils import translation

from directory import emails
from directory.models import Submission
from directory.submissions import request_removal
from tests.directory.factories import EnterpriseFactory, SubmissionFactory
from tests.directory.submission_helpers import (
    OWNER,
    SUBMITTER,
    last_mail_to,
    link_in,
    submission_data,
)

pytestmark = pytest.mark.django_db


def english_and_translated(message, language):
    with translation.override(language):
        return message, translation.gettext(message)


def test_a_listing_sent_in_dutch_is_confirmed_in_dutch(client, directory_page):
    client.post("/nl/directory/submit/", submission_data())
    submission = Submission.objects.get()
    assert submission.language == "nl"

    message = last_mail_to(SUBMITTER)
    with translation.override("nl"):
        expected = translation.gettext("Please confirm your listing of %(name)s") % {
            "name": "Fietsherstel Noord"
        }
    assert message.subject == expected
    assert "Please confirm" not in message.subject
    confirm = link_in(message, "/nl/directory/submit/confirm/")
    landed = client.post(confirm, follow=True)
    assert landed.status_code == 200
    assert '<html lang="nl">' in landed.content.decode()
    Submission.objects.get(confirmed_at__isnull=False)


def test_every_e_mail_to_a_french_owner_is_in_french_and_links_to_french_pages(
    directory_page, directory_editor
):
    enterprise = EnterpriseFactory(name="Atelier Vent d'Ouest", origin="public")
    contact = SubmissionFactory(
        enterprise=enterprise, submitter_email="contact@vent.example", confirmed=True
    )
    contact.language = "fr"
    contact.save()

    emails.send_confirmation(contact)
    emails.send_update_link(enterprise, contact)
    emails.send_approved(enterprise, contact)
    emails.send_changes_requested(enterprise, contact, comment="Merci")
    removal, _editors = request_removal(enterprise, contact, "Fermeture")
    emails.notify_editors_of_removal(removal)
    emails.send_removal_done(enterprise.name, contact)

    to_owner = [message for message in mail.outbox if "contact@vent.example" in message.to]
    assert len(to_owner) == 5
    for message in to_owner:
        assert "http" not in message.body or "/fr/" in message.body, message.body
        assert "/en/" not in message.body
        for english in (" the ", " your ", " you "):
            assert english not in f" {message.subject} {message.body} ".lower(), message.body
    # Editors read the admin in the site's default language.
    to_editors = [message for message in mail.outbox if message not in to_owner]
    assert len(to_editors) == 1
    assert "/fr/" not in to_editors[0].body


def test_an_owners_update_request_is_answered_in_the_language_of_the_request(client, owner_listing):
    enterprise = owner_listing()
    client.post(f"/fr/directory/{enterprise.slug}/update/", {"email": OWNER})
    message = last_mail_to(OWNER)
    assert "/fr/directory/update/" in message.body
