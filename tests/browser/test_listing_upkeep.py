"""Keeping listings current, in a real browser: an editor imports a spreadsheet, an owner
confirms their listing is still right, someone claims a listing the editors made."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

IMPORTED = "Imported Walk Cooperative"


@pytest.fixture
def quick_forms(settings):
    """The minimum fill time is for robots; a browser test fills the form at once."""
    settings.DIRECTORY_FORM_MIN_SECONDS = 0


def test_an_editor_imports_a_spreadsheet_and_follows_it_to_the_end(
    signed_in, demo_site, remove_afterwards, axe, tmp_path
):
    from directory.models import Enterprise, ImportJob

    remove_afterwards.append(Enterprise.objects.filter(name=IMPORTED))
    remove_afterwards.append(ImportJob.objects.all())
    page = signed_in
    download = page.request.get(demo_site.url + "/en/directory/export.csv?country=BE")
    header = download.text().lstrip("\ufeff").splitlines()[0]
    columns = header.split(",")
    row = {name: "" for name in columns}
    row.update(
        name=IMPORTED,
        summary="A cooperative that walks city streets to map places for repair.",
        description="Volunteers and staff walk Ghent every week to map repair cafés.",
        country="BE",
        city="Gent",
        sectors="circular-economy",
    )
    upload = tmp_path / "partners.csv"
    upload.write_text(header + "\n" + ",".join(f'"{row[name]}"' for name in columns) + "\n")

    page.get_by_role("button", name="Directory").click()
    page.get_by_role("link", name="Import enterprises").click()
    expect(page.get_by_role("heading", name="Upload")).to_be_visible()
    axe(page)
    page.get_by_label("Enterprises (CSV)").set_input_files(str(upload))
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_text("Nothing has been written to the directory yet.")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile(IMPORTED))).to_contain_text("Created")
    axe(page)
    assert not Enterprise.objects.filter(name=IMPORTED).exists()

    page.get_by_label("Publish them now").check()
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_role("heading", name="What the import did")).to_be_visible()
    axe(page)
    assert Enterprise.objects.get(name=IMPORTED).live


def test_an_owner_confirms_the_listing_is_still_right(page, demo_site, remove_afterwards, axe):
    from directory import tokens
    from directory.models import Enterprise, Submission
    from tests.directory.factories import SubmissionFactory

    listing = Enterprise.objects.filter(live=True).order_by("pk").last()
    owner = "owner.walk@example.org"
    remove_afterwards.append(Submission.objects.filter(submitter_email=owner))
    SubmissionFactory(enterprise=listing, submitter_email=owner, confirmed=True)
    token = tokens.still_right_token(listing, owner)

    page.goto(f"{demo_site.url}/en/directory/still-right/{token}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Is this still right?")
    axe(page)
    page.get_by_role("button", name="Yes, the listing is still right").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: the listing is confirmed")
    axe(page)


def test_someone_claims_a_listing_the_editors_made_and_an_editor_approves(
    page, demo_site, remove_afterwards, axe, quick_forms, superuser
):
    from directory.models import Enterprise, Submission

    claimant = "claimant.walk@example.org"
    remove_afterwards.append(Submission.objects.filter(submitter_email=claimant))
    listing = Enterprise.objects.filter(live=True).order_by("pk").first()
    page.goto(demo_site.url + listing.get_url())
    page.get_by_role("link", name=re.compile("Is this your enterprise")).click()
    page.get_by_role("button", name="Send my claim").click()
    expect(page.get_by_role("alert").first).to_be_visible()
    axe(page)

    page.get_by_label("Your name").fill("Lotte Vos")
    page.get_by_label(re.compile("^Your role in the enterprise")).fill("Director")
    page.get_by_label(re.compile("^Your e-mail address")).fill(claimant)
    page.get_by_label(re.compile("^I agree")).check()
    page.get_by_role("button", name="Send my claim").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe(page)
    assert Submission.objects.filter(submitter_email=claimant, kind="claim").exists()

    page.goto(demo_site.url + "/admin/login/")
    page.get_by_label("Username").fill(superuser.username)
    page.get_by_label("Password").fill(superuser.password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="Directory").click()
    page.get_by_role("link", name="Submissions").click()
    row = page.get_by_role("row", name=re.compile(claimant))
    row.get_by_role("link", name="Review claim").click()
    axe(page)
    page.get_by_role("button", name="Approve the claim").click()
    expect(page.get_by_role("row", name=re.compile(claimant))).to_contain_text("Approved")
    update_link = [message for message in mail.outbox if claimant in message.to][-1]
    assert "/en/directory/update/" in update_link.body
