"""Search follows what is published: publishing, changing, unpublishing and deleting a profile
update what the words find, and the words that typos are corrected to."""

import pytest
from django.core.management import call_command

from directory.search import get_backend

pytestmark = pytest.mark.django_db


def test_a_published_change_is_found_and_the_old_words_are_not(found, profiles):
    profile = profiles["restaurant"]
    profile.summary = "A canteen serving soup."
    profile.save_revision().publish()
    assert found("canteen") == ["Tafel van Tien"]
    assert found("restaurant") == []


def test_a_new_name_is_found_by_its_first_letters_and_the_old_one_is_not(found, profiles):
    profile = profiles["cafe"]
    profile.name = "Théière Commune"
    profile.save_revision().publish()
    assert found("theie") == ["Théière Commune"]
    assert found("bobin") == []


def test_an_unpublished_profile_is_not_found_until_published_again(found, profiles):
    profile = profiles["cafe"]
    profile.unpublish()
    assert found("bobinoir") == []
    profile.save_revision().publish()
    assert found("bobinoir") == ["Café Bobinoir"]


def test_a_deleted_profile_is_not_found(found, profiles):
    profiles["energy"].delete()
    assert found("zonnedak") == []
    assert found("battery") == []


def test_new_words_can_be_guessed_as_soon_as_they_are_published(found, add_profile):
    add_profile("Brew Together", summary="Kombucha brewed by people returning to work.")
    assert found("kombuca") == ["Brew Together"]


def test_rebuilding_the_index_forgets_deleted_profiles_and_keeps_the_rest(found, profiles):
    profiles["cafe"].delete()
    call_command("rebuild_directory_index", verbosity=0)
    assert get_backend().corrections(["bobinor"]) == {}
    assert found("circlar") == ["Kringloopkompas"]
    assert found("cafe") == []
