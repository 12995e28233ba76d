"""A mistake in a demo data file stops the loading with a message naming the file and the entry."""

import textwrap

import pytest

from home.demo.content import STORY, TRANSLATIONS_FILE
from home.demo.data_files import DataFileError, Entry, read

STORIES = """
- title: Three safaris
  slug: international-safaris
  artwork: route
  date: 2018-03-16
  tags: [Safari]
  intro: >-
    Social entrepreneurs travelled
    to each other's countries.
  body:
    - type: heading
      value:
        text: The route
    - type: paragraph
      value: >-
        <p>Five days of visits
        in a partner country.</p>
"""


def data_file(tmp_path, text, name="stories.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_well_formed_file_reads_as_written(tmp_path):
    (story,) = read(data_file(tmp_path, STORIES), [STORY])
    assert story["intro"] == "Social entrepreneurs travelled to each other's countries."
    assert story["date"].isoformat() == "2018-03-16"
    assert story["body"][1]["value"] == "<p>Five days of visits in a partner country.</p>"


def test_an_unknown_key_names_the_file_the_entry_and_the_key(tmp_path):
    path = data_file(
        tmp_path, STORIES.replace("  artwork: route\n", "  artwork: route\n  autor: Ann\n")
    )
    with pytest.raises(DataFileError) as error:
        read(path, [STORY])
    message = str(error.value)
    assert message.startswith(f"{path}: story 'international-safaris': unknown key 'autor'")
    assert "allowed keys: title, slug," in message


def test_a_missing_key_in_a_body_block_names_the_block(tmp_path):
    path = data_file(
        tmp_path, STORIES.replace("    - type: paragraph\n", "    - kind: paragraph\n")
    )
    with pytest.raises(DataFileError) as error:
        read(path, [STORY])
    assert str(error.value) == (
        f"{path}: story 'international-safaris', block 2: missing required key 'type'"
    )


def test_an_entry_without_its_required_keys_is_named_by_its_position(tmp_path):
    path = data_file(tmp_path, STORIES + "- title: ''\n  tags: []\n")
    with pytest.raises(DataFileError, match=r": story 2: missing required keys 'slug', 'artwork'"):
        read(path, [STORY])


def test_a_list_where_one_entry_belongs_is_refused(tmp_path):
    shape = Entry("pages file", required=("home",), nested={"home": Entry("home page", ("title",))})
    path = data_file(tmp_path, "home:\n  - title: Welcome\n", name="pages.yaml")
    with pytest.raises(
        DataFileError, match=r"pages.yaml: home: expected a mapping of keys, found a list"
    ):
        read(path, shape)


def test_a_file_that_is_not_yaml_names_the_file(tmp_path):
    path = data_file(tmp_path, "- title: [unclosed\n")
    with pytest.raises(DataFileError, match=r"stories.yaml: while parsing"):
        read(path, [STORY])
    with pytest.raises(DataFileError, match=r"missing.yaml: .*No such file"):
        read(tmp_path / "missing.yaml", [STORY])


TRANSLATED_PAGES = """
pages:
  home:
    title: Accueil
  directory:
    title: Annuaire
    data_licence_note: Les données sont publiées sous licence CC BY 4.0.
"""


def test_the_licence_note_is_translated_on_the_directory_and_refused_elsewhere(tmp_path):
    pages = read(data_file(tmp_path, TRANSLATED_PAGES), TRANSLATIONS_FILE)["pages"]
    assert pages["directory"]["data_licence_note"].startswith("Les données")

    on_about = TRANSLATED_PAGES.replace(
        "  directory:\n    title: Annuaire", "  about:\n    title: À propos"
    )
    with pytest.raises(DataFileError) as error:
        read(data_file(tmp_path, on_about), TRANSLATIONS_FILE)
    assert "unknown key 'data_licence_note'" in str(error.value)
