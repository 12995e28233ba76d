"""Directory search and filters, on whichever database the suite runs against."""

import pytest
from bs4 import BeautifulSoup

from directory.models import Enterprise, SizeBand
from tests.directory.factories import EnterpriseFactory
from tests.directory.result_cards import names

pytestmark = pytest.mark.django_db


def test_unfiltered_directory_lists_every_live_profile_by_name(client, enterprises):
    response = client.get("/en/directory/")
    assert response.status_code == 200
    assert names(response) == [
        "Café Bobinoir",
        "Kringloopkompas",
        "Threadbare Works",
        "Zonnedak Coöperatie",
    ]
    assert "4 enterprises" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=BE", ["Kringloopkompas"]),
        ("sector=circular-economy", ["Kringloopkompas", "Threadbare Works"]),
        ("sdg=8", ["Café Bobinoir", "Kringloopkompas"]),
        ("country=BE&country=FR", ["Café Bobinoir", "Kringloopkompas"]),
        ("sector=circular-economy&country=GB", ["Threadbare Works"]),
        ("sector=energy&sector=hospitality", ["Café Bobinoir", "Zonnedak Coöperatie"]),
        ("sdg=12&sector=circular-economy&country=BE", ["Kringloopkompas"]),
        ("country=be", ["Kringloopkompas"]),
    ],
)
def test_filters_alone_and_combined(client, enterprises, query, expected):
    assert names(client.get(f"/en/directory/?{query}")) == expected


def test_sort_by_newest_and_by_name(client, enterprises):
    newest = names(client.get("/en/directory/?sort=newest"))
    assert newest[0] == "Threadbare Works"
    assert names(client.get("/en/directory/?q=a&sort=name")) == sorted(
        names(client.get("/en/directory/?q=a"))
    )


def test_facet_counts_reflect_the_other_filters_and_offer_only_values_in_use(client, enterprises):
    response = client.get("/en/directory/?sector=circular-economy")
    facets = response.context["facets"]
    countries = {option.value: option.count for option in facets["country"]}
    assert countries == {"BE": 1, "GB": 1}
    # The sector facet ignores the sector filter itself, so other sectors stay choosable.
    sectors = {option.value: (option.count, option.selected) for option in facets["sector"]}
    assert sectors["circular-economy"] == (2, True)
    assert sectors["energy"] == (1, False)
    assert "housing" not in sectors
    goals = {option.value: option.count for option in facets["sdg"]}
    assert goals == {"8": 1, "12": 2}


def test_active_filters_can_be_removed_one_by_one(client, enterprises):
    response = client.get("/en/directory/?country=BE&sector=circular-economy&q=gent")
    html = BeautifulSoup(response.content, "html.parser")
    links = {a.get_text(" ", strip=True): a["href"] for a in html.select(".active-filter")}
    assert set(links) == {
        "Remove filter Words: “gent” ×",
        "Remove filter Belgium ×",
        "Remove filter Circular economy and reuse ×",
    }
    without_country = links["Remove filter Belgium ×"]
    assert "country=" not in without_country
    assert "sector=circular-economy" in without_country and "q=gent" in without_country


def test_pagination_keeps_every_filter(client, directory_page):
    for number in range(30):
        EnterpriseFactory(
            name=f"Repair Point {number:02d}", country="BE", sectors=["circular-economy"]
        )
    response = client.get("/en/directory/?country=BE&sector=circular-economy&q=repair")
    assert len(response.context["results"]) == 24
    html = BeautifulSoup(response.content, "html.parser")
    next_link = html.find("a", rel="next")["href"]
    assert "country=BE" in next_link and "sector=circular-economy" in next_link
    assert "q=repair" in next_link and "page=2" in next_link
    second = client.get("/en/directory/" + next_link)
    assert len(second.context["results"]) == 6


def test_empty_result_suggests_what_to_remove(client, enterprises):
    response = client.get("/en/directory/?country=FR&sector=energy")
    body = response.content.decode()
    assert "0 enterprises" in body
    html = BeautifulSoup(response.content, "html.parser")
    suggestions = [a.get_text(strip=True) for a in html.select(".empty-state a")]
    assert "Remove France" in suggestions
    assert "Remove Renewable energy" in suggestions


def test_filtered_and_searched_views_are_not_indexed(client, enterprises):
    plain = BeautifulSoup(client.get("/en/directory/").content, "html.parser")
    assert plain.find("meta", attrs={"name": "robots"}) is None
    for query in ("?q=gent", "?country=BE", "?page=1"):
        response = client.get("/en/directory/" + query)
        html = BeautifulSoup(response.content, "html.parser")
        assert html.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")
        assert response["X-Robots-Tag"] == "noindex"


def test_home_page_shows_featured_enterprises_and_headline_numbers(client, enterprises):
    featured = enterprises["cafe"]
    featured.is_featured = True
    featured.save_revision().publish()
    response = client.get("/en/")
    html = BeautifulSoup(response.content, "html.parser")
    teaser = html.find("section", class_="directory-teaser")
    assert [a.get_text(strip=True) for a in teaser.select(".card__title a")] == ["Café Bobinoir"]
    numbers = [li.get_text(" ", strip=True) for li in teaser.select(".headline-numbers li")]
    # No enterprise has a verified figure from the catalogue, so no impact total is shown.
    assert numbers == ["4 enterprises listed", "4 countries"]
    form = teaser.find("form")
    assert form["action"] == "/en/directory/" and form.find("input", attrs={"name": "q"})


def submitted(html, **typed):
    """The query string the directory's form sends, with what the visitor typed: every field
    of the form, inside it or tied to it by form="directory-form", as it stands."""
    page = BeautifulSoup(html, "html.parser")
    form = page.find("form", id="directory-form")
    fields = form.find_all(["input", "select"]) + page.find_all(form="directory-form")
    sent = {}
    for field in fields:
        name = field.get("name")
        if not name or field.get("type") == "checkbox" and not field.has_attr("checked"):
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            sent[name] = chosen.get("value", "")
        else:
            sent[name] = field.get("value", "")
    return {**sent, **typed}


def test_words_typed_on_the_unfiltered_directory_come_back_by_relevance(client, enterprises):
    """Without words the list is by name; the form must not carry that order over to the
    words the visitor then types, which are best shown best match first."""
    start = client.get("/en/directory/")
    params = submitted(start.content, q="energy")
    response = client.get("/en/directory/", params)
    assert response.context["listing"].sort == "relevance"
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("#filter-sort option[selected]").get_text() == "Relevance"


def test_an_order_the_visitor_chose_stays_when_they_type_words(client, enterprises):
    newest = client.get("/en/directory/", {"sort": "newest"})
    params = submitted(newest.content, q="energy")
    assert client.get("/en/directory/", params).context["listing"].sort == "newest"
    by_name = client.get("/en/directory/", {"q": "energy", "sort": "name"})
    params = submitted(by_name.content, q="solar energy")
    assert client.get("/en/directory/", params).context["listing"].sort == "name"


@pytest.mark.parametrize(("language", "shown"), [("en", "12,345"), ("nl", "12.345")])
def test_the_home_page_groups_the_number_of_enterprises_the_visitors_way(
    client, enterprises, monkeypatch, language, shown
):
    from directory.templatetags import directory_tags

    counted = {"enterprises": 12345, "countries": 4, "impact": []}
    monkeypatch.setattr(directory_tags, "_count_headline_numbers", lambda vocabulary: counted)
    html = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
    first = html.select_one(".headline-numbers li .headline-numbers__value")
    assert first.get_text(strip=True) == shown


def test_words_with_a_size_count_and_list_only_the_enterprises_of_that_size(client, enterprises):
    Enterprise.objects.filter(pk=enterprises["textile_gb"].pk).update(size_band=SizeBand.SMALL)
    everyone = names(client.get("/en/directory/?q=textile"))
    assert sorted(everyone) == ["Kringloopkompas", "Threadbare Works"]

    response = client.get("/en/directory/?q=textile&size=small")

    assert names(response) == ["Threadbare Works"]
    assert "1 enterprise" in response.content.decode()
    countries = {option.value: option.count for option in response.context["facets"]["country"]}
    assert countries == {"GB": 1}
