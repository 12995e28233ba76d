"""Bad directory parameters never cause a 500: they are ignored, corrected or cut, and said so."""

import pytest
from bs4 import BeautifulSoup

from tests.directory.factories import EnterpriseFactory
from tests.directory.result_cards import names

pytestmark = pytest.mark.django_db


def notices(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [li.get_text(strip=True) for li in html.select(".notice li")]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("country=XX", "“XX” is not a country this directory knows, so it was ignored."),
        ("sector=nope", "“nope” is not a sector this directory knows, so it was ignored."),
        ("sdg=99", "“99” is not a goal this directory knows, so it was ignored."),
        ("sdg=abc", "“abc” is not a goal this directory knows, so it was ignored."),
        (
            "sdg=99999999999999999999999",
            "“99999999999999999999999” is not a goal this directory knows, so it was ignored.",
        ),
        ("size=huge", "“huge” is not a size this directory knows, so it was ignored."),
        ("legal_form=plc", "“plc” is not a legal form this directory knows, so it was ignored."),
        ("sort=random", "“random” is not a sort order this directory knows, so it was ignored."),
    ],
)
def test_unknown_values_are_ignored_and_said_so(client, enterprises, query, message):
    response = client.get(f"/en/directory/?{query}")
    assert response.status_code == 200
    assert message in notices(response)
    assert len(names(response)) == 4


def test_unknown_values_do_not_drop_the_known_ones(client, enterprises):
    response = client.get("/en/directory/?country=XX&country=BE&sector=nope")
    assert names(response) == ["Kringloopkompas"]
    assert len(notices(response)) == 2


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5", ""])
def test_bad_page_numbers_go_to_a_valid_page(client, enterprises, page):
    response = client.get(f"/en/directory/?page={page}")
    assert response.status_code == 200
    assert response.context["results"].number == 1
    assert len(names(response)) == 4


def test_page_beyond_the_end_shows_the_last_page(client, directory_page):
    for number in range(30):
        EnterpriseFactory(name=f"Page Test {number:02d}")
    response = client.get("/en/directory/?page=7")
    assert response.context["results"].number == 2
    assert len(names(response)) == 6


def test_overlong_search_is_cut_and_said_so(client, enterprises):
    response = client.get("/en/directory/", {"q": "gent " * 100})
    assert response.status_code == 200
    assert len(response.context["listing"].query) <= 200
    assert "Your search words were shortened to the first 200 characters." in notices(response)
    assert names(response) == ["Kringloopkompas"]


@pytest.mark.parametrize(
    "param", ["q", "country", "sector", "sdg", "size", "legal_form", "sort", "page"]
)
def test_html_in_any_parameter_is_escaped(client, enterprises, param):
    payload = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    response = client.get("/en/directory/", {param: payload})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)" not in body
    assert "<img src=x" not in body


@pytest.mark.parametrize(
    "words",
    [
        "!!!",
        "&|!():*",
        "'\"",
        "\\",
        "%_",
        "a" * 300,
        "中文 字符",
        "\x00",
        "-- drop table",
        "NOT OR AND",
    ],
)
def test_odd_search_words_never_break_the_search(client, enterprises, words):
    response = client.get("/en/directory/", {"q": words})
    assert response.status_code == 200
    assert client.get("/en/directory/export.csv", {"q": words}).status_code == 200


def test_search_without_letters_or_digits_is_ignored_and_said_so(client, enterprises):
    response = client.get("/en/directory/", {"q": "!!!"})
    assert "“!!!” has no letters or digits to search for, so it was ignored." in notices(response)
    assert len(names(response)) == 4


def test_many_repeated_parameters_are_bounded(client, enterprises):
    query = "&".join(f"country=X{n % 10}" for n in range(500))
    response = client.get(f"/en/directory/?{query}&country=BE")
    assert response.status_code == 200


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_a_sector_added_after_a_visit_filters_at_once(client, enterprises, language):
    from directory.models import Sector

    client.get(f"/{language}/directory/?sector=nope")  # the filters' form is made for this visit
    sector = Sector.objects.create(name="Bicycle repair", slug="bicycle-repair")
    enterprises["reuse"].sectors.add(sector)
    enterprises["reuse"].save_revision().publish()
    response = client.get(f"/{language}/directory/?sector=bicycle-repair")
    assert notices(response) == []
    assert names(response) == ["Kringloopkompas"]
