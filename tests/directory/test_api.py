"""The public API, /api/v1/, as a script on another site uses it."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from directory.models import Sector
from tests.directory.factories import EnterpriseFactory, SubmissionFactory
from tests.home.factories import EventPageFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

API = "/api/v1"


@pytest.fixture(autouse=True)
def _generous_limit(settings):
    settings.API_RATE = (10_000, 60)


def page_slugs(client, query):
    """The result cards' profiles, in the order the directory page shows them."""
    html = BeautifulSoup(client.get(f"/en/directory/?{query}").content, "html.parser")
    links = html.select(".directory__results .card__title a")
    return [link["href"].rstrip("/").rsplit("/", 1)[-1] for link in links]


def api_slugs(client, query):
    data = client.get(f"{API}/enterprises?{query}&page_size=100").json()
    assert data["count"] == len(data["results"])
    return [item["slug"] for item in data["results"]]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "country=BE&country=FR",
        "sector=circular-economy",
        "q=circular",
        "q=solar&sort=name",
        "sdg=8&sort=newest",
        "sdg=12&sdg=7&sort=name",
        "country=GB&sector=circular-economy",
        "sector=energy&sector=hospitality&sort=newest",
    ],
)
def test_the_list_is_the_directory_page_in_its_order(client, enterprises, query):
    on_page = page_slugs(client, query)
    assert on_page, "each combination finds something on the page"
    assert api_slugs(client, query) == on_page


def test_the_list_comes_in_pages_with_links_to_the_next_and_previous(client, enterprises):
    everything = api_slugs(client, "sort=name")
    first = client.get(f"{API}/enterprises?sort=name&page_size=3").json()
    assert first["count"] == 4
    assert first["previous"] is None
    assert [item["slug"] for item in first["results"]] == everything[:3]
    second = client.get(first["next"]).json()
    assert second["next"] is None
    assert [item["slug"] for item in second["results"]] == everything[3:]
    assert client.get(second["previous"]).json()["results"] == first["results"]


def test_an_enterprise_reads_as_in_the_list_and_as_in_the_json_download(client, enterprises):
    listed = client.get(f"{API}/enterprises?country=NL").json()["results"][0]
    detail = client.get(f"{API}/enterprises/{listed['slug']}")
    assert detail.status_code == 200
    assert detail.json() == listed
    download = json.loads(
        b"".join(client.get("/en/directory/export.json?country=NL").streaming_content)
    )["enterprises"][0]
    assert {key: download[key] for key in listed} == listed
    assert listed["sdgs"] == [7, 13]
    assert listed["innovations"][0]["title"] == "Shared battery"
    assert listed["profile_url"] == "http://testserver/en/directory/zonnedak-cooperatie/"


def test_drafts_are_not_published_data(client, enterprises):
    draft = enterprises["draft"]
    assert draft.slug not in api_slugs(client, "")
    response = client.get(f"{API}/enterprises/{draft.slug}")
    assert response.status_code == 404
    assert draft.slug in response.json()["detail"]


def test_no_personal_data_of_submitters(client, directory_page):
    enterprise = EnterpriseFactory(name="Open Kitchen", origin="public")
    SubmissionFactory(
        enterprise=enterprise,
        submitter_name="Griet Vandamme",
        submitter_email="griet.vandamme@example.org",
        confirmed=True,
    )
    for address in (f"{API}/enterprises", f"{API}/enterprises/{enterprise.slug}"):
        body = client.get(address).content.decode()
        assert "Open Kitchen" in body
        assert "Griet" not in body and "Vandamme" not in body
        assert "griet.vandamme@example.org" not in body
        assert "submitter" not in body


def test_answers_in_english_outside_the_language_prefix(client, enterprises):
    response = client.get(f"{API}/sectors", headers={"accept-language": "nl"})
    assert response.status_code == 200  # no redirect to /nl/api/...
    sectors = {item["slug"]: item for item in response.json()}
    energy, stored = sectors["energy"], Sector.objects.get(slug="energy")
    assert energy["name"] == energy["names"]["en"] == stored.name
    assert energy["names"]["nl"] == (stored.name_nl or stored.name)
    assert energy["names"]["fr"] == (stored.name_fr or stored.name)
    for address in (f"{API}/nothing-here", f"{API}/", f"{API}/sectors/"):
        unknown = client.get(address)
        assert unknown.status_code == 404
        assert f"{API}/docs" in unknown.json()["detail"]


def test_goals_certifications_and_indicators(client, directory_page):
    goals = client.get(f"{API}/goals").json()
    assert [goal["number"] for goal in goals] == list(range(1, 18))
    assert goals[12]["names"]["en"] == goals[12]["name"]
    assert client.get(f"{API}/certifications").status_code == 200
    indicators = client.get(f"{API}/indicators").json()
    for indicator in indicators:
        assert set(indicator["names"]) == {"en", "nl", "fr"}
        assert indicator["aggregation"] in ("sum", "none")


def test_events_upcoming_and_past_published_only(client, event_index):
    soon = timezone.localdate() + datetime.timedelta(days=10)
    later = soon + datetime.timedelta(days=20)
    organiser = OrganisationFactory(name="Social Enterprise NL", website="https://se.example")
    first = EventPageFactory(parent=event_index, title="Soon", start_date=soon, end_date=soon)
    first.organisers.set([organiser])
    first.save_revision().publish()
    EventPageFactory(parent=event_index, title="Later", start_date=later, end_date=later)
    EventPageFactory(
        parent=event_index,
        title="Past",
        start_date=datetime.date(2020, 3, 1),
        end_date=datetime.date(2020, 3, 1),
    )
    EventPageFactory(parent=event_index, title="Draft", live=False)

    upcoming = client.get(f"{API}/events").json()
    assert [event["title"] for event in upcoming["results"]] == ["Soon", "Later"]
    assert upcoming["results"][0]["organisers"] == [
        {"name": "Social Enterprise NL", "website": "https://se.example"}
    ]
    assert upcoming["results"][0]["url"].startswith("http://testserver/en/")
    assert upcoming["results"][0]["start_date"] == soon.isoformat()
    past = client.get(f"{API}/events?when=past").json()
    assert [event["title"] for event in past["results"]] == ["Past"]


# HTTP: caching, CORS, limits ------------------------------------------------------------


def test_an_unchanged_answer_is_not_sent_again(client, enterprises):
    response = client.get(f"{API}/enterprises?country=BE")
    etag, modified = response["ETag"], response["Last-Modified"]
    assert etag and modified
    again = client.get(f"{API}/enterprises?country=BE", headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    since = client.get(f"{API}/enterprises?country=BE", headers={"if-modified-since": modified})
    assert since.status_code == 304
    other = client.get(f"{API}/enterprises?country=FR", headers={"if-none-match": etag})
    assert other.status_code == 200


def test_a_change_makes_the_answer_new_again(client, enterprises):
    response = client.get(f"{API}/enterprises")
    etag, modified = response["ETag"], response["Last-Modified"]
    EnterpriseFactory(name="Brand New Co-op")
    assert client.get(f"{API}/enterprises", headers={"if-none-match": etag}).status_code == 200
    newer = client.get(f"{API}/enterprises", headers={"if-modified-since": modified})
    # Dates count in whole seconds: a change within the same second is told by the ETag.
    assert newer.status_code in (200, 304)
    assert "Brand New Co-op" in client.get(f"{API}/enterprises").content.decode()


def test_any_site_may_read_it(client, enterprises):
    response = client.get(f"{API}/enterprises", headers={"origin": "https://example.net"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    preflight = client.options(
        f"{API}/enterprises",
        headers={
            "origin": "https://example.net",
            "access-control-request-method": "GET",
            "access-control-request-headers": "if-none-match",
        },
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]


def test_head_gives_the_headers_alone(client, enterprises):
    response = client.head(f"{API}/enterprises")
    assert response.status_code == 200
    assert response.content == b""
    assert response["ETag"] == client.get(f"{API}/enterprises")["ETag"]


def test_control_characters_in_the_search_words_are_no_error(client, enterprises):
    response = client.get(f"{API}/enterprises?q=%00circular%07")
    assert response.status_code == 200
    assert [item["slug"] for item in response.json()["results"]] == page_slugs(client, "q=circular")


def test_it_only_reads(client, directory_page):
    response = client.post(f"{API}/enterprises", {})
    assert response.status_code == 405
    assert "GET" in response.json()["detail"]


def test_too_many_requests_are_told_when_to_come_back(client, directory_page, settings):
    settings.API_RATE = (3, 60)
    for _request in range(3):
        assert client.get(f"{API}/goals").status_code == 200
    refused = client.get(f"{API}/goals")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused["Access-Control-Allow-Origin"] == "*"
    assert "Try again in" in refused.json()["detail"]
    # Another address has its own count.
    other = client.get(f"{API}/goals", REMOTE_ADDR="192.0.2.44")
    assert other.status_code == 200


@pytest.mark.parametrize(
    ("query", "status", "words"),
    [
        ("sector=no-such-sector", 400, "no-such-sector"),
        ("certification=unknown", 400, "unknown"),
        ("indicator=made-up", 400, "made-up"),
        ("country=ZZ", 400, "ZZ"),
        ("country=Belgium", 422, "country"),
        ("sdg=18", 422, "sdg"),
        ("sdg=eight", 422, "sdg"),
        ("page=abc", 422, "page"),
        ("page=0", 422, "page"),
        ("page_size=10000", 422, "page_size"),
        ("sort=bogus", 422, "sort"),
        ("size=enormous", 422, "size"),
        ("impact=some", 422, "impact"),
        ("q=" + "x" * 300, 422, "q"),
        ("page=99", 404, "no page 99"),
    ],
)
def test_bad_parameters_are_refused_with_a_message(client, enterprises, query, status, words):
    response = client.get(f"{API}/enterprises?{query}")
    assert response.status_code == status
    assert words in response.json()["detail"]


def test_bad_event_parameters_are_refused(client, event_index):
    response = client.get(f"{API}/events?when=tomorrow&language=de")
    assert response.status_code == 422
    assert "when" in response.json()["detail"] and "language" in response.json()["detail"]


# Schema, documentation and the Open data page ------------------------------------------


def test_the_schema_is_openapi_3_at_a_stable_address(client, directory_page):
    schema = client.get(f"{API}/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["license"]["url"] == "https://creativecommons.org/licenses/by/4.0/"
    paths = set(schema["paths"])
    assert {
        f"{API}/enterprises",
        f"{API}/enterprises/{{slug}}",
        f"{API}/sectors",
        f"{API}/goals",
        f"{API}/certifications",
        f"{API}/indicators",
        f"{API}/events",
    } <= paths


def test_the_documentation_runs_within_the_content_security_policy(client, directory_page):
    response = client.get(f"{API}/docs")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert (
        "script-src 'self'" in policy
        and "unsafe" not in policy.split("script-src")[1].split(";")[0]
    )
    html = BeautifulSoup(response.content, "html.parser")
    scripts = html.find_all("script")
    # Only this site's own files run; the one inline element is JSON settings, not a script.
    for script in scripts:
        if script.get("src"):
            assert script["src"].startswith("/static/")
        else:
            assert script.get("type") == "application/json"
    assert client.get(scripts[-1]["src"]).status_code == 200


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_open_data_page_in_each_language(client, directory_page, language, settings):
    settings.API_RATE = (90, 60)
    home = client.get(f"/{language}/")
    footer = BeautifulSoup(home.content, "html.parser").select_one("footer")
    link = footer.find("a", href=f"/{language}/open-data/")
    assert link is not None
    response = client.get(f"/{language}/open-data/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == language
    hrefs = {a["href"] for a in html.select("main a")}
    assert "https://creativecommons.org/licenses/by/4.0/" in hrefs
    assert f"{API}/openapi.json" in hrefs
    assert f"{API}/docs" in hrefs
    assert f"/{language}/directory/export.csv" in hrefs
    assert f"/{language}/directory/export.json" in hrefs
    text = html.select_one("main").get_text()
    assert "90" in text  # the rate limit
    assert f"{API}/enterprises" in text
