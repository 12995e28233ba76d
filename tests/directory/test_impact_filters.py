"""The "verified impact" and certification filters: results, facet counts, bad values, exports.

Every expectation is worked out here from the data the test gives the factories, never from the
code that filters and counts.
"""

import csv
import datetime
import io
import json
import random

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.directory.factories import EnterpriseFactory
from tests.directory.result_cards import names

pytestmark = pytest.mark.django_db

CERTIFICATIONS = ["b-corp", "esus", "living-wage-employer", "social-enterprise-mark"]
COUNTRIES = ["BE", "FR", "GB", "NL"]
SECTORS = ["circular-economy", "energy", "hospitality"]
WORDS = ["Repair", "Solar"]


@pytest.fixture(autouse=True)
def _uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


def figure(verified, days_ago=None):
    today = timezone.localdate()
    return {
        "indicator": "people in work",
        "value": 3,
        "unit": "people",
        "year": today.year - 1,
        "verified": verified,
        "verified_on": today - datetime.timedelta(days=days_ago) if days_ago is not None else None,
    }


# What an enterprise's impact figures may look like, from none to several.
FIGURE_SETS = [
    [],
    [figure(False)],
    [figure(True, days_ago=30)],
    [figure(True, days_ago=5 * 365)],
    [figure(False), figure(True, days_ago=400)],
    [figure(False), figure(False)],
]


@pytest.fixture
def profiles(directory_page):
    """Eighteen live profiles with a seeded mix of countries, sectors, certifications and
    figures, and a draft that has everything; returns what was given to the factories."""
    chance = random.Random(12)
    given = []
    for number in range(18):
        fields = {
            "name": f"{WORDS[number % 2]} Works {number:02d}",
            "country": chance.choice(COUNTRIES),
            "sectors": chance.sample(SECTORS, chance.randint(1, 2)),
            "certifications": chance.sample(CERTIFICATIONS, chance.choice([0, 0, 1, 1, 2])),
            "impact_figures": chance.choice(FIGURE_SETS),
        }
        EnterpriseFactory(**fields)
        given.append(fields)
    EnterpriseFactory(
        name="Repair Draft",
        draft=True,
        certifications=CERTIFICATIONS,
        impact_figures=[figure(True, days_ago=1)],
    )
    return given


def verified(profile):
    return any(item["verified"] for item in profile["impact_figures"])


def matches(profile, params, leave_out=None):
    """Whether a profile answers the query `params` ({name: [values]}), one filter aside."""
    words = params.get("q", [])
    if words and words[0].lower() not in profile["name"].lower():
        return False
    for name, wanted in params.items():
        if name == leave_out or name == "q":
            continue
        if name == "country" and profile["country"] not in wanted:
            return False
        if name == "sector" and not set(profile["sectors"]) & set(wanted):
            return False
        if name == "certification" and not set(profile["certifications"]) & set(wanted):
            return False
        if name == "impact" and not verified(profile):
            return False
    return True


def expected_facets(profiles, params):
    """{facet: {value: count}} as the filter panel should offer them: values in use or chosen."""
    facets = {}
    for facet, values_of in (
        ("country", lambda profile: [profile["country"]]),
        ("sector", lambda profile: profile["sectors"]),
        ("certification", lambda profile: profile["certifications"]),
        ("impact", lambda profile: ["verified"] if verified(profile) else []),
    ):
        counts = dict.fromkeys(params.get(facet, []), 0)
        for profile in profiles:
            if matches(profile, params, leave_out=facet):
                for value in values_of(profile):
                    counts[value] = counts.get(value, 0) + 1
        facets[facet] = counts
    return facets


def as_params(query):
    params = {}
    for pair in query.split("&"):
        name, value = pair.split("=")
        params.setdefault(name, []).append(value)
    return params


QUERIES = [
    "impact=verified",
    "certification=b-corp",
    "certification=b-corp&certification=esus",
    "certification=living-wage-employer&impact=verified",
    "impact=verified&country=BE&country=NL",
    "sector=energy&certification=social-enterprise-mark",
    "q=repair&impact=verified",
    "q=solar&certification=esus&certification=b-corp",
    "q=repair&certification=esus&impact=verified&sector=energy",
    # Known, and held by none of them: nothing found, and the facets still offer the way out.
    "certification=code-sociale-ondernemingen&q=solar",
]


@pytest.mark.parametrize("query", QUERIES)
def test_results_and_facet_counts_match_a_count_of_the_given_data(client, profiles, query):
    params = as_params(query)
    expected = sorted(profile["name"] for profile in profiles if matches(profile, params))
    assert expected or "code-sociale" in query, "a query that finds nothing tests little"
    response = client.get(f"/en/directory/?{query}")
    assert response.status_code == 200
    assert sorted(names(response)) == expected
    assert response.context["total"] == len(expected)
    facets = response.context["facets"]
    for facet, counts in expected_facets(profiles, params).items():
        shown = {option.value: option.count for option in facets[facet]}
        assert shown == counts, facet
        chosen = {option.value for option in facets[facet] if option.selected}
        assert chosen == set(params.get(facet, []))


def test_facets_without_filters_count_every_live_profile(client, profiles):
    response = client.get("/en/directory/")
    facets = response.context["facets"]
    (impact,) = facets["impact"]
    assert impact.count == sum(verified(profile) for profile in profiles)
    assert not impact.selected
    by_certification = {option.value: option.count for option in facets["certification"]}
    assert by_certification == expected_facets(profiles, {})["certification"]


def test_facets_offer_the_new_filters_as_checkboxes_with_their_counts(client, profiles):
    html = BeautifulSoup(client.get("/en/directory/").content, "html.parser")
    box = html.find("input", attrs={"name": "impact", "value": "verified"})
    label = html.find("label", attrs={"for": box["id"]}).get_text(" ", strip=True)
    assert label == f"Verified impact figures ({sum(verified(p) for p in profiles)})"
    b_corp = html.find("input", attrs={"name": "certification", "value": "b-corp"})
    label = html.find("label", attrs={"for": b_corp["id"]}).get_text(" ", strip=True)
    count = sum("b-corp" in profile["certifications"] for profile in profiles)
    assert label == f"Certified B Corporation ({count})"


def test_without_verified_figures_the_impact_filter_is_not_offered(client, directory_page):
    EnterpriseFactory(name="Unchecked", impact_figures=[figure(False)])
    response = client.get("/en/directory/")
    assert response.context["facets"]["impact"] == []
    html = BeautifulSoup(response.content, "html.parser")
    assert html.find("input", attrs={"name": "impact"}) is None
    # Chosen anyway (from a shared address): offered, checked, with its zero.
    response = client.get("/en/directory/?impact=verified")
    (option,) = response.context["facets"]["impact"]
    assert (option.count, option.selected) == (0, True)
    assert names(response) == []


def test_certification_names_follow_the_visitors_language(client, profiles):
    response = client.get("/nl/directory/?certification=b-corp")
    html = BeautifulSoup(response.content, "html.parser")
    chips = [a.get_text(" ", strip=True) for a in html.select(".active-filter")]
    assert len(chips) == 1 and "Gecertificeerde B Corp" in chips[0]
    b_corp = html.find("input", attrs={"name": "certification", "value": "b-corp"})
    assert "Gecertificeerde B Corp" in html.find("label", attrs={"for": b_corp["id"]}).get_text()


def test_chosen_filters_can_be_removed_one_by_one(client, profiles):
    response = client.get("/en/directory/?impact=verified&certification=b-corp&country=BE")
    html = BeautifulSoup(response.content, "html.parser")
    links = {a.get_text(" ", strip=True): a["href"] for a in html.select(".active-filter")}
    assert set(links) == {
        "Remove filter Belgium ×",
        "Remove filter Verified impact figures ×",
        "Remove filter Certified B Corporation ×",
    }
    without_impact = links["Remove filter Verified impact figures ×"]
    assert "impact=" not in without_impact
    assert "certification=b-corp" in without_impact and "country=BE" in without_impact
    without_b_corp = links["Remove filter Certified B Corporation ×"]
    assert "certification=" not in without_b_corp and "impact=verified" in without_b_corp


def notices(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [li.get_text(strip=True) for li in html.select(".notice li")]


def ignored(value, what):
    return f"“{value}” is not a {what} this directory knows, so it was ignored."


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("impact=yes", ignored("yes", "verified impact option")),
        ("impact=Verified", ignored("Verified", "verified impact option")),
        ("certification=iso-9001", ignored("iso-9001", "certification")),
        ("certification=b corp", ignored("b corp", "certification")),
    ],
)
def test_unknown_values_are_ignored_and_said_so(client, profiles, query, message):
    response = client.get(f"/en/directory/?{query}")
    assert response.status_code == 200
    assert notices(response) == [message]
    assert len(names(response)) == len(profiles)
    assert response.context["listing"].filterset.active_filters == []


def test_unknown_certifications_do_not_drop_the_known_ones(client, profiles):
    response = client.get("/en/directory/?certification=nope&certification=esus&impact=maybe")
    expected = sorted(p["name"] for p in profiles if "esus" in p["certifications"])
    assert sorted(names(response)) == expected
    assert len(notices(response)) == 2


def test_only_the_last_impact_value_counts(client, profiles):
    response = client.get("/en/directory/?impact=nope&impact=verified")
    assert notices(response) == []
    assert sorted(names(response)) == sorted(p["name"] for p in profiles if verified(p))


@pytest.mark.parametrize("param", ["impact", "certification"])
def test_html_in_the_new_parameters_is_escaped(client, profiles, param):
    payload = '"><script>alert(1)</script>'
    response = client.get("/en/directory/", {param: payload})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()


def read(response):
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.mark.parametrize("query", QUERIES)
def test_exports_hold_what_the_filters_promise(client, profiles, query):
    params = as_params(query)
    on_screen = names(client.get(f"/en/directory/?{query}"))
    exported = json.loads(read(client.get(f"/en/directory/export.json?{query}")))
    assert [item["name"] for item in exported["enterprises"]] == on_screen
    assert exported["count"] == len(on_screen)
    assert exported["query"] == params
    for item in exported["enterprises"]:
        if "impact" in params:
            assert any(row["verified"] for row in item["impact_figures"])
        if "certification" in params:
            assert set(item["certifications"]) & set(params["certification"])
    as_csv = read(client.get(f"/en/directory/export.csv?{query}")).lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    assert [row["name"] for row in rows] == on_screen
