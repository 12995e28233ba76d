"""The directory's map: the same enterprises as the list, its GeoJSON download, profiles' maps."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Enterprise
from directory.submissions import unique_slug
from tests.directory.factories import EnterpriseFactory
from tests.directory.result_cards import names

pytestmark = pytest.mark.django_db

TILE_HOST = "https://tile.openstreetmap.org"
# Which of the sample enterprises (tests/directory/sample_enterprises.yaml) have coordinates.
PLACED = {
    "Kringloopkompas": (51.0543, 3.7174),
    "Café Bobinoir": (50.6292, 3.0573),
    "Threadbare Works": (50.8225, -0.1372),
}
QUERIES = [
    "",
    "country=BE&country=FR",
    "sector=circular-economy",
    "q=circular",
    "sdg=8&sort=newest",
    "country=NL",
    "q=nothing-matches-this-word",
    "country=XX&sector=nope&sdg=abc",
]


@pytest.fixture
def placed(enterprises):
    """The sample enterprises, three of them with coordinates."""
    for name, (latitude, longitude) in PLACED.items():
        Enterprise.objects.filter(name=name).update(latitude=latitude, longitude=longitude)
    return enterprises


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def listed_on_the_map_page(response):
    """Each name in the map page's list, with whether it is marked as being on the map."""
    items = soup(response).select(".map-list__item")
    return [(item.a.get_text(), item.has_attr("data-latitude")) for item in items]


def every_list_page(client, query):
    """The names on the directory's result cards, page after page, as a visitor reads them."""
    found, number = [], 1
    while True:
        response = client.get(f"/en/directory/?{query}&page={number}")
        found += names(response)
        if not soup(response).select_one(".pagination a[rel=next]"):
            return found
        number += 1


def csp(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def read(response):
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.mark.parametrize("query", QUERIES)
def test_the_map_page_lists_exactly_the_enterprises_of_the_list(client, placed, query):
    on_the_list = every_list_page(client, query)
    on_the_map_page = listed_on_the_map_page(client.get(f"/en/directory/map/?{query}"))
    assert [name for name, _ in on_the_map_page] == on_the_list
    assert [name for name, located in on_the_map_page if located] == [
        name for name in on_the_list if name in PLACED
    ]


def test_the_map_page_is_not_cut_into_pages(client, directory_page):
    for number in range(30):
        EnterpriseFactory(name=f"Mapped {number:02d}", latitude=50 + number / 100, longitude=4)
    on_the_list = every_list_page(client, "sort=name")
    assert len(on_the_list) == 30
    on_the_map_page = listed_on_the_map_page(client.get("/en/directory/map/?sort=name&page=2"))
    assert [name for name, _ in on_the_map_page] == on_the_list


def test_every_entry_links_to_its_profile_with_its_place(client, placed):
    html = soup(client.get("/en/directory/map/?country=FR"))
    (item,) = html.select(".map-list__item")
    assert item.a["href"] == "/en/directory/cafe-bobinoir/"
    assert item.select_one(".map-list__place").get_text() == "Lille, France"
    assert (item["data-latitude"], item["data-longitude"]) == ("50.6292", "3.0573")
    assert client.get(item.a["href"]).status_code == 200


def test_names_and_places_on_the_list_are_text_not_markup(client, directory_page):
    EnterpriseFactory(
        name='<img src=x onerror="alert(1)"> & Co',
        city="<b>Gent</b>",
        latitude=51.05,
        longitude=3.72,
    )
    page = client.get("/en/directory/map/")
    (item,) = soup(page).select(".map-list__item")
    assert item.a.get_text() == '<img src=x onerror="alert(1)"> & Co'
    assert item.select_one(".map-list__place").get_text().startswith("<b>Gent</b>")
    assert b"<img src=x" not in page.content and b"<b>Gent" not in page.content


def test_enterprises_without_coordinates_are_listed_and_counted(client, placed):
    html = soup(client.get("/en/directory/map/"))
    unplaced = [
        item.a.get_text()
        for item in html.select(".map-list__item")
        if "not on the map" in item.get_text()
    ]
    assert unplaced == ["Zonnedak Coöperatie"]
    assert "1 of these enterprises has no coordinates, so it is not on the map" in (
        html.select_one(".map__unlocated").get_text()
    )


def test_without_any_coordinates_there_is_no_map_but_the_list(client, enterprises):
    html = soup(client.get("/en/directory/map/"))
    assert html.select_one("#directory-map") is None
    assert len(html.select(".map-list__item")) == 4
    assert "None of these enterprises has coordinates" in html.select_one(".map__unlocated").text


def test_coordinates_are_written_the_same_in_every_language(client, placed):
    html = soup(client.get("/fr/directory/map/?country=BE"))
    (item,) = html.select(".map-list__item[data-latitude]")
    assert (item["data-latitude"], item["data-longitude"]) == ("51.0543", "3.7174")


def test_the_map_has_a_label_and_the_settings_to_draw_it(client, placed):
    html = soup(client.get("/en/directory/map/"))
    container = html.select_one("#directory-map")
    assert container["aria-label"] == "Map of 3 enterprises"
    assert container["data-tile-url"] == TILE_HOST + "/{z}/{x}/{y}.png"
    assert "OpenStreetMap" in container["data-attribution"]
    assert container["data-icon"].startswith("/static/vendor/leaflet/")
    scripts = [script["src"] for script in html.select("script[src]")]
    assert "/static/vendor/leaflet/leaflet.js" in scripts
    assert not html.select("script:not([src])")
    # Keyboard users may skip the markers: the list has an address on the page.
    assert html.select_one(".map__skip")["href"] == "#map-list"
    assert html.select_one("#map-list")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("country=XX", "“XX” is not a country this directory knows, so it was ignored."),
        ("sdg=99", "“99” is not a goal this directory knows, so it was ignored."),
        ("size=huge", "“huge” is not a size this directory knows, so it was ignored."),
        ("sort=random", "“random” is not a sort order this directory knows, so it was ignored."),
    ],
)
def test_bad_parameters_on_the_map_are_ignored_and_said_so(client, placed, query, message):
    html = soup(client.get(f"/en/directory/map/?{query}"))
    assert message in [li.get_text(strip=True) for li in html.select(".notice li")]
    assert len(html.select(".map-list__item")) == 4


@pytest.mark.parametrize("param", ["q", "country", "sector", "sdg", "size", "sort", "page"])
def test_html_in_any_parameter_is_escaped_on_the_map(client, placed, param):
    payload = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    response = client.get("/en/directory/map/", {param: payload})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)" not in body
    assert "<img src=x" not in body


def test_removing_a_filter_on_the_map_stays_on_the_map(client, placed):
    html = soup(client.get("/en/directory/map/?country=BE&sector=circular-economy"))
    removal = html.find("a", class_="active-filter", string=lambda text: "Belgium" in text)
    removal = removal or next(
        link for link in html.select("a.active-filter") if "Belgium" in link.get_text()
    )
    after = client.get("/en/directory/map/" + removal["href"])
    on_the_map_page = [name for name, _ in listed_on_the_map_page(after)]
    assert on_the_map_page == every_list_page(client, "sector=circular-economy")


def test_list_and_map_link_to_each_other_keeping_the_filters(client, placed):
    listing = soup(client.get("/en/directory/?country=BE&sort=name&page=1"))
    to_map = listing.select_one(".view-switch").find("a", string="Map")["href"]
    assert to_map == "/en/directory/map/?country=BE&sort=name"
    on_the_map = soup(client.get(to_map))
    back = on_the_map.select_one(".view-switch").find("a", string="List")
    assert back["href"] == "/en/directory/?country=BE&sort=name"
    assert on_the_map.select_one(".view-switch [aria-current=page]").get_text() == "Map"


def test_a_filtered_map_is_not_indexed_and_names_its_own_address(client, placed):
    filtered = client.get("/en/directory/map/?country=BE")
    assert filtered["X-Robots-Tag"] == "noindex"
    canonical = soup(filtered).select_one("link[rel=canonical]")["href"]
    assert canonical == "http://testserver/en/directory/map/"
    assert not client.get("/en/directory/map/").has_header("X-Robots-Tag")


def test_the_map_page_costs_the_same_queries_for_few_or_many_enterprises(
    client, directory_page, settings
):
    settings.PAGE_CACHE_ENABLED = False

    def queries():
        # The first visits fill the caches of the content version.
        client.get("/en/directory/map/")
        client.get("/en/directory/map/")
        with CaptureQueriesContext(connection) as context:
            assert client.get("/en/directory/map/").status_code == 200
        return len(context.captured_queries)

    for number in range(3):
        EnterpriseFactory(name=f"Few {number}", latitude=51, longitude=4)
    few = queries()
    for number in range(30):
        EnterpriseFactory(name=f"Many {number}", latitude=51, longitude=4, country="NL")
    assert queries() == few


# The GeoJSON download ---------------------------------------------------------------------------


@pytest.mark.parametrize("query", QUERIES)
def test_geojson_holds_the_enterprises_of_the_list_that_have_coordinates(client, placed, query):
    on_the_list = every_list_page(client, query)
    data = json.loads(read(client.get(f"/en/directory/export.geojson?{query}")))
    features = data["features"]
    assert [feature["properties"]["name"] for feature in features] == [
        name for name in on_the_list if name in PLACED
    ]
    assert data["count"] == len(features)
    for feature in features:
        latitude, longitude = PLACED[feature["properties"]["name"]]
        assert feature["geometry"] == {"type": "Point", "coordinates": [longitude, latitude]}


def test_geojson_is_a_licensed_feature_collection_to_download(client, placed):
    response = client.get("/en/directory/export.geojson?country=GB")
    assert response.streaming
    assert response["Content-Type"] == "application/geo+json"
    assert response["Content-Disposition"].startswith('attachment; filename="spark-directory-')
    assert response["Content-Disposition"].endswith('.geojson"')
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert "creativecommons.org/licenses/by/4.0" in response["Link"]
    data = json.loads(read(response))
    assert data["type"] == "FeatureCollection"
    assert data["licence_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert "CC BY 4.0" in data["licence"]
    assert data["query"] == {"country": ["GB"]}
    (feature,) = data["features"]
    assert feature["type"] == "Feature"
    properties = feature["properties"]
    assert properties["profile_url"] == "http://testserver/en/directory/threadbare-works/"
    assert properties["slug"] == "threadbare-works"
    assert (properties["city"], properties["country"]) == ("Brighton", "GB")
    assert properties["sectors"] == ["circular-economy"]
    assert properties["sdgs"] == [12]


def test_geojson_agrees_with_the_json_export(client, placed):
    as_json = json.loads(read(client.get("/en/directory/export.json?sort=name")))
    as_geojson = json.loads(read(client.get("/en/directory/export.geojson?sort=name")))
    expected = [
        (item["slug"], [item["longitude"], item["latitude"]])
        for item in as_json["enterprises"]
        if item["latitude"] is not None
    ]
    assert [
        (feature["properties"]["slug"], feature["geometry"]["coordinates"])
        for feature in as_geojson["features"]
    ] == expected


def test_the_directory_links_the_geojson_of_its_filtered_view(client, placed):
    html = soup(client.get("/en/directory/?country=BE&page=1"))
    links = [link["href"] for link in html.select(".downloads a[download]")]
    assert "/en/directory/export.geojson?country=BE" in links


@pytest.mark.parametrize("query", ["sdg=99", "country=XX", "q=%00", "sort=random", "size=huge"])
def test_bad_parameters_never_break_the_geojson(client, placed, query):
    response = client.get(f"/en/directory/export.geojson?{query}")
    assert response.status_code == 200
    assert json.loads(read(response))["type"] == "FeatureCollection"


@pytest.mark.parametrize("fmt", ["kml", "geo", "xml"])
def test_unknown_download_formats_are_not_found(client, placed, fmt):
    assert client.get(f"/en/directory/export.{fmt}").status_code == 404


# A profile's map ------------------------------------------------------------------------------


def test_a_profile_with_coordinates_shows_its_place_on_a_map(client, placed):
    response = client.get("/en/directory/kringloopkompas/")
    html = soup(response)
    container = html.select_one(".enterprise__facts .map--profile")
    assert container["aria-label"] == "Map: where Kringloopkompas is"
    assert (container["data-latitude"], container["data-longitude"]) == ("51.0543", "3.7174")
    # Without the script the address and the link to OpenStreetMap are there all the same.
    assert container.has_attr("hidden")
    assert html.find("a", string="Show on OpenStreetMap")["href"].startswith(
        "https://www.openstreetmap.org/?mlat=51.05430"
    )
    assert "/static/js/maps.js" in [script["src"] for script in html.select("script[src]")]
    assert TILE_HOST in csp(response)["img-src"]


def test_a_profile_without_coordinates_has_no_map(client, placed):
    response = client.get("/en/directory/zonnedak-cooperatie/")
    html = soup(response)
    assert html.select_one(".map--profile") is None
    assert "/static/js/maps.js" not in [script["src"] for script in html.select("script[src]")]
    assert TILE_HOST not in csp(response)["img-src"]
    assert html.find("a", string="Show on OpenStreetMap")


# The Content Security Policy ------------------------------------------------------------------


def test_only_pages_with_a_map_may_load_tiles(client, placed, home_page):
    assert TILE_HOST in csp(client.get("/en/directory/map/?country=BE"))["img-src"]
    for path in ("/en/", "/en/directory/", "/en/directory/export.geojson"):
        response = client.get(path)
        assert TILE_HOST not in csp(response).get("img-src", []), path
    # Everything else about images stays as strict as on every page.
    assert csp(client.get("/en/directory/map/"))["img-src"] == ["'self'", "data:", TILE_HOST]


def test_a_map_page_served_from_the_page_cache_still_allows_its_tiles(client, placed, settings):
    settings.PAGE_CACHE_ENABLED = True
    client.get("/en/")  # the very first visit creates the site settings, which refreshes the cache
    for path in ("/en/directory/map/?country=GB", "/en/directory/threadbare-works/"):
        first = client.get(path)
        again = client.get(path)
        assert (first["X-Cache"], again["X-Cache"]) == ("MISS", "HIT")
        assert TILE_HOST in csp(again)["img-src"]


def test_an_enterprise_called_map_does_not_hide_the_map(client, directory_page):
    assert unique_slug("Map") == "map-enterprise"


def test_an_editors_preview_of_a_profile_may_load_its_map(directory_page):
    enterprise = EnterpriseFactory(name="Preview Works", draft=True, latitude=51.05, longitude=3.72)
    response = enterprise.make_preview_request()
    assert soup(response).select_one(".map--profile")["data-latitude"] == "51.05"
    assert TILE_HOST in csp(response)["img-src"]
    assert csp(response)["frame-ancestors"] == ["'self'"]
