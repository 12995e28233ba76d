"""An update link names its owner by a keyed digest: reading the link tells nothing about the
address, and links of the former, unkeyed kind ask for a new one."""

import hashlib
import json

import pytest
from django.core import signing

from directory import tokens
from tests.directory.submission_helpers import OWNER

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(owner_listing):
    return owner_listing()


def payload_of(token):
    return json.dumps(signing.loads(token, salt=tokens.UPDATE_SALT))


def test_a_link_carries_no_plain_digest_of_the_address(listing):
    plain = hashlib.sha256(OWNER.encode()).hexdigest()
    payload = payload_of(tokens.update_token(listing, OWNER))
    assert plain[:16] not in payload
    assert OWNER not in payload


def test_the_digest_depends_on_the_sites_secret(listing, settings):
    first = signing.loads(tokens.update_token(listing, OWNER), salt=tokens.UPDATE_SALT)
    settings.SECRET_KEY = "another-site's-secret-key-for-this-test"
    second = signing.loads(tokens.update_token(listing, OWNER), salt=tokens.UPDATE_SALT)
    assert first["enterprise"] == second["enterprise"]
    assert first != second


def test_a_link_made_before_the_change_asks_for_a_new_one(client, listing, directory_address):
    unkeyed = hashlib.sha256(OWNER.encode()).hexdigest()[:32]
    old = signing.dumps(
        {"enterprise": listing.pk, "email": unkeyed}, salt=tokens.UPDATE_SALT, compress=True
    )
    response = client.get(directory_address("update", old))
    assert response.status_code == 410
    assert "Ask for a new link" in response.content.decode()
    removal = client.post(
        directory_address("request_removal", old), {"reason": "x", "confirm": "on"}
    )
    assert removal.status_code == 410
    assert not listing.submissions.filter(kind="removal").exists()


def test_links_still_open_after_the_secret_is_rotated(client, listing, directory_address, settings):
    token = tokens.update_token(listing, OWNER)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "the-new-secret-key-after-rotation"
    response = client.get(directory_address("update", token))
    assert response.status_code == 200
    assert response.context["enterprise"] == listing
