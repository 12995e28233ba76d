"""The order of what a search finds: name before place and summary before description, and a
word the directory guessed never counts as much as a word the visitor typed."""

import pytest

from directory.models import Enterprise
from directory.search import get_backend

pytestmark = pytest.mark.django_db


def test_a_word_in_the_name_outranks_the_same_word_in_a_description(found, add_profile):
    add_profile("Quiet Works", description="We run a bakery and sometimes talk about bread.")
    add_profile("Bread Collective", description="A collective.")
    assert found("bread") == ["Bread Collective", "Quiet Works"]


def test_a_word_in_the_summary_outranks_the_same_word_in_a_description(found, add_profile):
    add_profile("Oak Yard", summary="Carpentry lessons.", description="Made of timber.")
    add_profile("Elm Yard", summary="Made of wood.", description="Timber and carpentry.")
    assert found("carpentry") == ["Oak Yard", "Elm Yard"]


def test_each_result_carries_a_rank_higher_for_better_matches(add_profile):
    add_profile("Quiet Works", description="We run a bakery and sometimes talk about bread.")
    add_profile("Bread Collective", description="A collective.")
    ranked = get_backend().apply(Enterprise.objects.filter(live=True), "bread")
    ranks = {enterprise.name: enterprise.rank for enterprise in ranked}
    assert set(ranks) == {"Bread Collective", "Quiet Works"}
    assert ranks["Bread Collective"] > ranks["Quiet Works"] > 0


def test_a_guessed_word_never_outranks_a_typed_one(found, add_profile):
    add_profile("Bakery Hub", description="We bake bread for the whole street.")
    add_profile("Bread Hub", description="Loaves from a community bakery.")
    assert set(found("bread bakery")) == {"Bakery Hub", "Bread Hub"}
    # "bakry" matches nothing and is searched as "bakery", which counts less than "bread" does:
    # the name with the typed word comes first.
    assert found("bread bakry") == ["Bread Hub", "Bakery Hub"]


def test_the_closest_guess_ranks_above_the_other_guesses(found, add_profile):
    add_profile("Bakery Lane", description="Loaves and buns.")
    add_profile("Oven Works", description="The baker teaches apprentices.")
    # "bakerr" matches nothing: "baker" is the closest guess, "bakery" a more distant one.
    assert get_backend().corrections(["bakerr"]) == {"bakerr": ["baker", "bakery"]}
    assert found("bakerr") == ["Oven Works", "Bakery Lane"]
