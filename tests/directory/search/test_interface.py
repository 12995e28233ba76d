"""What callers of the search rely on, whichever database answers."""

import pytest

from directory.models import Enterprise
from directory.search import get_backend
from directory.search.base import EnterpriseSearch

pytestmark = pytest.mark.django_db


def live():
    return Enterprise.objects.filter(live=True)


def test_the_backend_follows_the_one_interface():
    assert isinstance(get_backend(), EnterpriseSearch)


@pytest.mark.parametrize("query", ["", "   ", "!!! ...", []])
def test_no_word_to_search_for_finds_nothing(profiles, query):
    assert list(get_backend().apply(live(), query)) == []


def test_words_may_come_as_typed_or_as_a_list(profiles):
    typed = get_backend().apply(live(), "Textile, GENT!")
    listed = get_backend().apply(live(), ["textile", "gent"])
    assert [e.name for e in typed] == [e.name for e in listed] == ["Kringloopkompas"]


def test_search_narrows_the_queryset_it_is_given(profiles):
    in_france = live().filter(country="FR")
    assert [e.name for e in get_backend().apply(in_france, "reparer")] == ["Atelier Vélo Solidaire"]
    assert list(get_backend().apply(in_france, "kringloopkompas")) == []
