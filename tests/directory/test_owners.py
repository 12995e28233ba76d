"""Owners update or remove their listing through signed links; editors moderate every change."""

import datetime

import pytest
from django.core import mail, signing
from wagtail.models import WorkflowState

from directory import tokens
from directory.models import Enterprise, Submission
from tests.directory.factories import EnterpriseFactory
from tests.directory.submission_helpers import (
    OWNER,
    approve,
    last_mail_to,
    link_in,
    submission_data,
)

pytestmark = pytest.mark.django_db
NEUTRAL = "is the address on record for this listing, we have sent it a link"


@pytest.fixture
def listing(owner_listing):
    return owner_listing(
        innovations=[
            {
                "title": "Repair line",
                "description": "Fixing chairs.",
                "year": 2019,
                "stage": "pilot",
            }
        ],
    )


def ask_for_link(client, enterprise, email):
    return client.post(f"/en/directory/{enterprise.slug}/update/", {"email": email})


def test_every_profile_offers_to_update_the_listing(client, listing):
    body = client.get(f"/en/directory/{listing.slug}/").content.decode()
    assert f'href="/en/directory/{listing.slug}/update/"' in body


def test_the_owner_gets_a_link_and_anyone_else_the_same_answer(client, listing):
    known = ask_for_link(client, listing, OWNER.upper())
    assert NEUTRAL in known.content.decode()
    assert len(mail.outbox) == 1
    assert link_in(mail.outbox[0], "/en/directory/update/")
    unknown = ask_for_link(client, listing, "someone@else.example")
    assert unknown.status_code == known.status_code == 200
    assert NEUTRAL in unknown.content.decode()
    assert len(mail.outbox) == 1


def test_a_listing_without_contact_gives_the_same_answer(client, directory_page):
    demo = EnterpriseFactory(name="Demo Only", origin="demo")
    assert NEUTRAL in ask_for_link(client, demo, "anyone@example.org").content.decode()
    assert mail.outbox == []


def test_update_link_requests_are_rate_limited(client, listing, settings):
    settings.DIRECTORY_UPDATE_LINK_RATE = (2, 3600)
    ask_for_link(client, listing, OWNER)
    ask_for_link(client, listing, OWNER)
    response = ask_for_link(client, listing, OWNER)
    assert response.status_code == 429
    assert "Please try again in" in response.content.decode()
    assert len(mail.outbox) == 2


def test_an_update_is_moderated_and_the_live_profile_waits(client, listing, directory_editor):
    ask_for_link(client, listing, OWNER)
    link = link_in(last_mail_to(OWNER), "/en/directory/update/")
    form = client.get(link)
    assert form.context["forms"]["profile"]["summary"].value() == "The live summary."
    assert form.context["forms"]["innovations"].forms[0]["title"].value() == "Repair line"

    data = submission_data(
        **{
            "profile-name": "Kringloop Zuid",
            "profile-summary": "A new summary, waiting for review.",
            "innovations-0-title": "Repair line",
            "innovations-0-description": "Fixing chairs and tables.",
            "innovations-INITIAL_FORMS": "1",
        }
    )
    response = client.post(link, data)
    assert response.status_code == 200, response.context.get("errors")
    assert "The live summary." in client.get(f"/en/directory/{listing.slug}/").content.decode()
    state = WorkflowState.objects.for_instance(listing).get(status="in_progress")
    assert (
        state.current_task_state.revision.as_object().summary
        == "A new summary, waiting for review."
    )
    assert Submission.objects.filter(enterprise=listing, kind="update").exists()

    mail.outbox.clear()
    approve(client, directory_editor, listing)
    profile = client.get(f"/en/directory/{listing.slug}/").content.decode()
    assert "A new summary, waiting for review." in profile
    assert "Fixing chairs and tables." in profile
    assert "now public" in last_mail_to(OWNER).body


def test_an_invalid_update_keeps_what_was_typed_and_changes_nothing(
    client, listing, directory_address
):
    link = tokens.update_token(listing, OWNER)
    response = client.post(
        directory_address("update", link),
        submission_data(**{"profile-name": "Kringloop Zuid", "profile-summary": "x" * 300}),
    )
    assert response.status_code == 400
    assert "Ensure this value has at most 200 characters" in response.content.decode()
    assert response.context["forms"]["profile"]["summary"].value() == "x" * 300
    assert listing.revisions.count() == 1
    assert not WorkflowState.objects.exists()


def test_a_link_opens_only_its_own_listing(client, listing, directory_page, directory_address):
    other = EnterpriseFactory(name="Someone Else")
    token = tokens.update_token(listing, OWNER)
    payload = signing.loads(token, salt=tokens.UPDATE_SALT)
    payload["enterprise"] = other.pk
    forged = signing.dumps(payload, salt="not-the-site's-salt")
    response = client.get(directory_address("update", forged))
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    # A confirmation link is no key to the update form either.
    submission = listing.submissions.get()
    response = client.get(directory_address("update", tokens.confirmation_token(submission)))
    assert response.status_code == 400
    # And a valid link for one listing edits that listing.
    own = client.get(directory_address("update", token))
    assert own.context["enterprise"] == listing


def test_a_link_for_an_address_no_longer_on_record_is_refused(client, listing, directory_address):
    token = tokens.update_token(listing, "former@kringloop.example")
    response = client.get(directory_address("update", token))
    assert response.status_code == 403
    assert "no longer opens this listing" in response.content.decode()


def test_an_expired_update_link_says_so(client, listing, monkeypatch, directory_address):
    token = tokens.update_token(listing, OWNER)
    monkeypatch.setattr(tokens, "LINK_LIFETIME", datetime.timedelta(seconds=-1))
    response = client.get(directory_address("update", token))
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()


def test_removal_is_requested_by_the_owner_and_confirmed_by_an_editor(
    client, listing, directory_editor, directory_address
):
    token = tokens.update_token(listing, OWNER)
    refused = client.post(directory_address("request_removal", token), {"reason": "Closing down"})
    assert refused.status_code == 400
    assert "Tick the box to confirm" in refused.content.decode()
    assert not Submission.objects.filter(kind="removal").exists()

    response = client.post(
        directory_address("request_removal", token),
        {"reason": "Closing down", "confirm": "on"},
    )
    assert "Your removal request is with the editors" in response.content.decode()
    request = Submission.objects.get(kind="removal")
    notice = last_mail_to("moderator@example.org")
    assert "Closing down" in notice.body
    assert Enterprise.objects.filter(pk=listing.pk).exists()

    client.force_login(directory_editor)
    confirm_url = link_in(notice, "/admin/directory/removals/")
    assert "Yes, remove the listing" in client.get(confirm_url).content.decode()
    client.post(confirm_url)
    assert not Enterprise.objects.filter(pk=listing.pk).exists()
    assert not Submission.objects.filter(submitter_email=OWNER).exists()
    assert "has been removed" in last_mail_to(OWNER).subject
    assert request.pk and client.get(f"/en/directory/{listing.slug}/").status_code == 404
