"""Near names and shared websites are caught; visitors are asked only about sure matches."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse

from directory.duplicates import find_duplicates
from directory.models import Enterprise, Submission
from tests.directory.submission_helpers import submission_data

pytestmark = pytest.mark.django_db
SUBMIT = "/en/directory/submit/"


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=io.StringIO())


def editor(client):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def submit(client, name, country, **extra):
    return client.post(
        SUBMIT, submission_data(**{"profile-name": name, "profile-country": country, **extra})
    )


def moderation_notes(client, enterprise):
    edit = client.get(reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk]))
    note = BeautifulSoup(edit.content, "html.parser").select_one(".moderation-notes")
    if note is None:
        return "", []
    return note.get_text(" ", strip=True), [link["href"] for link in note.select("a")]


def test_a_legal_suffix_does_not_hide_a_duplicate(demo):
    found = find_duplicates("Harbourlight Community Energy Ltd", "GB", "")
    assert [(item.name, item.blocks_submission) for item in found] == [
        ("Harbourlight Community Energy", True)
    ]
    found = find_duplicates("HARBOURLIGHT community-energy C.I.C.", "GB", "")
    assert [item.name for item in found] == ["Harbourlight Community Energy"]


def test_a_longer_name_is_a_near_duplicate(demo):
    found = find_duplicates("Café Bobinoir Lille", "FR", "")
    assert [(item.name, item.blocks_submission) for item in found] == [("Café Bobinoir", False)]
    assert [item.name for item in find_duplicates("Cafe Bobinoire", "FR", "")] == ["Café Bobinoir"]
    # The same words in another country are another enterprise.
    assert find_duplicates("Café Bobinoir Lille", "BE", "") == []


def test_distinct_demo_names_are_not_flagged(demo):
    flagged = {
        enterprise.name: [item.name for item in found]
        for enterprise in Enterprise.objects.all()
        if (
            found := find_duplicates(
                enterprise.name, enterprise.country, enterprise.website, enterprise.pk
            )
        )
    }
    assert flagged == {}


def test_a_sure_duplicate_asks_the_visitor_without_using_their_allowance(client, demo, settings):
    settings.DIRECTORY_SUBMISSION_RATE = (1, 3600)
    asked = submit(client, "Harbourlight Community Energy Ltd", "GB")
    assert asked.status_code == 409
    assert "Harbourlight Community Energy" in asked.content.decode()
    assert not Submission.objects.exists()

    listed = submit(
        client, "Harbourlight Community Energy Ltd", "GB", **{"submitter-not_a_duplicate": "on"}
    )
    assert listed.status_code == 302
    another = {"profile-website": "https://fietsherstel-zuid.example"}
    assert submit(client, "Fietsherstel Zuid", "BE", **another).status_code == 429

    new = Enterprise.objects.get(name="Harbourlight Community Energy Ltd")
    original = Enterprise.objects.get(name="Harbourlight Community Energy")
    text, links = moderation_notes(editor(client), new)
    assert "Possible duplicate of Harbourlight Community Energy" in text
    assert links == [reverse("wagtailsnippets_directory_enterprise:edit", args=[original.pk])]


def test_a_near_duplicate_is_accepted_and_flagged_to_the_editor(client, demo, settings):
    settings.DIRECTORY_SUBMISSION_RATE = (1, 3600)
    assert submit(client, "Café Bobinoir Lille", "FR").status_code == 302
    new = Enterprise.objects.get(name="Café Bobinoir Lille")
    original = Enterprise.objects.get(name="Café Bobinoir")
    text, links = moderation_notes(editor(client), new)
    assert "Possible duplicate of Café Bobinoir (similar name" in text
    assert links == [reverse("wagtailsnippets_directory_enterprise:edit", args=[original.pk])]

    untouched = Enterprise.objects.get(name="Zoutkeet Kantine")
    assert moderation_notes(client, untouched) == ("", [])
