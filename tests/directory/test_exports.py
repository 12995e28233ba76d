import csv
import io
import json

import pytest

from tests.directory.factories import EnterpriseFactory
from tests.directory.result_cards import names

pytestmark = pytest.mark.django_db


def read(response):
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(read(response).lstrip("\ufeff"))))


@pytest.mark.parametrize(
    "query",
    ["", "country=BE&country=FR", "sector=circular-economy", "q=circular", "sdg=8&sort=newest"],
)
def test_exports_match_the_filtered_view(client, enterprises, query):
    on_screen = names(client.get(f"/en/directory/?{query}"))
    as_csv = csv_rows(client.get(f"/en/directory/export.csv?{query}"))
    as_json = json.loads(read(client.get(f"/en/directory/export.json?{query}")))
    assert [row["name"] for row in as_csv] == on_screen
    assert [item["name"] for item in as_json["enterprises"]] == on_screen
    assert as_json["count"] == len(on_screen)


def test_csv_export_is_a_named_download_with_a_licence(client, enterprises):
    response = client.get("/en/directory/export.csv?country=GB")
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="spark-directory-')
    # Open data: other sites may load it, unlike the pages.
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert (
        'rel="license"' in response["Link"]
        and "creativecommons.org/licenses/by/4.0" in response["Link"]
    )
    (row,) = csv_rows(response)
    assert row["country"] == "GB"
    assert row["sectors"] == "circular-economy"
    assert row["impact_figures"] == "1"
    assert row["profile_url"] == "http://testserver/en/directory/threadbare-works/"


def test_json_export_carries_licence_and_nested_details(client, enterprises):
    data = json.loads(read(client.get("/en/directory/export.json?country=NL")))
    assert data["licence_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["query"] == {"country": ["NL"]}
    (item,) = data["enterprises"]
    assert item["innovations"][0]["title"] == "Shared battery"
    assert item["sdgs"] == [7, 13]


def test_csv_cells_cannot_run_as_spreadsheet_formulas(client, directory_page):
    EnterpriseFactory(name="Formula Test", summary='=HYPERLINK("http://evil.example")')
    (row,) = csv_rows(client.get("/en/directory/export.csv"))
    assert row["summary"].startswith("'=")


def test_no_csv_cell_starts_a_formula_whatever_separator_a_spreadsheet_splits_on(
    client, directory_page
):
    # Excel in Belgium, France and the Netherlands splits on ";" by default, and may split on tabs.
    EnterpriseFactory(
        name="Semi Two;=2*3;",
        summary="Comma,+SUM(A1:A9) and tab\t@cmd and -2+3",
        latitude=50.4,
        longitude=-4.1375,
    )
    text = read(client.get("/en/directory/export.csv")).lstrip("\ufeff")
    data_line = text.splitlines()[1]
    for separator in (",", ";", "\t"):
        for cell in data_line.split(separator):
            unquoted = cell.lstrip('"')
            assert not unquoted.startswith(("=", "+", "@")), (separator, cell)
    (row,) = csv_rows(client.get("/en/directory/export.csv"))
    assert row["name"] == "Semi Two;'=2*3;"
    assert row["summary"] == "Comma,'+SUM(A1:A9) and tab\t'@cmd and -2+3"
    # Numbers stay numbers: unquoted, unprefixed, so a spreadsheet can add them up.
    assert ",-4.1375," in data_line
    assert row["longitude"] == "-4.1375"


def test_unknown_export_format_is_a_404(client, directory_page):
    assert client.get("/en/directory/export.xlsx").status_code == 404


def test_export_fetches_rows_in_chunks_and_loses_none(client, directory_page):
    for number in range(5):
        EnterpriseFactory(name=f"Chunk {number}")
    from directory.views import exports

    original = exports.CHUNK_SIZE
    exports.CHUNK_SIZE = 2
    try:
        response = client.get("/en/directory/export.csv")
        rows = csv_rows(response)
    finally:
        exports.CHUNK_SIZE = original
    assert len(rows) == 5
