"""A logo sent with a listing or an update stays private until an editor publishes it: its files
live outside the public media folder, only signed-in editors see them, and publishing moves the
logo into the public image library."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Collection, WorkflowState

from directory import tokens
from directory.models import Enterprise
from home.models import CustomImage
from tests.directory.logo_helpers import files_under
from tests.directory.submission_helpers import (
    OWNER,
    approve,
    confirm_by_email,
    png_upload,
    submission_data,
    submit,
)

pytestmark = pytest.mark.django_db


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def preview_images(client, editor, enterprise):
    """The addresses of the images in the preview an editor opens from the dashboard."""
    state = WorkflowState.objects.for_instance(enterprise).get(status="in_progress")
    url = reverse(
        "wagtailsnippets_directory_enterprise:workflow_preview",
        args=[enterprise.pk, state.current_task_state.task_id],
    )
    client.force_login(editor)
    html = BeautifulSoup(client.get(url).content, "html.parser")
    client.logout()
    return [img["src"] for img in html.select(".enterprise__logo")]


def submit_with_logo(client):
    submit(client, **{"profile-logo": png_upload("logo.png", size=(240, 240))})
    return Enterprise.objects.get()


def assert_private(client, address, editor):
    from django.contrib.auth import get_user_model

    assert not address.startswith("/media/")
    anonymous = client.get(address)
    assert anonymous.status_code in (302, 403)
    assert b"PNG" not in body_of(anonymous) and b"WEBP" not in body_of(anonymous)
    visitor, _ = get_user_model().objects.get_or_create(username="visitor")
    client.force_login(visitor)
    assert client.get(address).status_code in (302, 403)
    client.logout()
    client.force_login(editor)
    seen = client.get(address)
    client.logout()
    assert seen.status_code == 200
    assert seen["Content-Type"].startswith("image/")
    assert "private" in seen["Cache-Control"]
    assert seen["X-Content-Type-Options"] == "nosniff"


def test_a_logo_sent_with_a_listing_is_kept_private(
    client, directory_page, directory_editor, settings
):
    enterprise = submit_with_logo(client)
    assert files_under(settings.MEDIA_ROOT) == []
    assert len(files_under(settings.PRIVATE_MEDIA_ROOT)) == 1
    assert_private(client, enterprise.logo.file.url, directory_editor)
    assert client.get(f"/media/{enterprise.logo.file.name}").status_code == 404


def test_editors_see_a_waiting_logo_in_the_preview_and_nobody_else_does(
    client, directory_page, directory_editor, settings
):
    enterprise = submit_with_logo(client)
    confirm_by_email(client)
    [address] = preview_images(client, directory_editor, enterprise)
    assert_private(client, address, directory_editor)
    assert files_under(settings.MEDIA_ROOT) == []


def test_publishing_moves_the_logo_into_the_public_library(
    client, directory_page, directory_editor, settings, django_capture_on_commit_callbacks
):
    enterprise = submit_with_logo(client)
    confirm_by_email(client)
    preview_images(client, directory_editor, enterprise)
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, directory_editor, enterprise)

    enterprise.refresh_from_db()
    logo = enterprise.logo
    assert logo.collection == Collection.get_first_root_node()
    assert logo.file.url.startswith("/media/original_images/")
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []
    page = BeautifulSoup(client.get(f"/en/directory/{enterprise.slug}/").content, "html.parser")
    shown = page.select_one(".enterprise__logo")["src"]
    assert shown.startswith("/media/images/")
    assert client.get(shown).status_code == 200
    assert client.get(logo.file.url).status_code == 200


@pytest.fixture
def send_owner_logo(client, directory_address, django_capture_on_commit_callbacks):
    """The owner sends the update form with a new logo; returns the logo waiting for review."""

    def send(listing, name):
        link = directory_address("update", tokens.update_token(listing, OWNER))
        data = submission_data(**{"profile-name": listing.name, "profile-logo": png_upload(name)})
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(link, data).status_code == 200
        return Enterprise.objects.get(pk=listing.pk).get_latest_revision_as_object().logo

    return send


@pytest.fixture
def publish(client, directory_editor, django_capture_on_commit_callbacks):
    """An editor approves the listing's waiting update; what the approval does is committed."""

    def approve_update(listing):
        with django_capture_on_commit_callbacks(execute=True):
            approve(client, directory_editor, listing)
        listing.refresh_from_db()

    return approve_update


def test_an_owners_new_logo_waits_in_private_while_the_old_one_stays_public(
    client, owner_listing, send_owner_logo, publish, directory_editor, settings
):
    from tests.home.factories import ImageFactory

    listing = owner_listing(logo=ImageFactory())
    old_files = files_under(settings.MEDIA_ROOT)
    waiting = send_owner_logo(listing, "new.png")
    assert waiting.pk != listing.logo.pk
    assert files_under(settings.MEDIA_ROOT) == old_files
    assert_private(client, waiting.file.url, directory_editor)

    publish(listing)
    assert listing.logo == waiting
    waiting.refresh_from_db()
    assert waiting.file.url.startswith("/media/original_images/")
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []


def test_a_logo_replaced_before_review_is_deleted_when_the_listing_is_published(
    owner_listing, send_owner_logo, publish, settings
):
    listing = owner_listing()
    sent = [send_owner_logo(listing, name) for name in ("first.png", "second.png")]
    # The second update replaced the first while it waited: only its logo is kept.
    assert len(files_under(settings.PRIVATE_MEDIA_ROOT)) == 1

    publish(listing)
    assert listing.logo == sent[1]
    assert not CustomImage.objects.filter(pk=sent[0].pk).exists()
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []
    assert files_under(settings.MEDIA_ROOT) == [sent[1].file.name.removeprefix("pending/")]
