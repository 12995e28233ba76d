"""One update link is no licence to flood: owners' edits and removal requests are limited per link
and per address, one update at a time waits for review, and editors hear once per review."""

import pytest
from django.core import mail
from wagtail.models import WorkflowState

from directory import tokens
from directory.models import Submission
from home.models import CustomImage
from tests.directory.factories import EnterpriseFactory, SubmissionFactory
from tests.directory.submission_helpers import (
    OWNER,
    approve,
    image_bytes,
    submission_data,
    upload,
)

pytestmark = pytest.mark.django_db
HOME = "198.51.100.7"
OFFICE = "198.51.100.8"
EDITOR = "moderator@example.org"


@pytest.fixture
def listing(owner_listing):
    return owner_listing()


@pytest.fixture
def link(listing, directory_address):
    return directory_address("update", tokens.update_token(listing, OWNER))


@pytest.fixture
def removal_link(listing, directory_address):
    return directory_address("request_removal", tokens.update_token(listing, OWNER))


def update(client, link, summary, logo=None, address=HOME, name="Kringloop Zuid"):
    data = submission_data(**{"profile-name": name, "profile-summary": summary})
    data["message"] = f"Note: {summary}"
    if logo is not None:
        data["profile-logo"] = upload("logo.png", image_bytes(colour=logo))
    return client.post(link, data, REMOTE_ADDR=address)


def ask_for_removal(client, link, reason, address=HOME):
    return client.post(link, {"reason": reason, "confirm": "on"}, REMOTE_ADDR=address)


def editor_mails():
    return [message for message in mail.outbox if EDITOR in message.to]


def test_updates_through_one_link_are_limited_and_the_refusal_keeps_the_changes(
    client, settings, listing, link, directory_editor, directory_address
):
    limit, _window = settings.DIRECTORY_OWNER_UPDATE_RATE
    assert limit < 10
    statuses = [update(client, link, f"Summary {n}", logo=(n, 0, 0)).status_code for n in range(10)]
    assert statuses == [200] * limit + [429] * (10 - limit)

    refused = update(client, link, "Typed after the limit")
    page = refused.content.decode()
    assert refused.status_code == 429
    assert "Please try again in 60 minutes." in page
    assert refused.context["forms"]["profile"]["summary"].value() == "Typed after the limit"
    assert "Note: Typed after the limit</textarea>" in page
    # A new link to the same listing and owner, from elsewhere, is still the same owner.
    fresh = directory_address("update", tokens.update_token(listing, OWNER))
    assert update(client, fresh, "From the office", address=OFFICE).status_code == 429
    # What the ten tries left for the editors: one update, one image, one notification.
    assert Submission.objects.filter(enterprise=listing, kind="update").count() == 1
    assert listing.revisions.count() == 2
    assert CustomImage.objects.count() == 1
    assert len(editor_mails()) == 1


def test_one_address_is_limited_across_listings(client, settings, listing, link, directory_address):
    settings.DIRECTORY_OWNER_UPDATE_RATE = (2, 3600)
    other = EnterpriseFactory(name="Repair Café Oost", origin="public")
    SubmissionFactory(enterprise=other, submitter_email=OWNER, confirmed=True)
    other_link = directory_address("update", tokens.update_token(other, OWNER))
    assert update(client, link, "First").status_code == 200
    assert update(client, link, "Second").status_code == 200
    refused = update(client, other_link, "Third", name="Repair Café Oost")
    assert refused.status_code == 429
    assert refused.context["forms"]["profile"]["name"].value() == "Repair Café Oost"
    assert (
        update(client, other_link, "Third", name="Repair Café Oost", address=OFFICE).status_code
        == 200
    )


def test_removal_requests_are_limited_and_the_refusal_keeps_the_reason(
    client, settings, removal_link, listing, directory_editor
):
    limit, _window = settings.DIRECTORY_REMOVAL_REQUEST_RATE
    assert limit < 10
    statuses = [ask_for_removal(client, removal_link, f"Reason {n}").status_code for n in range(10)]
    assert statuses == [200] * limit + [429] * (10 - limit)
    refused = ask_for_removal(client, removal_link, "We are closing", address=OFFICE)
    assert refused.status_code == 429
    assert "Please try again in" in refused.content.decode()
    assert refused.context["removal_form"]["reason"].value() == "We are closing"
    assert refused.context["removal_form"]["confirm"].value()
    # One request waits for the editors, with the latest reason, and they heard of it once.
    waiting = Submission.objects.get(enterprise=listing, kind="removal")
    assert waiting.message == f"Reason {limit - 1}"
    assert len(editor_mails()) == 1


def test_a_new_update_replaces_the_one_waiting_for_review(
    client, listing, link, directory_editor, django_capture_on_commit_callbacks
):
    update(client, link, "First try", logo=(200, 0, 0))
    first_logo = CustomImage.objects.get()
    update(client, link, "Second try, same logo")
    assert CustomImage.objects.get() == first_logo  # still the waiting update's logo
    with django_capture_on_commit_callbacks(execute=True):  # the file goes once all is saved
        update(client, link, "Third try", logo=(0, 200, 0))

    waiting = Submission.objects.get(enterprise=listing, kind="update")
    assert waiting.message == "Note: Third try"
    state = WorkflowState.objects.for_instance(listing).get(status="in_progress")
    proposal = state.current_task_state.revision.as_object()
    assert proposal.summary == "Third try"
    assert listing.revisions.count() == 2
    # The first logo is used nowhere any more: it is deleted, file and all.
    assert list(CustomImage.objects.all()) == [proposal.logo]
    assert not first_logo.file.storage.exists(first_logo.file.name)
    assert len(editor_mails()) == 1

    # Once the editors have decided, the next update is a new review, and they hear of it.
    approve(client, directory_editor, listing)
    mail.outbox.clear()
    update(client, link, "After approval")
    assert Submission.objects.filter(enterprise=listing, kind="update").count() == 2
    assert len(editor_mails()) == 1


def test_a_replaced_logo_the_live_profile_shows_is_kept(client, listing, link, directory_editor):
    update(client, link, "New logo", logo=(0, 0, 200))
    approve(client, directory_editor, listing)
    live_logo = CustomImage.objects.get()
    update(client, link, "Another logo", logo=(0, 100, 100))
    update(client, link, "And another", logo=(100, 100, 0))
    listing.refresh_from_db()
    assert listing.logo == live_logo
    assert CustomImage.objects.count() == 2
