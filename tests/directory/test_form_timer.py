"""The public form's fill-time token works for a few hours: an old one, kept or replayed by a
script, is refused, and a person who left the form open gets their entries and a fresh token."""

import time
from unittest import mock

import pytest

from directory import antiabuse
from directory.models import Enterprise
from tests.directory.submission_helpers import submit

pytestmark = pytest.mark.django_db
HOUR = 60 * 60


def timer_started(seconds_ago):
    with mock.patch("time.time", return_value=time.time() - seconds_ago):
        return antiabuse.start_timer()


def test_the_token_lasts_four_hours_by_default(settings):
    assert settings.DIRECTORY_FORM_MAX_SECONDS == 4 * HOUR


def test_a_token_within_its_hours_is_accepted(client, directory_page):
    response = submit(client, **{"submitter-started": timer_started(4 * HOUR - 60)})
    assert response.status_code == 302
    assert Enterprise.objects.filter(name="Fietsherstel Noord").exists()


def test_an_expired_token_is_refused_keeping_the_entries_and_replaced(
    client, directory_page, settings
):
    old = timer_started(4 * HOUR + 60)
    response = submit(client, **{"submitter-started": old})
    page = response.content.decode()
    assert response.status_code == 400
    assert "This form was opened more than 4 hours ago" in page
    assert "Your entries are kept below" in page
    forms = response.context["forms"]
    assert forms["profile"]["name"].value() == "Fietsherstel Noord"
    assert forms["submitter"]["submitter_email"].value() == "an@fietsherstel-noord.example"
    fresh = forms["submitter"]["started"].value()
    assert fresh != old
    assert not Enterprise.objects.exists()

    # A person reads the page again before sending: the fresh token lets that send through.
    settings.DIRECTORY_FORM_MIN_SECONDS = 0
    assert submit(client, **{"submitter-started": fresh}).status_code == 302
    assert Enterprise.objects.filter(name="Fietsherstel Noord").exists()


def test_a_script_replaying_one_old_token_is_refused(client, directory_page):
    old = timer_started(2 * 24 * HOUR)
    for name in ("Replay One", "Replay Two"):
        response = submit(client, **{"submitter-started": old, "profile-name": name})
        assert response.status_code == 400
    assert not Enterprise.objects.exists()
