"""Removing a listing deletes every logo it ever had, published or waiting, with their renditions
and files; an image something else on the site also uses stays."""

import pytest
from django.urls import reverse

from directory import tokens
from directory.models import Enterprise, Submission
from home.models import CustomImage, CustomRendition
from tests.directory.factories import EnterpriseFactory
from tests.directory.logo_helpers import files_under
from tests.directory.submission_helpers import (
    SUBMITTER,
    approve,
    confirm_by_email,
    png_upload,
    submission_data,
    submit,
)
from tests.home.factories import ImageFactory, OrganisationFactory

NAME = "Fietsherstel Noord"
pytestmark = pytest.mark.django_db


def send_update(client, enterprise, logo_name, colour):
    link = f"/en/directory/update/{tokens.update_token(enterprise, SUBMITTER)}/"
    logo = png_upload(logo_name, colour=colour)
    data = submission_data(**{"profile-name": NAME, "profile-logo": logo})
    assert client.post(link, data).status_code == 200
    return Enterprise.objects.get(pk=enterprise.pk).get_latest_revision_as_object().logo


def show(client, enterprise):
    """The profile is visited, so its logo's renditions exist as files."""
    assert client.get(f"/en/directory/{enterprise.slug}/").status_code == 200


def propose(enterprise, logo):
    """An editor saves a draft of the listing with a logo from the library."""
    draft = Enterprise.objects.get(pk=enterprise.pk).get_latest_revision_as_object()
    draft.logo = logo
    draft.save_revision()


@pytest.fixture
def logos_of_a_long_listing(
    client, directory_page, directory_editor, django_capture_on_commit_callbacks
):
    """A listing with a published first logo, a published second one, two editors' choices
    from the library (one another listing also uses, one an organisation uses) and a third
    logo waiting for review. Each step is committed, as the site's requests are."""
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, **{"profile-logo": png_upload("first.png", colour=(1, 2, 3))})
        confirm_by_email(client)
        enterprise = Enterprise.objects.get(name=NAME)
        approve(client, directory_editor, enterprise)
        first = Enterprise.objects.get(pk=enterprise.pk).logo
        show(client, enterprise)

        second = send_update(client, enterprise, "second.png", (4, 5, 6))
        approve(client, directory_editor, enterprise)
        show(client, enterprise)

        shared, partner = ImageFactory(title="Shared"), ImageFactory(title="Partner")
        EnterpriseFactory(name="Another Listing", logo=shared)
        OrganisationFactory(logo=partner)
        propose(enterprise, shared)
        propose(enterprise, partner)
        shared.get_rendition("fill-160x160|format-webp")

        waiting = send_update(client, enterprise, "third.png", (7, 8, 9))
        waiting.get_rendition("fill-160x160|format-webp")
    return enterprise, [first, second, waiting], [shared, partner]


def test_removal_deletes_every_logo_the_listing_had(
    client,
    logos_of_a_long_listing,
    admin_user,
    settings,
    django_capture_on_commit_callbacks,
):
    enterprise, own, others = logos_of_a_long_listing
    assert len({logo.pk for logo in own}) == 3
    own_files = [logo.file.name for logo in own]
    link = f"/en/directory/update/{tokens.update_token(enterprise, SUBMITTER)}/remove/"
    client.post(link, {"confirm": "on"})
    removal = Submission.objects.get(kind=Submission.Kind.REMOVAL)

    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("directory_confirm_removal", args=[removal.pk]))
    assert response.status_code == 302

    assert not CustomImage.objects.filter(pk__in=[logo.pk for logo in own]).exists()
    assert not CustomRendition.objects.filter(image_id__in=[logo.pk for logo in own]).exists()
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []
    kept = []
    for image in others:
        image.refresh_from_db()
        kept += [image.file.name, *(rendition.file.name for rendition in image.renditions.all())]
    assert len(kept) == 3
    assert files_under(settings.MEDIA_ROOT) == sorted(kept)
    for path in own_files:
        assert client.get(f"/media/{path}").status_code == 404


def test_purging_an_unconfirmed_listing_deletes_its_private_logo(
    client, directory_page, settings, django_capture_on_commit_callbacks
):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    submit(client, **{"profile-logo": png_upload("stale.png")})
    assert files_under(settings.PRIVATE_MEDIA_ROOT) or files_under(settings.MEDIA_ROOT)
    Submission.objects.update(created_at=timezone.now() - datetime.timedelta(days=8))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_unconfirmed_submissions", stdout=__import__("io").StringIO())
    assert not CustomImage.objects.exists()
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []
    assert files_under(settings.MEDIA_ROOT) == []


def test_an_editor_deleting_a_listing_in_the_admin_deletes_its_logos_too(
    client, logos_of_a_long_listing, admin_user, settings, django_capture_on_commit_callbacks
):
    enterprise, own, others = logos_of_a_long_listing
    client.force_login(admin_user)
    delete = reverse("wagtailsnippets_directory_enterprise:delete", args=[enterprise.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(delete).status_code == 302
    assert not Enterprise.objects.filter(pk=enterprise.pk).exists()
    assert not CustomImage.objects.filter(pk__in=[logo.pk for logo in own]).exists()
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []
    assert all(CustomImage.objects.filter(pk=image.pk).exists() for image in others)
