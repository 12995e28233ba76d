"""A logo costs the server little whatever is sent: its size is read from the file's header and
refused there, an accepted logo is decoded once, and the anti-abuse checks come before any of it,
on the listing form and on the owner's update form alike."""

import pytest

from directory import tokens
from directory.antiabuse import start_timer
from directory.models import Enterprise, Submission
from home.models import CustomImage
from tests.directory.logo_helpers import tall_png
from tests.directory.submission_helpers import (
    OWNER,
    image_bytes,
    submission_data,
    submit,
    upload,
)

pytestmark = pytest.mark.django_db

TALL = "This image is 1 × 9,999,999 pixels; logos can be at most 5,000 pixels on each side"
HONEYPOT = "a field meant to stay empty was filled in"
TOO_FAST = "faster than a person can fill it in"


def stored():
    return (Enterprise.objects.count(), Submission.objects.count(), CustomImage.objects.count())


def test_a_tall_thin_image_is_refused_from_its_header(client, directory_page, decodes):
    response = submit(
        client, **{"profile-name": "", "profile-logo": upload("tall.png", tall_png())}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert TALL in body
    assert "Enter the name of the enterprise." in body
    assert decodes == []
    assert response.context["forms"]["profile"]["city"].value() == "Gent"
    assert "choose a different logo file" in body.lower()
    assert stored() == (0, 0, 0)


def test_too_many_pixels_in_all_are_refused_from_the_header(client, directory_page, decodes):
    response = submit(client, **{"profile-logo": upload("wide.png", image_bytes((4000, 3000)))})
    assert response.status_code == 400
    assert (
        "This image is 4,000 × 3,000 pixels (12,000,000 in all); "
        "logos can have at most 10,000,000 pixels"
    ) in response.content.decode()
    assert decodes == []


def test_an_accepted_logo_is_decoded_once(client, directory_page, decodes):
    response = submit(client, **{"profile-logo": upload("logo.png", image_bytes((300, 200)))})
    assert response.status_code == 302
    assert decodes == [(300, 200)]
    assert (Enterprise.objects.get().logo.width, Enterprise.objects.get().logo.height) == (300, 200)


@pytest.mark.parametrize(
    ("trap", "message"),
    [({"fax_number": "+32 9 000 00 00"}, HONEYPOT), ("too fast", TOO_FAST)],
)
def test_a_refused_listing_form_is_never_checked(
    client, directory_page, checked, decodes, trap, message
):
    trap = {"submitter-started": start_timer()} if trap == "too fast" else trap
    response = submit(client, **{"profile-logo": upload("tall.png", tall_png()), **trap})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert (checked, decodes) == ([], [])
    assert response.context["forms"]["profile"]["name"].value() == "Fietsherstel Noord"
    assert stored() == (0, 0, 0)


def test_every_sending_of_the_listing_form_counts_before_it_is_checked(
    client, directory_page, settings, checked
):
    settings.DIRECTORY_FORM_POST_RATE = (2, 3600)
    for _ in range(2):
        assert submit(client, **{"profile-name": ""}).status_code == 400
    checked.clear()
    response = submit(
        client, **{"profile-name": "", "profile-logo": upload("tall.png", tall_png())}
    )
    assert response.status_code == 429
    assert "Please try again in 60 minutes." in response.content.decode()
    assert checked == []
    assert response.context["forms"]["profile"]["summary"].value().startswith("A bicycle")


@pytest.fixture
def update_link(owner_listing, directory_address):
    listing = owner_listing()
    return directory_address("update", tokens.update_token(listing, OWNER))


def update_data(**overrides):
    return submission_data(**{"profile-name": "Kringloop Zuid", **overrides})


@pytest.mark.parametrize(
    ("trap", "message"),
    [({"fax_number": "+32 9 000 00 00"}, HONEYPOT), ("too fast", TOO_FAST)],
)
def test_a_refused_update_is_never_checked(client, update_link, checked, decodes, trap, message):
    trap = {"started": start_timer()} if trap == "too fast" else trap
    response = client.post(
        update_link, update_data(**{"profile-logo": upload("tall.png", tall_png()), **trap})
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert (checked, decodes) == ([], [])
    assert response.context["forms"]["profile"]["summary"].value().startswith("A bicycle")
    assert Enterprise.objects.get().revisions.count() == 1


def test_every_sending_of_the_update_form_counts_before_it_is_checked(
    client, update_link, settings, checked
):
    settings.DIRECTORY_FORM_POST_RATE = (1, 3600)
    assert client.post(update_link, update_data(**{"profile-summary": ""})).status_code == 400
    checked.clear()
    response = client.post(update_link, update_data())
    assert response.status_code == 429
    assert "Please try again in 60 minutes." in response.content.decode()
    assert checked == []


def test_the_update_form_refuses_a_tall_logo_from_its_header(client, update_link, decodes):
    response = client.post(
        update_link, update_data(**{"profile-logo": upload("t.png", tall_png())})
    )
    assert response.status_code == 400
    assert TALL in response.content.decode()
    assert decodes == []
    assert Enterprise.objects.get().revisions.count() == 1
