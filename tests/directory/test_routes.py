"""Every directory address belongs to the directory page, and follows it when editors rename it."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import DirectoryPage, Enterprise
from tests.directory.factories import EnterpriseFactory, SubmissionFactory
from tests.directory.submission_helpers import (
    last_mail_to,
    link_in,
    submission_data,
)

pytestmark = pytest.mark.django_db
OWNER = "owner@kringloop.example"
SUBMITTER = "an@fietsherstel-noord.example"


@pytest.fixture
def enterprises_page(directory_page):
    """The directory, renamed by an editor to /enterprises/."""
    directory_page.slug = "enterprises"
    directory_page.save_revision().publish()
    return DirectoryPage.objects.get(pk=directory_page.pk)


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def link_named(response, text):
    html = soup(response)
    links = [link for link in html.find_all("a") if text in link.get_text()]
    assert links, f"No link “{text}”"
    return links[0]["href"]


def directory_lookups(queries):
    return [query for query in queries if '"directory_directorypage"' in query["sql"]]


def test_a_renamed_directory_takes_every_address_with_it(client, enterprises_page):
    listing = EnterpriseFactory(name="Kringloop Zuid", origin="public")
    SubmissionFactory(enterprise=listing, submitter_email=OWNER, confirmed=True)
    directory = client.get("/en/enterprises/")

    # Listing a new enterprise, from the link on the directory to the e-mailed confirmation.
    form_url = link_named(directory, "List your enterprise")
    assert form_url == "/en/enterprises/submit/"
    assert soup(client.get(form_url)).find("form", class_="public-form")
    sent = client.post(form_url, submission_data())
    assert sent.status_code == 302
    assert sent["Location"].startswith("/en/enterprises/submit/sent/?s=")
    resend = soup(client.get(sent["Location"])).find("form", method="post")
    assert resend["action"] == "/en/enterprises/submit/resend/"
    confirm_url = link_in(last_mail_to(SUBMITTER), "/en/enterprises/submit/confirm/")
    assert "confirmed" in client.post(confirm_url).content.decode()

    # Asking for an update link from a profile, and opening it.
    profile_url = link_named(directory, "Kringloop Zuid")
    assert profile_url == "/en/enterprises/kringloop-zuid/"
    update_request_url = link_named(client.get(profile_url), "Update your listing")
    assert update_request_url == "/en/enterprises/kringloop-zuid/update/"
    client.post(update_request_url, {"email": OWNER})
    update_url = link_in(last_mail_to(OWNER), "/en/enterprises/update/")
    forms = soup(client.get(update_url)).find_all("form", method="post")
    assert [form.get("action") for form in forms] == [None, f"{update_url}remove/"]

    # Downloading the directory: the rows link to profiles at their new address.
    export_url = link_named(directory, "CSV (spreadsheet)")
    assert export_url == "/en/enterprises/export.csv"
    export = client.get(export_url)
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert rows[0]["profile_url"] == "http://testserver/en/enterprises/kringloop-zuid/"

    # The old addresses are gone with the old name.
    for old in (
        "/en/directory/submit/",
        "/en/directory/kringloop-zuid/",
        "/en/directory/export.csv",
    ):
        assert client.get(old).status_code == 404


def test_the_sitemap_lists_profiles_at_the_directorys_new_address(client, enterprises_page):
    EnterpriseFactory(name="Kringloop Zuid")
    sitemap = client.get("/sitemap-enterprises.xml").content.decode()
    assert "<loc>http://testserver/en/enterprises/kringloop-zuid/</loc>" in sitemap


def test_the_directory_keeps_its_addresses_under_its_default_name(client, directory_page):
    EnterpriseFactory(name="Kringloop Zuid")
    directory = client.get("/en/directory/")
    assert link_named(directory, "List your enterprise") == "/en/directory/submit/"
    assert link_named(directory, "JSON") == "/en/directory/export.json"
    assert link_named(directory, "Kringloop Zuid") == "/en/directory/kringloop-zuid/"


def test_no_profile_can_take_a_word_the_directory_uses_for_its_own_addresses(directory_page):
    words = {
        str(route.pattern).lstrip("^").split("/")[0].split("\\.")[0]
        for route in DirectoryPage.get_subpage_urls()
    }
    words = {word for word in words if word and not word.startswith("<")}
    assert words == {"submit", "update", "export", "impact-figures", "map", "still-right"}
    others = [field.name for field in Enterprise._meta.fields if field.name != "slug"]
    for word in words:
        with pytest.raises(ValidationError, match="is used by the directory itself"):
            Enterprise(name="Taken", slug=word).clean_fields(exclude=others)


def test_an_enterprise_named_like_a_directory_address_gets_a_profile_of_its_own(
    client, enterprises_page
):
    response = client.post("/en/enterprises/submit/", submission_data(**{"profile-name": "Update"}))
    assert response.status_code == 302
    assert Enterprise.objects.get(name="Update").slug == "update-enterprise"


def test_profile_links_cost_no_query_and_follow_a_rename(directory_page, django_assert_num_queries):
    enterprise = EnterpriseFactory(name="Kringloop Zuid")
    enterprise.get_url()
    with django_assert_num_queries(0):
        assert enterprise.get_url() == "/en/directory/kringloop-zuid/"
    directory_page.slug = "enterprises"
    directory_page.save_revision().publish()
    assert enterprise.get_url() == "/en/enterprises/kringloop-zuid/"


@pytest.mark.parametrize(
    "address", ["/en/", "/en/enterprises/kringloop-zuid/", "/en/enterprises/submit/"]
)
def test_a_page_with_cards_and_directory_links_looks_the_directory_up_once(
    client, enterprises_page, address
):
    listing = EnterpriseFactory(name="Kringloop Zuid", is_featured=True)
    EnterpriseFactory(name="Repair Café Gent", is_featured=True)
    SubmissionFactory(enterprise=listing, submitter_email=OWNER, confirmed=True)
    with CaptureQueriesContext(connection) as context:
        response = client.get(address)
    assert response.status_code == 200
    assert len(directory_lookups(context.captured_queries)) == 1
