"""The impact page: verified figures added up, checked against the directory's own downloads."""

import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from directory.models import Enterprise, Indicator
from tests.directory.factories import EnterpriseFactory
from tests.directory.result_cards import names

pytestmark = pytest.mark.django_db

WORK, WASTE = "people-in-work", "waste-reused-recycled"


def figure(code, value, year, verified=True, **fields):
    indicator = Indicator.objects.get(code=code) if code else None
    return {
        "catalogue_indicator": indicator,
        "indicator": fields.pop("indicator", code or "something else"),
        "value": Decimal(value),
        "unit": indicator.unit if indicator else "things",
        "year": year,
        "verified": verified,
        **fields,
    }


def page_totals(client, address):
    """{indicator code: (total, enterprises)} as the impact page shows them."""
    html = BeautifulSoup(client.get(address).content, "html.parser")
    totals = {}
    for section in html.select("section.impact-total"):
        code = section["aria-labelledby"].removeprefix("indicator-")
        value = section.select_one(".impact-total__value").get_text()
        tables = section.select("table.impact-table")
        enterprises = {row.select("td")[1].get_text() for row in tables[0].select("tbody tr")}
        totals[code] = (Decimal(value.replace(",", "")), enterprises)
    return totals


def export_totals(client, directory_page, query=""):
    """The same totals computed from the JSON download: each enterprise's latest verified year."""
    added_up = set(Indicator.objects.filter(aggregation="sum").values_list("code", flat=True))
    export = json.loads(
        b"".join(client.get(f"{directory_page.url}export.json{query}").streaming_content)
    )
    latest = {}
    for enterprise in export["enterprises"]:
        for item in enterprise["impact_figures"]:
            if item["verified"] and item["indicator_code"] in added_up:
                key = (item["indicator_code"], enterprise["slug"])
                latest[key] = max(latest.get(key, (0, 0)), (item["year"], item["value"]))
    totals = {}
    for (code, _slug), (_year, value) in latest.items():
        totals[code] = totals.get(code, Decimal(0)) + Decimal(str(value))
    return totals


@pytest.fixture
def impact_enterprises(directory_page):
    return {
        "gent": EnterpriseFactory(
            name="Kringloop Gent",
            country="BE",
            sectors=["circular-economy"],
            impact_figures=[
                figure(WORK, 40, 2022),
                figure(WORK, 55, 2024),  # the latest year: the only one counted
                figure(WASTE, "120.5", 2024),
                figure(WASTE, 300, 2024, verified=False),
            ],
        ),
        "lille": EnterpriseFactory(
            name="Atelier Lille",
            country="FR",
            city="Lille",
            sectors=["work-integration"],
            impact_figures=[
                figure(WORK, 12, 2023),
                figure(None, 999, 2024, indicator="smiles"),
                figure("workforce-share-far-from-work", 80, 2024),
            ],
        ),
        "leiden": EnterpriseFactory(
            name="Fietswerk Leiden",
            country="NL",
            city="Leiden",
            sectors=["work-integration", "circular-economy"],
            impact_figures=[figure(WORK, 7, 2024, verified=False)],
        ),
        "draft": EnterpriseFactory(
            name="Draft Works", draft=True, impact_figures=[figure(WORK, 1000, 2024)]
        ),
    }


def test_totals_count_verified_figures_of_each_enterprises_latest_year(
    client, impact_page, impact_enterprises
):
    totals = page_totals(client, impact_page.url)
    assert totals[WORK][0] == 55 + 12
    assert totals[WASTE][0] == Decimal("120.5")
    # Shares and figures outside the catalogue are never added up.
    assert set(totals) == {WORK, WASTE}


def test_totals_match_an_independent_sum_over_the_json_download(
    client, directory_page, impact_page, impact_enterprises
):
    page = page_totals(client, impact_page.url)
    assert {code: total for code, (total, _n) in page.items()} == export_totals(
        client, directory_page
    )
    page = page_totals(client, impact_page.url + "?country=BE")
    assert {code: total for code, (total, _n) in page.items()} == export_totals(
        client, directory_page, "?country=BE"
    )


def test_the_methodology_says_what_was_left_out(client, impact_page, impact_enterprises):
    text = " ".join(
        BeautifulSoup(client.get(impact_page.url).content, "html.parser")
        .select_one("#methodology")
        .get_text()
        .split()
    )
    assert "2 self-reported figures were left out because no editor has verified them" in text
    assert "1 verified figure was left out because the same enterprise reported a later" in text
    assert "2 figures are outside the catalogue or not meant to be added up" in text


def test_a_total_links_to_the_enterprises_behind_it(client, impact_page, impact_enterprises):
    html = BeautifulSoup(client.get(impact_page.url).content, "html.parser")
    headline = html.select_one(f"#indicator-{WORK}").find_parent("section")
    link = headline.select_one(".impact-total__headline a")["href"]
    assert sorted(names(client.get(link))) == ["Atelier Lille", "Kringloop Gent"]
    row = next(
        row
        for row in headline.select("table.impact-table")[0].select("tbody tr")
        if row.th.get_text() == "France"
    )
    assert names(client.get(row.a["href"])) == ["Atelier Lille"]


def test_each_chart_shows_the_numbers_of_its_table(client, impact_page, impact_enterprises):
    html = BeautifulSoup(client.get(impact_page.url).content, "html.parser")
    splits = html.select("figure.impact-split")
    assert len(splits) == 6  # two indicators, three breakdowns each
    for split in splits:
        chart = split.svg
        assert chart["role"] == "img"
        assert chart.title.get_text() and chart.desc.get_text()
        bars = [
            (
                row.select_one(".impact-chart__label").get_text(),
                row.select_one(".impact-chart__value").get_text(),
            )
            for row in chart.select(".impact-chart__row")
        ]
        table = [(row.th.get_text(), row.td.get_text()) for row in split.select("tbody tr")]
        assert bars == table
        widths = [Decimal(rect["width"].rstrip("%")) for rect in chart.select("rect")]
        values = [Decimal(value.replace(",", "")) for _label, value in table]
        for width, value in zip(widths, values, strict=True):
            assert abs(width - value / max(values) * 70) < Decimal("0.01")


def test_an_enterprise_in_two_sectors_counts_in_both_rows(client, impact_page, directory_page):
    EnterpriseFactory(
        name="Two Sectors",
        sectors=["work-integration", "circular-economy"],
        impact_figures=[figure(WORK, 10, 2024)],
    )
    html = BeautifulSoup(client.get(impact_page.url).content, "html.parser")
    sector_table = html.select("table.impact-table")[1]
    rows = {row.th.get_text(): row.td.get_text() for row in sector_table.select("tbody tr")}
    assert rows == {"Work integration": "10", "Circular economy and reuse": "10"}


def test_unknown_parameters_are_named_and_ignored(client, impact_page, impact_enterprises):
    response = client.get(impact_page.url + "?country=XX&sector=nothing")
    assert response.status_code == 200
    text = response.content.decode()
    assert "“XX” is not a country this directory knows" in text
    assert "“nothing” is not a sector this directory knows" in text
    assert page_totals(client, impact_page.url + "?country=XX")[WORK][0] == 67


def test_no_verified_figures_says_so(client, impact_page, directory_page):
    EnterpriseFactory(impact_figures=[figure(WORK, 5, 2024, verified=False)])
    response = client.get(impact_page.url)
    assert "No verified figures match these filters yet." in response.content.decode()


def test_the_figures_download_has_a_row_per_figure(client, directory_page, impact_enterprises):
    response = client.get(f"{directory_page.url}impact-figures.csv?country=BE")
    rows = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert rows[0].startswith("slug,indicator_code,indicator,value,unit,year")
    assert len(rows) == 1 + 4
    assert any(row.startswith('"kringloop-gent","people-in-work"') for row in rows[1:])


@settings(max_examples=20, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 2),
            st.sampled_from([WORK, WASTE]),
            st.integers(2018, 2025),
            st.integers(0, 10_000),
            st.booleans(),
        ),
        max_size=12,
    )
)
def test_any_figures_add_up_as_the_download_says(client, impact_page, directory_page, rows):
    Enterprise.objects.all().delete()
    for number in range(3):
        EnterpriseFactory(
            name=f"Random {number}",
            impact_figures=[
                figure(code, value, year, verified)
                for owner, code, year, value, verified in rows
                if owner == number
            ],
        )
    page = {code: total for code, (total, _n) in page_totals(client, impact_page.url).items()}
    assert page == export_totals(client, directory_page)


@pytest.mark.parametrize(
    "query",
    ["", "?sector=circular-economy", "?sdg=12&country=BE", "?indicator=people-in-work", "?q=works"],
)
def test_every_number_links_to_exactly_the_enterprises_behind_it(
    client, impact_page, impact_enterprises, query
):
    EnterpriseFactory(
        name="Both Works",
        country="BE",
        sectors=["work-integration", "circular-economy"],
        sdgs=[8, 12],
        impact_figures=[figure(WORK, 10, 2024), figure(WASTE, 3, 2023)],
    )
    html = BeautifulSoup(client.get(impact_page.url + query).content, "html.parser")
    sections = html.select("section.impact-total")
    assert sections
    for section in sections:
        behind = section.select_one(".impact-total__headline + p").get_text()
        listed = names(client.get(section.select_one(".impact-total__headline a")["href"]))
        assert f"From {len(listed)} enterpris" in behind, (query, behind, listed)
        for row in section.select("table.impact-table tbody tr"):
            count = int(row.select("td")[1].get_text())
            assert len(names(client.get(row.a["href"]))) == count, (query, row.get_text())


def test_an_indicator_in_the_address_shows_that_indicator_only(
    client, impact_page, impact_enterprises
):
    assert set(page_totals(client, impact_page.url + f"?indicator={WASTE}")) == {WASTE}


def test_totals_follow_the_search_words(client, directory_page, impact_page, impact_enterprises):
    page = page_totals(client, impact_page.url + "?q=kringloop")
    assert {code: total for code, (total, _n) in page.items()} == export_totals(
        client, directory_page, "?q=kringloop"
    )
    assert page[WORK][0] == 55
