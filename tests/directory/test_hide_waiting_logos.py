"""Logos sent before pending logos were kept private: one command moves those still waiting for
an editor out of public storage, and leaves every published or shared image where it is."""

import io

import pytest
from django.core.management import call_command

from tests.directory.factories import EnterpriseFactory
from tests.home.factories import ImageFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def hide_waiting_logos():
    said = io.StringIO()
    call_command("hide_waiting_logos", stdout=said)
    return said.getvalue()


def test_logos_still_waiting_become_private_and_published_ones_stay_public(
    client, directory_page, settings, django_capture_on_commit_callbacks
):
    waiting, live_logo, proposed, shared = (ImageFactory(title=t) for t in "ABCD")
    EnterpriseFactory(name="Never Published", logo=waiting, draft=True)
    live = EnterpriseFactory(name="Published", logo=live_logo)
    draft = live.get_latest_revision_as_object()
    draft.logo = proposed
    draft.save_revision()
    EnterpriseFactory(name="Sharing Draft", logo=shared, draft=True)
    OrganisationFactory(logo=shared)
    public_address = waiting.file.url
    assert client.get(public_address).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        assert "Moved 2 waiting logo(s)" in hide_waiting_logos()

    for image in (waiting, live_logo, proposed, shared):
        image.refresh_from_db()
    assert waiting.is_pending and proposed.is_pending
    assert not live_logo.is_pending and not shared.is_pending
    assert client.get(public_address).status_code == 404
    assert (settings.PRIVATE_MEDIA_ROOT / waiting.file.name).exists()
    # Run again, it finds nothing more to do.
    with django_capture_on_commit_callbacks(execute=True):
        assert "Moved 0 waiting logo(s)" in hide_waiting_logos()
    waiting.refresh_from_db()
    assert waiting.is_pending and (settings.PRIVATE_MEDIA_ROOT / waiting.file.name).exists()
