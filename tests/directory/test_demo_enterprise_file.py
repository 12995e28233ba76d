"""The demo enterprises' data file: its mistakes are named, and its prose reaches the profiles."""

import io
import textwrap

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from directory.demo.enterprises import ENTERPRISE, with_paragraphs
from directory.models import Enterprise
from home.demo.data_files import DataFileError, read

ENTERPRISES = """
# England (GB)
- name: Tidewell Kitchens
  slug: tidewell-kitchens
  summary: A seafront café and training kitchen.
  description: >-
    Tidewell Kitchens runs a café
    on the Hastings seafront.

    Trainees work paid shifts.
  country: GB
  city: Hastings
  sectors: [hospitality]
  sdgs: [8]
  certifications: []
  innovations: []
  impact:
    - indicator: trainees completing the traineeship
      value: 23
      unit: people
      year: 2023
      sdg: 8
      source_url: ""
      verified: true
"""


def data_file(tmp_path, text):
    path = tmp_path / "enterprises.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_description_keeps_its_paragraphs(tmp_path):
    (enterprise,) = read(data_file(tmp_path, ENTERPRISES), [ENTERPRISE])
    assert with_paragraphs(enterprise)["description"] == (
        "Tidewell Kitchens runs a café on the Hastings seafront.\n\nTrainees work paid shifts."
    )


def test_a_misspelt_key_names_the_file_and_the_enterprise(tmp_path):
    path = data_file(tmp_path, ENTERPRISES.replace("  city: Hastings\n", "  town: Hastings\n"))
    with pytest.raises(DataFileError) as error:
        read(path, [ENTERPRISE])
    assert (
        str(error.value) == f"{path}: enterprise 'tidewell-kitchens': missing required key 'city'"
    )


def test_an_unknown_key_in_an_impact_figure_names_the_figure(tmp_path):
    path = data_file(
        tmp_path,
        ENTERPRISES.replace("      verified: true\n", "      verified: yes\n      checked: no\n"),
    )
    with pytest.raises(
        DataFileError, match=r"'tidewell-kitchens', impact figure 1: unknown key 'checked'"
    ):
        read(path, [ENTERPRISE])


@pytest.mark.django_db
def test_demo_profiles_show_their_description_as_separate_paragraphs(client):
    call_command("load_demo_content", stdout=io.StringIO())
    for slug in Enterprise.objects.filter(live=True).values_list("slug", flat=True):
        response = client.get(f"/en/directory/{slug}/", HTTP_HOST="127.0.0.1")
        prose = BeautifulSoup(response.content, "html.parser").select_one("main .prose")
        assert len(prose.find_all("p")) >= 2 and not prose.find("br"), slug
