"""Registrations' personal data is deleted a set number of days after the event; anonymous counts
per audience and status stay, and the form and the privacy notice say how long."""

import datetime
import io
import re
from collections import Counter
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command, load_command_class
from django.core.management.base import CommandError
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from home.demo import content
from home.models import Organisation, Registration, RegistrationTally
from home.registration.retention import kept_counts, purge_past_registrations
from tests.home.registration_helpers import AUDIENCES, registration_event

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
BRUSSELS = ZoneInfo("Europe/Brussels")
SOCIAL, POLICY, SUPPORT = (name for _, name in AUDIENCES)
CONFIRMED, WAITING, CANCELLED = "confirmed", "waiting", "cancelled"

# Who registered for the timed event: (audience, status), one person each.
PEOPLE = [
    (SOCIAL, CONFIRMED),
    (SOCIAL, CONFIRMED),
    (SOCIAL, CANCELLED),
    (POLICY, CONFIRMED),
    (POLICY, WAITING),
    (POLICY, WAITING),
    (SUPPORT, CANCELLED),
    ("", CONFIRMED),  # an event page that offered no audiences to choose from
]


def add_registrations(event, people, prefix="person"):
    """One registration per (audience, status), each with a log entry naming the person."""
    registrations = []
    for number, (audience, status) in enumerate(people):
        registration = Registration.objects.create(
            event=event,
            name=f"{prefix.title()} {number}",
            email=f"{prefix}{number}@example.org",
            organisation="Kringloop Noord",
            audience=audience,
            needs="Step-free access",
            answer="More buyers.",
            consent=True,
            language="en",
            status=status,
        )
        log(instance=registration, action="wagtail.edit")
        registrations.append(registration)
    return registrations


def log_entries_about(registrations):
    ids = [str(registration.pk) for registration in registrations]
    return ModelLogEntry.objects.filter(
        content_type__app_label="home", content_type__model="registration", object_id__in=ids
    )


def tallies(event):
    return {
        (tally.audience, tally.status): tally.count
        for tally in RegistrationTally.objects.filter(event=event)
    }


@pytest.fixture
def timed_event(event_index):
    """Ended on 10 March 2030 at 18:00 Brussels time (17:00 UTC)."""
    return registration_event(
        event_index,
        title="Evening meet-up",
        start_date=datetime.date(2030, 3, 10),
        start_time=datetime.time(14, 0),
        end_date=datetime.date(2030, 3, 10),
        end_time=datetime.time(18, 0),
        time_zone="Europe/Brussels",
    )


def test_personal_data_goes_90_days_after_the_event_and_the_counts_stay(timed_event):
    registrations = add_registrations(timed_event, PEOPLE)
    assert log_entries_about(registrations).count() == len(PEOPLE)
    limit = datetime.datetime(2030, 3, 10, 17, 0, tzinfo=UTC) + datetime.timedelta(days=90)

    # The day before, and a minute before the limit: nothing goes.
    for now in (limit - datetime.timedelta(days=1), limit - datetime.timedelta(minutes=1)):
        assert purge_past_registrations(now=now) == (0, 0)
    assert Registration.objects.filter(event=timed_event).count() == len(PEOPLE)
    assert log_entries_about(registrations).count() == len(PEOPLE)
    assert not RegistrationTally.objects.exists()

    assert purge_past_registrations(now=limit + datetime.timedelta(minutes=1)) == (1, len(PEOPLE))
    assert not Registration.objects.filter(event=timed_event).exists()
    assert not log_entries_about(registrations).exists()
    expected = Counter(PEOPLE)
    assert tallies(timed_event) == dict(expected)
    assert sum(tallies(timed_event).values()) == len(PEOPLE)
    assert kept_counts(timed_event) == sorted(
        (audience, status, count) for (audience, status), count in expected.items()
    )

    # A second run, even much later, changes nothing.
    assert purge_past_registrations(now=limit + datetime.timedelta(days=400)) == (0, 0)
    assert tallies(timed_event) == dict(expected)


def test_an_event_within_the_limit_keeps_its_registrations(event_index, timed_event):
    later = registration_event(
        event_index,
        title="Later meet-up",
        start_date=datetime.date(2030, 5, 20),
        end_date=datetime.date(2030, 5, 21),
    )
    add_registrations(timed_event, PEOPLE[:3], prefix="early")
    kept = add_registrations(later, PEOPLE[3:], prefix="late")
    # 100 days after the first event, 30 after the second.
    now = datetime.datetime(2030, 6, 18, 12, 0, tzinfo=BRUSSELS)

    assert purge_past_registrations(now=now) == (1, 3)
    assert not Registration.objects.filter(event=timed_event).exists()
    assert sorted(Registration.objects.filter(event=later).values_list("pk", flat=True)) == sorted(
        registration.pk for registration in kept
    )
    assert log_entries_about(kept).count() == len(kept)
    assert kept_counts(later) == []


def test_an_all_day_event_counts_from_the_end_of_its_last_day(event_index):
    event = registration_event(
        event_index, start_date=datetime.date(2030, 3, 9), end_date=datetime.date(2030, 3, 10)
    )
    add_registrations(event, [(SOCIAL, CONFIRMED)])
    # The event is over at midnight after 10 March, Brussels time (23:00 UTC on 10 March).
    limit = datetime.datetime(2030, 3, 10, 23, 0, tzinfo=UTC) + datetime.timedelta(days=90)
    assert purge_past_registrations(now=limit - datetime.timedelta(minutes=1)) == (0, 0)
    assert purge_past_registrations(now=limit + datetime.timedelta(minutes=1)) == (1, 1)


def test_the_setting_sets_the_number_of_days(settings, timed_event):
    settings.REGISTRATION_RETENTION_DAYS = 30
    add_registrations(timed_event, PEOPLE[:2])
    end = datetime.datetime(2030, 3, 10, 17, 0, tzinfo=UTC)
    assert purge_past_registrations(now=end + datetime.timedelta(days=29)) == (0, 0)
    assert purge_past_registrations(now=end + datetime.timedelta(days=31)) == (1, 2)


def test_counts_of_a_later_purge_add_to_the_kept_ones(timed_event):
    later = datetime.datetime(2031, 1, 1, tzinfo=UTC)
    add_registrations(timed_event, [(SOCIAL, CONFIRMED), (POLICY, WAITING)], prefix="first")
    purge_past_registrations(now=later)
    # Registrations that reach the event afterwards (restored from a backup, say).
    add_registrations(timed_event, [(SOCIAL, CONFIRMED), (SUPPORT, CANCELLED)], prefix="second")
    assert purge_past_registrations(now=later) == (1, 2)
    assert tallies(timed_event) == {
        (SOCIAL, CONFIRMED): 2,
        (POLICY, WAITING): 1,
        (SUPPORT, CANCELLED): 1,
    }


def test_log_entries_about_other_things_stay(timed_event):
    (registration,) = add_registrations(timed_event, [(SOCIAL, CONFIRMED)])
    # Another kind of object whose id is the same number.
    organisation = Organisation.objects.create(pk=registration.pk, name="Kringloop Noord")
    log(instance=organisation, action="wagtail.edit")
    purge_past_registrations(now=datetime.datetime(2031, 1, 1, tzinfo=UTC))
    assert not log_entries_about([registration]).exists()
    (entry,) = ModelLogEntry.objects.filter(object_id=str(organisation.pk))
    assert entry.content_type.model == "organisation"


def test_the_command_deletes_and_says_what_it_did(event_index):
    event = registration_event(
        event_index, start_date=datetime.date(2019, 11, 21), end_date=datetime.date(2019, 11, 21)
    )
    add_registrations(event, PEOPLE[:3])
    out = io.StringIO()
    call_command("purge_past_registrations", stdout=out)
    assert "Deleted 3 registration(s) of 1 event(s)" in out.getvalue()
    assert "90 days" in out.getvalue()
    assert not Registration.objects.filter(event=event).exists()
    assert tallies(event) == {(SOCIAL, CONFIRMED): 2, (SOCIAL, CANCELLED): 1}

    out = io.StringIO()
    call_command("purge_past_registrations", stdout=out)
    assert "Deleted 0 registration(s) of 0 event(s)" in out.getvalue()
    assert tallies(event) == {(SOCIAL, CONFIRMED): 2, (SOCIAL, CANCELLED): 1}


def test_the_commands_help_says_what_it_deletes_and_when(settings):
    settings.REGISTRATION_RETENTION_DAYS = 45
    text = load_command_class("home", "purge_past_registrations").help
    assert "e-mail addresses" in text
    assert "45 days" in text
    assert "Run it daily." in text


def test_a_negative_number_of_days_is_refused_with_a_clear_message(settings, timed_event):
    settings.REGISTRATION_RETENTION_DAYS = -1
    add_registrations(timed_event, PEOPLE[:1])
    with pytest.raises(CommandError, match="REGISTRATION_RETENTION_DAYS is -1"):
        call_command("purge_past_registrations", stdout=io.StringIO())
    assert Registration.objects.filter(event=timed_event).count() == 1


@pytest.mark.parametrize("days", [90, 30])
def test_the_form_says_when_the_details_are_deleted(client, settings, open_event, days):
    settings.REGISTRATION_RETENTION_DAYS = days
    html = BeautifulSoup(client.get(open_event.url).content, "html.parser")
    form = html.select_one("form.public-form")
    consent = form.select_one("input[name='registration-consent']")
    note = consent.find_next("p", class_="field__help")
    text = " ".join(note.get_text().split())
    assert f"Your details are deleted {days} days after the event" in text
    assert "only anonymous counts are kept" in text
    assert note.select_one("a")["href"] == "/privacy/"


def registration_section(body, heading_index):
    """The text of the paragraphs after a heading, up to the next heading."""
    texts = []
    for block in body[heading_index + 1 :]:
        if block["type"] == "heading":
            break
        texts.append(re.sub(r"<[^>]+>", "", block["value"]))
    return " ".join(texts)


def test_the_demo_privacy_notice_states_the_setting(settings):
    body = content.PRIVACY["body"]
    headings = [block["value"]["text"] if block["type"] == "heading" else None for block in body]
    index = headings.index("Registering for an event")
    notices = {"en": registration_section(body, index)}
    for language, text in content.translations().items():
        translated = text["pages"]["privacy"]["body"]
        assert translated[index]["type"] == "heading", language
        notices[language] = registration_section(translated, index)
    assert set(notices) == {"en", "nl", "fr"}
    days = {"en": "days", "nl": "dagen", "fr": "jours"}
    for language, text in notices.items():
        numbers = {int(n) for n in re.findall(rf"(\d+)\s+{days[language]}\b", text)}
        assert numbers == {settings.REGISTRATION_RETENTION_DAYS}, (language, text)
