"""PostgreSQL answers a search for one word from its postings (directory.search.postings): the
same results, in the same order and with the same counts, as reading every match's search row,
and in step with what editors publish."""

import pytest
from django.db import connection

from directory.facets import _matches_and_page
from directory.search import get_backend, postings

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the postings exist on PostgreSQL alone"
    ),
]

NOTHING_CHOSEN = {"country": [], "sector": [], "sdg": [], "certification": [], "impact": False}

# Words whose readings differ between languages ("training" is "train" in English), that start
# a word of a name ("zon", "atel"), that several profiles share, with ties broken by name.
WORDS = [
    "training", "trainingen", "repair", "reparatie", "zon", "zonnepanelen", "solar", "atel",
    "atelier", "bread", "brood", "pain", "boulangerie", "bakery", "cafe", "quartier", "wijk",
    "neighbourhood", "formation", "couture", "textile", "textiel",
]  # fmt: skip


@pytest.fixture
def mixed_profiles(add_profile):
    add_profile(
        "Atelier du Pain",
        language="fr",
        summary="Une boulangerie de quartier.",
        description="Formation au pain et à la couture pour le quartier.",
    )
    add_profile(
        "Broodatelier",
        language="nl",
        summary="Brood uit de wijk.",
        description="Trainingen voor bakkers en training in de wijk.",
    )
    add_profile(
        "Bread and Training",
        language="en",
        summary="A bakery that trains.",
        description="Training in bread, repair and textile work for the neighbourhood.",
    )
    add_profile(
        "Zonnewerf",
        language="nl",
        summary="Zonnepanelen op daken.",
        description="Reparatie van textiel en zonnepanelen.",
    )
    add_profile(
        "Solar Repair Co",
        language="en",
        summary="Solar panels repaired.",
        description="Repair, repair and more repair; a cafe for training.",
    )
    add_profile(
        "Café Textile",
        language="fr",
        summary="Un café textile.",
        description="Réparation et formation textile.",
    )
    add_profile("Quiet Works", language="en", description="Textile repair.")
    add_profile("Quiet Yard", language="en", description="Textile repair.")  # ties by name
    # fmt: skip


def searched_through_rows(word):
    backend = get_backend()
    backend.guessing = False
    match, rank = backend.row_sql(word)
    ids, page = _matches_and_page(match, rank, NOTHING_CHOSEN, (0, 24))
    return set(ids), list(page)


def searched_through_postings(word, page_size=24):
    backend = get_backend()
    backend.guessing = False
    return backend.one_word(word, page_size)


def test_one_word_finds_and_orders_the_same_matches_from_the_postings(mixed_profiles):
    answered = 0
    for word in WORDS:
        found = searched_through_postings(word)
        if found is None:
            continue
        answered += 1
        ids, page = found
        assert (set(ids), list(page)) == searched_through_rows(word), word
    # The comparison means something only if the postings answered most of them.
    assert answered >= len(WORDS) - 2


def test_without_a_page_the_postings_give_the_matches_alone(mixed_profiles):
    ids, page = searched_through_postings("repair", page_size=None)
    assert page is None
    assert set(ids) == searched_through_rows("repair")[0]


def test_the_visitors_results_come_in_the_same_order_as_before(mixed_profiles, found):
    assert found("repair")[:3] == ["Solar Repair Co", "Bread and Training", "Quiet Works"]
    assert found("textile")[-2:] == ["Quiet Works", "Quiet Yard"]
    assert found("atel") == ["Atelier du Pain"]  # the start of a word of the name


def test_a_word_some_language_reads_as_no_word_is_searched_through_the_rows(mixed_profiles):
    # "the" is a stop word in English: the postings decline, the rows answer.
    assert searched_through_postings("the") is None


def test_too_many_matches_without_their_own_reading_go_through_the_rows(
    mixed_profiles, monkeypatch
):
    # "training" read in English is "train", which the Dutch profile holding "training" lacks,
    # as do the names starting with "train": past FEW_OTHERS of them, the rows answer.
    monkeypatch.setattr(postings, "FEW_OTHERS", 0)
    assert searched_through_postings("training") is None
    monkeypatch.setattr(postings, "FEW_OTHERS", 300)
    assert searched_through_postings("training") is not None


def posted(word, enterprise):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM {postings.TABLE} WHERE lexeme = %s AND enterprise_id = %s",  # noqa: S608
            [word, enterprise.pk],
        )
        return cursor.fetchone()[0]


def test_the_postings_follow_what_editors_publish(add_profile, found):
    enterprise = add_profile("Fermentary", description="Kombucha brewed in the neighbourhood.")
    assert found("kombucha") == ["Fermentary"]
    assert posted("kombucha", enterprise) == 1

    enterprise.description = "Kefir brewed in the neighbourhood."
    enterprise.save_revision().publish()
    assert found("kombucha") == []
    assert found("kefir") == ["Fermentary"]
    assert posted("kombucha", enterprise) == 0
    assert searched_through_postings("kefir") is not None

    enterprise.unpublish()
    assert found("kefir") == []
    assert posted("kefir", enterprise) == 0


def test_a_word_the_query_reads_as_a_phrase_is_searched_through_the_rows(mixed_profiles):
    # PostgreSQL's parser splits words at "৴", which Python counts as part of a word: the query
    # reads a phrase, which no profile holds, where the vector's reading is the one word "train".
    assert searched_through_postings("training৴training") is None
    assert searched_through_rows("training৴training") == (set(), [])


def postings_seen_from_another_connection(lexeme):
    other = connection.get_new_connection(connection.get_connection_params())
    try:
        with other.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {postings.TABLE} WHERE lexeme = %s", [lexeme])  # noqa: S608
            return cursor.fetchone()[0]
    finally:
        other.close()


# Serialized like the suite's other transactional tests: the flush after a test without it
# recreates rows (content types) that theirs then restore, and they fail at setup.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_search_during_a_full_rebuild_still_sees_the_postings(add_profile):
    add_profile("Fermentary", description="Kombucha brewed in the neighbourhood.")
    seen = []

    def look_before_the_postings_are_written(execute, sql, params, many, context):
        if sql.lstrip().startswith(f"INSERT INTO {postings.TABLE}"):
            seen.append(postings_seen_from_another_connection("kombucha"))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(look_before_the_postings_are_written):
        get_backend().index()  # every enterprise, as rebuild_directory_index does
    assert seen == [1]
    assert postings_seen_from_another_connection("kombucha") == 1
