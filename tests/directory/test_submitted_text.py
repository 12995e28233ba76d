"""What the public types is stored as plain text and shown escaped; its links are marked theirs."""

import pytest

from directory.models import Enterprise
from tests.directory.submission_helpers import (
    FREE_TEXT_FIELDS,
    approve,
    confirm_by_email,
    submit,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("field", FREE_TEXT_FIELDS)
def test_html_from_the_public_is_stored_as_text_and_shown_escaped(
    client, directory_page, directory_editor, field
):
    payload = "<script>alert('x')</script>"
    value = f"Fietsherstel {payload}" if field == "profile-name" else payload
    submit(client, **{field: value})
    enterprise = Enterprise.objects.get()
    confirm_by_email(client)
    approve(client, directory_editor, enterprise)
    for url in (f"/en/directory/{Enterprise.objects.get().slug}/", "/en/directory/"):
        body = client.get(url).content.decode()
        assert "<script>alert('x')" not in body
    assert client.get(f"/en/directory/{Enterprise.objects.get().slug}/").status_code == 200


def test_links_from_the_public_are_marked_nofollow_ugc(client, directory_page, directory_editor):
    submit(client)
    enterprise = Enterprise.objects.get()
    confirm_by_email(client)
    approve(client, directory_editor, enterprise)
    body = client.get(f"/en/directory/{enterprise.slug}/").content.decode()
    assert 'href="https://fietsherstel-noord.example" rel="nofollow ugc noopener"' in body
