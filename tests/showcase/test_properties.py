"""Generated input, hostile or just odd, thrown at every public form and every directory parameter.

Whatever arrives: no 500, no HTML echoed unescaped, and no half-made record left behind.
"""

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directory import tokens
from directory.models import Enterprise, Origin, Submission
from tests.directory.factories import EnterpriseFactory, SubmissionFactory
from tests.directory.submission_helpers import FREE_TEXT_FIELDS, submission_data

pytestmark = pytest.mark.django_db

ATTACKS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><svg onload=alert(1)>",
    "javascript:alert(1)",
    "'; DROP TABLE directory_enterprise; --",
    "\x00\x01\x02",
    "%00%0d%0aSet-Cookie: x=1",
    "😀" * 40,
    "ﷺ\u202eevil\u202c",
    "a" * 20_000,
    "ü" * 3_000,
]
nasty_text = st.one_of(
    st.sampled_from(ATTACKS),
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.binary(max_size=120).map(lambda raw: raw.decode("latin-1")),
)
DIRECTORY_PARAMETERS = ["q", "country", "sector", "sdg", "size", "legal_form", "sort", "page"]
TEXT_FIELDS = [
    *FREE_TEXT_FIELDS,
    "profile-postal_code",
    "profile-website",
    "profile-public_email",
    "profile-year_founded",
    "profile-country",
    "profile-legal_form",
    "profile-size_band",
    "innovations-0-year",
    "figures-0-value",
    "figures-0-year",
    "figures-0-source_url",
    "submitter-submitter_name",
    "submitter-submitter_email",
    "submitter-started",
    "innovations-TOTAL_FORMS",
    "figures-TOTAL_FORMS",
]


@pytest.fixture(autouse=True)
def _generous_limits(settings):
    settings.DIRECTORY_SUBMISSION_RATE = (100_000, 3600)
    settings.DIRECTORY_UPDATE_LINK_RATE = (100_000, 3600)
    settings.DIRECTORY_OWNER_UPDATE_RATE = (100_000, 3600)
    settings.DIRECTORY_REMOVAL_REQUEST_RATE = (100_000, 3600)
    settings.DIRECTORY_FORM_POST_RATE = (100_000, 3600)


def assert_safe(response, payloads):
    assert response.status_code < 500, response.status_code
    if response.get("Content-Type", "").startswith("text/html"):
        body = response.content.decode()
        for payload in payloads:
            if "<" in payload and len(payload.strip()) > 3:
                assert payload not in body


def assert_no_half_made_records():
    public = Enterprise.objects.filter(origin=Origin.PUBLIC)
    assert not public.filter(submissions__isnull=True).exists()
    assert not public.filter(latest_revision__isnull=True).exists()
    assert not Submission.objects.filter(enterprise__isnull=True).exists()


@given(
    params=st.dictionaries(st.sampled_from(DIRECTORY_PARAMETERS), st.lists(nasty_text, max_size=3))
)
def test_directory_parameters(client, directory_page, params):
    payloads = [value for values in params.values() for value in values]
    for url in ("/en/directory/", "/en/directory/export.csv", "/en/directory/export.json"):
        response = client.get(url, params)
        assert_safe(response, payloads)
        if url.endswith((".csv", ".json")):
            b"".join(response.streaming_content)


@given(query=nasty_text, page=nasty_text)
def test_site_search(client, home_page, query, page):
    assert_safe(client.get("/en/search/", {"q": query, "page": page}), [query, page])


@given(changes=st.dictionaries(st.sampled_from(TEXT_FIELDS), nasty_text, min_size=1, max_size=6))
def test_listing_submission(client, directory_page, changes):
    before = Enterprise.objects.count()
    response = client.post("/en/directory/submit/", submission_data(**changes))
    assert_safe(response, changes.values())
    assert response.status_code in (302, 400, 409)
    assert Enterprise.objects.count() == before + (1 if response.status_code == 302 else 0)
    assert_no_half_made_records()


@given(email=nasty_text)
def test_update_link_request(client, directory_page, email):
    enterprise = Enterprise.objects.filter(slug="kept").first() or EnterpriseFactory(name="Kept")
    response = client.post(f"/en/directory/{enterprise.slug}/update/", {"email": email})
    assert_safe(response, [email])
    assert response.status_code in (200, 400)


@pytest.fixture
def owned(directory_page):
    enterprise = EnterpriseFactory(name="Owned Listing", origin="public")
    SubmissionFactory(
        enterprise=enterprise,
        submitter_name="Owner",
        submitter_email="owner@example.org",
        confirmed=True,
    )
    return enterprise, tokens.update_token(enterprise, "owner@example.org")


@given(changes=st.dictionaries(st.sampled_from(TEXT_FIELDS), nasty_text, min_size=1, max_size=6))
def test_listing_update(client, owned, changes):
    enterprise, token = owned
    revisions = enterprise.revisions.count()
    data = submission_data(**{"profile-name": "Owned Listing", **changes})
    response = client.post(f"/en/directory/update/{token}/", data)
    assert_safe(response, changes.values())
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        # One revision waits for review: the first accepted update's, which later ones replace.
        assert enterprise.revisions.count() == 2
    else:
        assert enterprise.revisions.count() == revisions
    assert "Owned Listing" in Enterprise.objects.get(pk=enterprise.pk).name


@given(reason=nasty_text, confirm=st.sampled_from(["on", "", None]))
def test_removal_request(client, owned, reason, confirm):
    _enterprise, token = owned
    data = {"reason": reason} if confirm is None else {"reason": reason, "confirm": confirm}
    response = client.post(f"/en/directory/update/{token}/remove/", data)
    assert_safe(response, [reason])
    assert response.status_code in (200, 400)


@given(token=nasty_text)
def test_links_with_any_token(client, directory_page, token):
    token = quote(token.replace("/", "").replace("\\", ""), safe="")
    if not token:
        return
    for url in (f"/en/directory/submit/confirm/{token}/", f"/en/directory/update/{token}/"):
        response = client.get(url)
        assert_safe(response, [token])
        assert response.status_code in (400, 403, 404, 410)
