"""The number of results and the facet counts follow the search words as well as the filters."""

import json

import pytest

pytestmark = pytest.mark.django_db


def test_facet_counts_follow_the_search_words(client, profiles):
    facets = client.get("/en/directory/", {"q": "cafe"}).context["facets"]
    assert [(o.value, o.count) for o in facets["country"]] == [("FR", 1)]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "country=FR",
        "sector=circular-economy&country=FR&country=BE",
        "sdg=8&sector=hospitality",
        "q=circular",
        "q=restaurant&country=NL",
        "q=circlar&sector=circular-economy",
        "q=repair&sdg=12&country=BE",
        "q=zzyzzx",
    ],
)
def test_the_number_of_results_is_the_number_the_download_holds(client, profiles, query):
    page = client.get(f"/en/directory/?{query}")
    download = json.loads(
        b"".join(client.get(f"/en/directory/export.json?{query}").streaming_content)
    )
    assert page.context["total"] == download["count"]
    assert page.context["results"].paginator.count == download["count"]
    assert f"{download['count']} enterprise" in page.content.decode()
