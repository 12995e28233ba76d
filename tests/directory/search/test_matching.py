"""Which profiles a search finds: words with any ending, with or without accents, in any case,
the start of a name; every word must match, and only published profiles are ever found."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("kringloopkompas", ["Kringloopkompas"]),
        ("belgie", ["Kringloopkompas"]),
        ("BELGIË", ["Kringloopkompas"]),
        ("cafe", ["Café Bobinoir"]),
        ("Café", ["Café Bobinoir"]),
        ("cooperatie", ["Zonnedak Coöperatie"]),
        ("Haarlem", ["Zonnedak Coöperatie"]),
        ("battery", ["Zonnedak Coöperatie"]),
        ("landfill", ["Threadbare Works"]),
        ("repair", ["Kringloopkompas"]),
        ("repairs", ["Kringloopkompas"]),
        ("repairing", ["Kringloopkompas"]),
        ("reusing", ["Kringloopkompas"]),
        ("textile gent", ["Kringloopkompas"]),
        ("réparer", ["Atelier Vélo Solidaire"]),
        ("reparer", ["Atelier Vélo Solidaire"]),
        ("REPARER", ["Atelier Vélo Solidaire"]),
        ("velo", ["Atelier Vélo Solidaire"]),
        ("vélos", ["Atelier Vélo Solidaire"]),
        ("restaurants", ["Tafel van Tien"]),
    ],
)
def test_word_search_ignores_case_and_accents_and_stems(found, profiles, words, expected):
    assert found(words) == expected


def test_prefix_of_a_name_finds_the_enterprise(found, profiles):
    assert found("Kringl") == ["Kringloopkompas"]
    assert found("zonne") == ["Zonnedak Coöperatie"]
    assert found("soli") == ["Atelier Vélo Solidaire"]


def test_the_start_of_a_word_finds_nothing_outside_names(found, profiles):
    # "Bicycles" is in a description: its first letters are not a word of their own there.
    assert found("bicy") == []
    assert found("bicycles") == ["Atelier Vélo Solidaire"]


def test_words_that_match_nothing_find_nothing(found, profiles):
    assert found("zzyzzx") == []
    # Every word must match: one that matches nothing empties the whole search.
    assert found("kringloopkompas zzyzzx") == []
    assert found("Haarlem landfill") == []


def test_unpublished_profiles_are_never_found(client, found, profiles):
    assert found("unpublished") == []
    assert client.get("/en/directory/unpublished-repair-shop/").status_code == 404


def test_changes_waiting_for_approval_are_not_searched(found, profiles):
    profile = profiles["restaurant"]
    profile.summary = "A canteen serving soup."
    profile.save_revision()
    assert found("canteen") == []
    assert found("restaurant") == ["Tafel van Tien"]


def test_search_combines_with_filters(found, profiles):
    assert found("circular", country="BE") == ["Kringloopkompas"]
    assert found("mending", country="BE") == []
