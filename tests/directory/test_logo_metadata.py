"""No logo tells where or with what it was made: camera, GPS and comments are stripped when it is
accepted (the orientation applied first), and no rendition of any image carries them."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile

from directory.models import Enterprise
from home.models import CustomImage
from tests.directory.logo_helpers import BLUE, RED, metadata_in, photo_with_metadata
from tests.directory.submission_helpers import (
    approve,
    confirm_by_email,
    submit,
    upload,
)

pytestmark = pytest.mark.django_db


def stored_bytes(file):
    with file.storage.open(file.name, "rb") as handle:
        return handle.read()


def near(colour, expected):
    return all(abs(a - b) < 40 for a, b in zip(colour, expected, strict=True))


@pytest.mark.parametrize(("fmt", "name"), [("JPEG", "photo.jpg"), ("PNG", "photo.png")])
def test_an_accepted_logo_keeps_its_picture_and_no_metadata(client, directory_page, fmt, name):
    photo = photo_with_metadata(fmt)
    assert metadata_in(photo)
    response = submit(client, **{"profile-logo": upload(name, photo, f"image/{fmt.lower()}")})
    assert response.status_code == 302
    logo = Enterprise.objects.get().logo
    assert metadata_in(stored_bytes(logo.file)) == {}
    # Turned upright once, as the tag asked: red now on top.
    assert (logo.width, logo.height) == (200, 300)
    with logo.get_willow_image() as willow:
        picture = willow.get_pillow_image().convert("RGB")
    assert near(picture.getpixel((100, 20)), RED)
    assert near(picture.getpixel((100, 280)), BLUE)


def test_the_renditions_a_published_profile_shares_carry_no_metadata(
    client, directory_page, directory_editor
):
    submit(client, **{"profile-logo": upload("photo.jpg", photo_with_metadata(), "image/jpeg")})
    confirm_by_email(client)
    enterprise = Enterprise.objects.get()
    approve(client, directory_editor, enterprise)
    page = BeautifulSoup(client.get(f"/en/directory/{enterprise.slug}/").content, "html.parser")
    shared = [page.select_one('meta[property="og:image"]')["content"]]
    for script in page.select('script[type="application/ld+json"]'):
        data = json.loads(script.string)
        if data.get("logo"):
            shared.append(data["logo"])
    assert len(shared) == 2
    renditions = {rendition.url: rendition for rendition in enterprise.logo.renditions.all()}
    for address in shared:
        rendition = renditions[address.removeprefix("http://testserver")]
        assert metadata_in(stored_bytes(rendition.file)) == {}, rendition.filter_spec


@pytest.mark.parametrize(
    "spec", ["fill-1200x630", "fill-400x400|format-png", "fill-160x160|format-webp", "max-800x800"]
)
def test_no_rendition_of_an_editors_photo_carries_its_metadata(db, spec):
    photo = CustomImage.objects.create(
        title="Market day", file=ContentFile(photo_with_metadata(), name="market.jpg")
    )
    rendition = photo.get_rendition(spec)
    assert metadata_in(stored_bytes(rendition.file)) == {}
    if spec == "max-800x800":
        assert (rendition.width, rendition.height) == (200, 300)
