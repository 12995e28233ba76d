"""Listings stay current: owners are asked once a year, stale listings say so, and listings
nobody confirms for two years leave the directory until someone vouches for them again."""

import csv
import importlib
import io
import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from directory import tokens
from directory.models import Enterprise
from tests.directory.factories import EnterpriseFactory, SubmissionFactory
from tests.directory.result_cards import names
from tests.directory.submission_helpers import (
    OWNER,
    approve,
    last_mail_to,
    link_in,
    submission_data,
)

pytestmark = pytest.mark.django_db

OUT_OF_DATE = "This listing may be out of date."
ARCHIVED = "This listing is archived."
STILL_RIGHT = "/en/directory/still-right/"


@pytest.fixture
def listing(clock, owner_listing):
    """A live listing its owner sent, published at the clock's start, and one editors keep."""
    owned = owner_listing()
    EnterpriseFactory(name="Editors Keep This")
    return owned


def run_daily():
    out = io.StringIO()
    call_command("check_listing_freshness", stdout=out)
    return out.getvalue()


def profile(client, enterprise):
    return client.get(f"/en/directory/{enterprise.slug}/")


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def csv_names(client):
    response = client.get("/en/directory/export.csv")
    text = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    return [row["name"] for row in csv.DictReader(io.StringIO(text))]


def sitemap_lists(client, enterprise):
    body = client.get("/sitemap-enterprises.xml").content.decode()
    return f"/directory/{enterprise.slug}/</loc>" in body


def still_right_mails():
    return [message for message in mail.outbox if "Is this still right?" in message.subject]


def test_publishing_confirms_the_listing_and_existing_listings_start_from_their_publication(
    clock, directory_page
):
    enterprise = EnterpriseFactory(name="Published Today")
    assert enterprise.last_confirmed_at == clock.start

    Enterprise.objects.filter(pk=enterprise.pk).update(last_confirmed_at=None)
    migration = importlib.import_module("directory.migrations.0022_freshness_and_claims")
    migration.backfill_last_confirmed(apps, None)
    enterprise.refresh_from_db()
    assert enterprise.last_confirmed_at == enterprise.last_published_at


def test_after_a_year_the_owner_is_asked_once(client, clock, listing):
    clock.to(months=11, days=30)
    assert "asked 0 owner(s)" in run_daily()
    assert not still_right_mails()

    clock.to(months=12)
    assert "asked 1 owner(s)" in run_daily()
    (message,) = still_right_mails()
    assert message.to == [OWNER]
    assert "Kringloop Zuid" in message.subject
    assert link_in(message, STILL_RIGHT)
    assert link_in(message, "/en/directory/update/")

    # The same day again, the next day, and half a year on: nobody is asked twice in a year.
    for moment in ({"months": 12}, {"months": 12, "days": 1}, {"months": 18}):
        clock.to(**moment)
        assert "asked 0 owner(s)" in run_daily()
    assert len(still_right_mails()) == 1


def test_the_email_is_in_the_owners_language(client, clock, directory_page):
    enterprise = EnterpriseFactory(name="Atelier Lumière", country="FR", language="fr")
    SubmissionFactory(
        enterprise=enterprise,
        submitter_email="claire@lumiere.example",
        language="fr",
        confirmed=True,
    )
    clock.to(months=12)
    run_daily()
    message = last_mail_to("claire@lumiere.example")
    assert link_in(message, "/fr/directory/still-right/")


def test_confirming_by_the_link_resets_the_clock_and_the_notice_goes(client, clock, listing):
    clock.to(months=12)
    run_daily()
    link = link_in(still_right_mails()[0], STILL_RIGHT)

    clock.to(months=18)
    assert OUT_OF_DATE in text_of(profile(client, listing))

    # Opening the link (as a mail scanner would) shows a button and changes nothing.
    page = client.get(link)
    assert page.status_code == 200
    assert "Yes, the listing is still right" in text_of(page)
    listing.refresh_from_db()
    assert listing.last_confirmed_at == clock.start

    done = client.post(link)
    assert done.status_code == 200
    assert "Thank you: the listing is confirmed" in text_of(done)
    listing.refresh_from_db()
    assert listing.last_confirmed_at == clock.now
    assert OUT_OF_DATE not in text_of(profile(client, listing))

    # Asked again a year after the confirmation, not before.
    clock.to(months=29)
    assert "asked 0 owner(s)" in run_daily()
    clock.to(months=30)
    assert "asked 1 owner(s)" in run_daily()


def test_the_notice_shows_from_18_months(client, clock, listing):
    clock.to(months=17, days=27)
    assert OUT_OF_DATE not in text_of(profile(client, listing))
    clock.to(months=18)
    page = text_of(profile(client, listing))
    assert OUT_OF_DATE in page
    assert ARCHIVED not in page
    assert listing.name in names(client.get("/en/directory/"))


def test_after_two_years_the_listing_leaves_the_directory_until_restored(
    client, clock, listing, directory_editor
):
    kept = Enterprise.objects.get(name="Editors Keep This")
    clock.to(months=23, days=27)
    run_daily()
    assert listing.name in names(client.get("/en/directory/"))

    clock.to(months=24)
    assert "Archived 2 listing(s)" in run_daily()
    EnterpriseFactory(name="Published Since")
    results = names(client.get("/en/directory/"))
    assert listing.name not in results
    assert "Published Since" in results
    assert listing.name not in csv_names(client)
    assert "Published Since" in csv_names(client)
    assert not sitemap_lists(client, listing)

    page = profile(client, listing)
    assert page.status_code == 200
    assert ARCHIVED in text_of(page)
    assert '<meta name="robots" content="noindex' in page.content.decode()

    # The owner is told it is archived and how to bring it back; the run stays idempotent.
    assert "archived" in still_right_mails()[-1].body
    assert "Archived 0 listing(s)" in run_daily()

    # Editors find the archived listings, and restore one: back everywhere, confirmed as of now.
    client.force_login(directory_editor)
    archive = text_of(
        client.get(reverse("wagtailsnippets_directory_enterprise:list") + "?freshness=archived")
    )
    assert "Editors Keep This" in archive
    assert "Published Since" not in archive
    url = reverse("directory_mark_reviewed", args=[kept.pk])
    assert "Restore to the directory" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    client.logout()
    kept.refresh_from_db()
    assert kept.archived_at is None
    assert kept.last_confirmed_at == clock.now
    assert kept.name in names(client.get("/en/directory/"))
    assert kept.name in csv_names(client)
    assert sitemap_lists(client, kept)
    assert ARCHIVED not in text_of(profile(client, kept))


def test_the_owner_confirming_an_archived_listing_brings_it_back(client, clock, listing):
    clock.to(months=24)
    run_daily()
    link = link_in(still_right_mails()[-1], STILL_RIGHT)
    assert listing.name not in names(client.get("/en/directory/"))
    client.post(link)
    assert listing.name in names(client.get("/en/directory/"))
    assert ARCHIVED not in text_of(profile(client, listing))


def test_an_approved_owner_update_confirms_the_listing(client, clock, listing, directory_editor):
    clock.to(months=20)
    client.post(f"/en/directory/{listing.slug}/update/", {"email": OWNER})
    update = link_in(last_mail_to(OWNER), "/en/directory/update/")
    response = client.post(
        update,
        submission_data(
            **{
                "profile-name": "Kringloop Zuid",
                "profile-summary": "Still repairing, now in two shops.",
            }
        ),
    )
    assert response.status_code == 200, response.context.get("errors")
    listing.refresh_from_db()
    assert listing.last_confirmed_at == clock.start  # Not before an editor approves it.
    approve(client, directory_editor, listing)
    listing.refresh_from_db()
    assert listing.last_confirmed_at == clock.now
    assert OUT_OF_DATE not in text_of(profile(client, listing))


def test_an_editor_marks_a_listing_as_reviewed(client, clock, listing, directory_editor):
    clock.to(months=19)
    client.force_login(directory_editor)
    listing_page = client.get(reverse("wagtailsnippets_directory_enterprise:list"))
    assert "Mark as reviewed" in listing_page.content.decode()
    client.post(reverse("directory_mark_reviewed", args=[listing.pk]))
    listing.refresh_from_db()
    assert listing.last_confirmed_at == clock.now


def test_reviewing_needs_the_permission_to_publish(client, listing, django_user_model):
    visitor = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
    client.force_login(visitor)
    response = client.post(reverse("directory_mark_reviewed", args=[listing.pk]))
    assert response.status_code in (302, 403)
    listing.refresh_from_db()
    assert listing.archived_at is None


def test_a_listing_without_owner_is_not_emailed(client, clock, directory_page):
    EnterpriseFactory(name="Nobody Owns This")
    clock.to(months=12)
    assert "1 listing(s) due have no owner on record" in run_daily()
    assert not still_right_mails()


@pytest.mark.parametrize(
    ("token", "status", "message"),
    [
        ("not-a-token", 400, "This link is not valid"),
        (None, 410, "This confirmation link has expired"),
    ],
)
def test_bad_or_expired_links_say_so(client, clock, listing, monkeypatch, token, status, message):
    if token is None:
        token = tokens.still_right_token(listing, OWNER)
        monkeypatch.setattr(tokens, "STILL_RIGHT_LIFETIME", timedelta(seconds=-1))
    response = client.post(f"{STILL_RIGHT}{token}/")
    assert response.status_code == status
    assert message in text_of(response)
    listing.refresh_from_db()
    assert listing.last_confirmed_at == clock.start


def test_a_link_for_someone_no_longer_on_record_is_refused(client, listing):
    token = tokens.still_right_token(listing, "former@kringloop.example")
    response = client.post(f"{STILL_RIGHT}{token}/")
    assert response.status_code == 403
    assert re.search(r"no longer opens this listing", text_of(response))
