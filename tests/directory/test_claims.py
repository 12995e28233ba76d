"""Listings the editors added have no owner: someone at the enterprise claims one, an editor
approves the claim, and the claimant then keeps the listing up to date like any owner."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from directory.models import Submission
from tests.directory.factories import EnterpriseFactory
from tests.directory.submission_helpers import last_mail_to, link_in, started_a_minute_ago

pytestmark = pytest.mark.django_db

CLAIMANT = "sara@zonnepark.example"
CLAIM_LINK = "Is this your enterprise?"


@pytest.fixture
def unowned(directory_page):
    return EnterpriseFactory(name="Zonnepark Coop", origin="editorial")


def claim_url(enterprise):
    return f"/en/directory/{enterprise.slug}/claim/"


def claim_data(**overrides):
    data = {
        "submitter_name": "Sara Janssens",
        "submitter_role": "Director",
        "submitter_email": CLAIMANT,
        "message": "I signed our membership of the regional network.",
        "consent": "on",
        "started": started_a_minute_ago(),
        "fax_number": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def field_value(response, name):
    html = BeautifulSoup(response.content, "html.parser")
    field = html.select_one(f'[name="{name}"]')
    return field.get("value") if field.name == "input" else field.get_text()


def send_claim(client, enterprise, **overrides):
    return client.post(claim_url(enterprise), claim_data(**overrides))


def test_a_listing_without_owner_offers_to_claim_it(client, unowned, owner_listing):
    page = client.get(f"/en/directory/{unowned.slug}/").content.decode()
    assert CLAIM_LINK in page
    assert f'href="{claim_url(unowned)}"' in page
    owned = owner_listing()
    assert CLAIM_LINK not in client.get(f"/en/directory/{owned.slug}/").content.decode()


def test_the_claim_form_is_shown(client, unowned):
    response = client.get(claim_url(unowned))
    assert response.status_code == 200
    assert "Is Zonnepark Coop your enterprise?" in text_of(response)
    assert '<meta name="robots" content="noindex' in response.content.decode()


@pytest.mark.parametrize(
    ("overrides", "messages"),
    [
        (
            {"submitter_name": "", "submitter_role": "", "consent": None},
            [
                "Enter your name.",
                "Say what your role in the enterprise is.",
                "Please agree to the privacy notice",
            ],
        ),
        ({"submitter_email": "sara at zonnepark"}, ["Enter a valid email address."]),
        ({"submitter_email": ""}, ["Enter your e-mail address"]),
    ],
)
def test_bad_input_is_refused_and_what_was_typed_is_kept(client, unowned, overrides, messages):
    response = send_claim(client, unowned, **overrides)
    assert response.status_code == 400
    text = text_of(response)
    for message in messages:
        assert message in text
    assert "There is a problem" in text or "There are problems" in text
    for name in ("submitter_name", "submitter_role", "submitter_email"):
        typed = claim_data(**overrides).get(name, "")
        assert (field_value(response, name) or "") == typed
    assert "I signed our membership" in field_value(response, "message")
    assert not Submission.objects.filter(kind="claim").exists()
    assert not mail.outbox


def test_the_honeypot_and_the_timer_refuse_robots(client, unowned):
    trapped = send_claim(client, unowned, fax_number="+32 9 000 00 00")
    assert trapped.status_code == 400
    assert "a field meant to stay empty was filled in" in text_of(trapped)
    assert field_value(trapped, "submitter_name") == "Sara Janssens"
    hasty = send_claim(client, unowned, started="")
    assert hasty.status_code == 400
    assert "faster than a person can fill it in" in text_of(hasty)
    assert not Submission.objects.filter(kind="claim").exists()


def test_claims_are_rate_limited(client, unowned, settings):
    settings.DIRECTORY_SUBMISSION_RATE = (1, 3600)
    assert send_claim(client, unowned).status_code == 200
    refused = send_claim(client, unowned)
    assert refused.status_code == 429
    assert "Please try again in" in text_of(refused)
    assert Submission.objects.filter(kind="claim").count() == 1


def test_a_claim_goes_to_the_editors_and_gives_nothing_until_approved(
    client, unowned, directory_editor
):
    response = send_claim(client, unowned)
    assert response.status_code == 200
    assert "your claim has been sent to the editors" in text_of(response)
    claim = Submission.objects.get(kind="claim", enterprise=unowned)
    assert claim.submitter_email == CLAIMANT
    notice = last_mail_to(directory_editor.email)
    assert "Zonnepark Coop" in notice.subject
    assert link_in(notice, reverse("directory_review_claim", args=[claim.pk]))

    client.force_login(directory_editor)
    listed = client.get(reverse("wagtailsnippets_directory_submission:list"))
    listed_text = text_of(listed)
    assert "Ownership claim" in listed_text
    assert "Sara Janssens" in listed_text
    assert reverse("directory_review_claim", args=[claim.pk]) in listed.content.decode()
    client.logout()

    # Not yet the owner: no update link for the claimant, and the listing can still be claimed.
    mail.outbox.clear()
    client.post(f"/en/directory/{unowned.slug}/update/", {"email": CLAIMANT})
    assert not mail.outbox
    assert CLAIM_LINK in client.get(f"/en/directory/{unowned.slug}/").content.decode()


def test_approval_makes_the_claimant_the_owner_with_an_update_link(
    client, unowned, directory_editor
):
    send_claim(client, unowned)
    claim = Submission.objects.get(kind="claim")
    review = reverse("directory_review_claim", args=[claim.pk])
    client.force_login(directory_editor)
    page = client.get(review)
    assert "Approve the claim" in text_of(page)
    mail.outbox.clear()
    assert client.post(review).status_code == 302
    again = client.post(review)  # A second click changes nothing and sends nothing.
    assert again.status_code == 302
    client.logout()

    (message,) = mail.outbox
    assert message.to == [CLAIMANT]
    update = client.get(link_in(message, "/en/directory/update/"))
    assert update.status_code == 200
    assert update.context["forms"]["profile"]["name"].value() == "Zonnepark Coop"

    assert CLAIM_LINK not in client.get(f"/en/directory/{unowned.slug}/").content.decode()
    owned = client.get(claim_url(unowned))
    assert owned.status_code == 409
    assert "already has a contact on record" in text_of(owned)

    # From now on the claimant asks for update links like any owner.
    client.post(f"/en/directory/{unowned.slug}/update/", {"email": CLAIMANT})
    assert link_in(last_mail_to(CLAIMANT), "/en/directory/update/")


def test_a_listing_with_an_owner_cannot_be_claimed(client, owner_listing):
    owned = owner_listing()
    response = send_claim(client, owned)
    assert response.status_code == 409
    assert "already has a contact on record" in text_of(response)
    assert not Submission.objects.filter(kind="claim").exists()


def test_unknown_listings_and_claims(client, directory_page, directory_editor):
    assert client.get("/en/directory/no-such-enterprise/claim/").status_code == 404
    client.force_login(directory_editor)
    assert client.get(reverse("directory_review_claim", args=[999])).status_code == 404


def test_only_editors_review_claims(client, unowned, django_user_model):
    send_claim(client, unowned)
    claim = Submission.objects.get(kind="claim")
    reader = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
    client.force_login(reader)
    mail.outbox.clear()
    response = client.post(reverse("directory_review_claim", args=[claim.pk]))
    assert response.status_code in (302, 403)
    claim.refresh_from_db()
    assert claim.claim_approved_at is None
    assert not mail.outbox


def test_claims_no_editor_approved_within_the_limit_are_deleted_daily(
    client, unowned, directory_editor
):
    import datetime
    from io import StringIO

    from django.core.management import call_command
    from django.utils import timezone

    from directory.submissions import CLAIM_LIFETIME

    old, recent, approved = (
        send_claim(client, unowned, submitter_email=email)
        for email in ("old@zonnepark.example", "new@zonnepark.example", CLAIMANT)
    )
    assert {old.status_code, recent.status_code, approved.status_code} == {200}
    claims = Submission.objects.filter(kind="claim", enterprise=unowned)
    long_ago = timezone.now() - CLAIM_LIFETIME - datetime.timedelta(minutes=1)
    claims.exclude(submitter_email="new@zonnepark.example").update(created_at=long_ago)
    claims.filter(submitter_email=CLAIMANT).update(claim_approved_at=timezone.now())
    out = StringIO()
    call_command("purge_unconfirmed_submissions", stdout=out)
    assert "Deleted 1 ownership claim(s)" in out.getvalue()
    assert sorted(claims.values_list("submitter_email", flat=True)) == [
        "new@zonnepark.example",
        CLAIMANT,
    ]


def test_the_demo_privacy_notice_states_how_long_claims_are_kept():
    import re

    from directory.submissions import CLAIM_LIFETIME
    from home.demo import content

    def text(body):
        return " ".join(
            re.sub(r"<[^>]+>", "", block["value"]) for block in body if block["type"] == "paragraph"
        )

    notices = {"en": text(content.PRIVACY["body"])}
    for language, translated in content.translations().items():
        notices[language] = text(translated["pages"]["privacy"]["body"])
    claim_words = {"en": "claim", "nl": "claim", "fr": "revendication"}
    for language, notice in notices.items():
        sentences = [s for s in re.split(r"(?<=\.)\s", notice) if claim_words[language] in s]
        days = {"en": "days", "nl": "dagen", "fr": "jours"}[language]
        numbers = {int(n) for s in sentences for n in re.findall(rf"(\d+)\s+{days}\b", s)}
        assert numbers == {CLAIM_LIFETIME.days}, (language, sentences)
