"""A search's pages of results, walked as a visitor walks them: each page holds the next results
in the order of the download, whatever page number the address asks for."""

import json

import pytest
from bs4 import BeautifulSoup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("every_request_rendered")]

PER_PAGE = 24


@pytest.fixture
def many_matches(add_profile):
    """53 profiles that match "repair": three pages. Some have the word in the name (ranked
    higher), the others only in the summary; names break the many ties. They are made out of
    the names' order, so that an order by id would show."""
    for number in sorted(range(53), key=lambda n: (n * 37) % 53):
        if number % 5 == 0:
            add_profile(f"Repair Hub {number:02d}", summary="Bikes and lamps.")
        else:
            add_profile(f"Werkplaats {number:02d}", summary="We repair what neighbours bring.")
    add_profile("Soup Kitchen", summary="Hot meals every day.")


def card_names(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [link.get_text() for link in html.select(".directory__results .card__title a")]


def downloaded_names(client, params):
    response = client.get("/en/directory/export.json", params)
    return [row["name"] for row in json.loads(b"".join(response.streaming_content))["enterprises"]]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "repair"},
        {"q": "repair", "country": "BE"},
        {"q": "repair", "sort": "name"},
        {"q": "repairr"},  # a typo: searched as its closest known word
    ],
)
def test_following_next_walks_the_results_in_the_downloads_order(client, many_matches, params):
    expected = downloaded_names(client, params)
    assert len(expected) == 53
    response = client.get("/en/directory/", params)
    walked = card_names(response)
    while next_link := BeautifulSoup(response.content, "html.parser").find("a", rel="next"):
        response = client.get("/en/directory/" + next_link["href"])
        assert response.status_code == 200
        walked += card_names(response)
    assert walked == expected


@pytest.mark.parametrize(
    ("page", "shows"),
    [
        ("2", slice(PER_PAGE, 2 * PER_PAGE)),
        ("3", slice(2 * PER_PAGE, None)),
        ("abc", slice(0, PER_PAGE)),
        ("2.5", slice(0, PER_PAGE)),
        ("", slice(0, PER_PAGE)),
        ("0", slice(2 * PER_PAGE, None)),
        ("-1", slice(2 * PER_PAGE, None)),
        ("4", slice(2 * PER_PAGE, None)),
        ("99999999999999999999999999", slice(2 * PER_PAGE, None)),
    ],
)
def test_any_page_number_shows_a_page_of_results(client, many_matches, page, shows):
    expected = downloaded_names(client, {"q": "repair"})
    response = client.get("/en/directory/", {"q": "repair", "page": page})
    assert response.status_code == 200
    assert card_names(response) == expected[shows]
    assert "53 enterprises" in response.content.decode()
