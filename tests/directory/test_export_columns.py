"""People who load the downloads into scripts and spreadsheets rely on their columns and keys."""

import csv
import io
import json

import pytest

from tests.directory.factories import EnterpriseFactory

pytestmark = pytest.mark.django_db

CSV_HEADER = (
    "slug,name,profile_url,summary,description,country,region,city,street_address,postal_code,"
    "latitude,longitude,sectors,sdgs,legal_form,year_founded,size_band,website,public_email,"
    "linkedin_url,instagram_url,facebook_url,other_social_url,spark_programme,spark_year,"
    "certifications,innovations,impact_figures,listing_type,first_published,last_published,"
    "last_confirmed,language"
)
# Each item's keys, in order.
JSON_KEYS = (
    "slug,name,summary,description,country,region,city,street_address,postal_code,latitude,"
    "longitude,legal_form,year_founded,size_band,website,public_email,linkedin_url,"
    "instagram_url,facebook_url,other_social_url,spark_programme,spark_year,language,profile_url,"
    "listing_type,first_published,last_published,last_confirmed,sectors,sdgs,certifications,"
    "innovations,impact_figures,translations"
)


@pytest.fixture
def listed(directory_page):
    return EnterpriseFactory(
        name="Zonnedak Coöperatie",
        language="nl",
        country="NL",
        city="Haarlem",
        sectors=["energy"],
        sdgs=[7, 13],
        innovations=[
            {"title": "Shared battery", "description": "Neighbours store power together."}
        ],
        impact_figures=[
            {"indicator": "homes supplied", "value": 1320, "unit": "homes", "year": 2023}
        ],
    )


def download(client, fmt):
    response = client.get(f"/en/directory/export.{fmt}")
    return b"".join(response.streaming_content).decode("utf-8")


def test_csv_download_keeps_its_columns_in_order(client, listed):
    text = download(client, "csv")
    assert text.startswith("\ufeff" + CSV_HEADER + "\r\n")
    (row,) = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    assert row["name"] == "Zonnedak Coöperatie"
    assert row["sdgs"] == "7|13"
    assert row["innovations"] == "1"
    assert row["language"] == "nl"


def test_json_download_keeps_its_keys_in_order(client, listed):
    (item,) = json.loads(download(client, "json"))["enterprises"]
    assert ",".join(item) == JSON_KEYS
    assert item["language"] == "nl"
    assert list(item["innovations"][0]) == ["title", "description", "year", "stage", "translations"]
    assert item["impact_figures"] == [
        {
            "indicator": "homes supplied",
            "value": 1320.0,
            "unit": "homes",
            "year": 2023,
            "sdg": None,
            "source_url": "",
            "verified": False,
            "verified_on": None,
            "translations": {},
            # Outside the catalogue: never added up.
            "indicator_code": None,
        }
    ]


def test_both_downloads_name_the_same_fields(client, listed):
    header = download(client, "csv").lstrip("\ufeff").splitlines()[0].split(",")
    (item,) = json.loads(download(client, "json"))["enterprises"]
    # Translations only in the JSON: the CSV keeps each profile in its own language.
    assert sorted([*header, "translations"]) == sorted(item)
