"""Registering for an event on its page: seats, the waiting list, e-mails, cancelling."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from home.models import Registration
from tests.home.registration_helpers import (
    QUESTION,
    cancel_link,
    register_path,
    registration_data,
    registration_event,
)

pytestmark = pytest.mark.django_db


def page_text(response):
    return response.content.decode()


def test_the_page_shows_the_form_seats_and_closing_time(client, open_event):
    response = client.get(open_event.url)
    text = page_text(response)
    assert response.status_code == 200
    assert "2 seats left" in text
    assert 'action="' + register_path(open_event) + '"' in text
    assert "Policy makers and public bodies" in text
    assert QUESTION in text
    assert "Registration is open until the event starts" in text
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_registering_confirms_a_seat_and_sends_the_calendar_and_cancel_link(post, open_event):
    response = post(register_path(open_event), registration_data(answer="More buyers."))
    assert response.status_code == 302
    assert response["Location"] == open_event.url + "registered/"
    (registration,) = Registration.objects.all()
    assert registration.status == "confirmed"
    assert registration.audience == "Social enterprises"
    assert registration.answer == "More buyers."
    assert registration.language == "en"
    (message,) = mail.outbox
    assert message.to == ["ada@example.org"]
    assert "confirmed" in message.subject
    ((filename, content, mimetype),) = message.attachments
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    (entry,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert entry["SUMMARY"] == "Demo Day"
    assert "/cancel/" in cancel_link(message)
    done = Client().get(response["Location"])
    assert "check your e-mail" in page_text(done)
    assert "1 seat left" in page_text(Client().get(open_event.url))


def test_a_full_event_puts_people_on_the_waiting_list_and_tells_their_position(post, open_event):
    for number in range(4):
        post(register_path(open_event), registration_data(email=f"p{number}@example.org"))
    statuses = list(Registration.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == ["confirmed", "confirmed", "waiting", "waiting"]
    assert "Your position on the waiting list: 2." in mail.outbox[3].body
    assert not mail.outbox[3].attachments
    assert "Full — join the waiting list" in page_text(Client().get(open_event.url))


def test_cancelling_frees_the_seat_for_the_first_person_waiting(post, open_event):
    for number in range(4):
        post(register_path(open_event), registration_data(email=f"p{number}@example.org"))
    link = cancel_link(mail.outbox[0])
    confirm_page = Client().get(link)
    assert confirm_page.status_code == 200
    assert "Yes, cancel my registration" in page_text(confirm_page)
    assert Registration.objects.get(email="p0@example.org").status == "confirmed"
    mail.outbox.clear()
    done = post(link, {})
    assert done.status_code == 200
    assert "Your registration is cancelled" in page_text(done)
    by_email = dict(Registration.objects.values_list("email", "status"))
    assert by_email == {
        "p0@example.org": "cancelled",
        "p1@example.org": "confirmed",
        "p2@example.org": "confirmed",
        "p3@example.org": "waiting",
    }
    (promotion,) = mail.outbox
    assert promotion.to == ["p2@example.org"]
    assert "seat has come free" in promotion.subject
    assert promotion.attachments
    # Sending the link again changes nothing more.
    again = post(link, {})
    assert "already cancelled" in page_text(again)
    assert Registration.objects.confirmed().count() == 2


def test_a_second_registration_with_the_same_address_changes_nothing(post, open_event):
    first = post(register_path(open_event), registration_data(email="ada@example.org"))
    second = post(
        register_path(open_event), registration_data(email="ADA@example.org", name="Someone")
    )
    assert second.status_code == first.status_code == 302
    assert second["Location"] == first["Location"]
    (registration,) = Registration.objects.all()
    assert registration.name == "Ada Peeters"
    # Only the owner of the address receives anything: the same registration, again.
    assert [message.to for message in mail.outbox] == [["ada@example.org"]] * 2
    assert "1 seat left" in page_text(Client().get(open_event.url))


def test_the_database_refuses_two_active_registrations_for_one_address(open_event):
    from django.db import IntegrityError, transaction

    fields = {"name": "A", "organisation": "O", "language": "en", "consent": True}
    Registration.objects.create(
        event=open_event, email="a@example.org", status="confirmed", **fields
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            event=open_event, email="A@Example.org", status="waiting", **fields
        )
    Registration.objects.create(
        event=open_event, email="b@example.org", status="cancelled", **fields
    )
    Registration.objects.create(event=open_event, email="b@example.org", status="waiting", **fields)


def closed_an_hour_ago():
    return {"registration_closes_at": timezone.now() - datetime.timedelta(hours=1)}


def started_today():
    return {
        "start_date": timezone.localdate(),
        "start_time": datetime.time(0, 0),
        "end_time": datetime.time(23, 59),
    }


# The dates are read when the test runs, not when it is collected: a run that starts before
# midnight and reaches this test after it would otherwise ask about yesterday's event.
@pytest.mark.parametrize(
    ("fields", "message"),
    [(closed_an_hour_ago, "closed"), (started_today, "the event has started")],
)
def test_after_closing_or_once_started_there_is_no_form(post, event_index, fields, message):
    event = registration_event(event_index, **fields())
    text = page_text(Client().get(event.url))
    assert "registration-name" not in text
    assert message in text
    refused = post(register_path(event), registration_data())
    assert refused.status_code == 409
    assert "Registration for this event is closed." in page_text(refused)
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_a_full_event_without_waiting_list_refuses_politely(post, event_index):
    event = registration_event(
        event_index, registration_capacity=1, registration_waiting_list=False
    )
    post(register_path(event), registration_data())
    refused = post(register_path(event), registration_data(email="late@example.org"))
    assert refused.status_code == 409
    assert "This event is full" in page_text(refused)
    assert Registration.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"name": ""}, "Enter your name."),
        ({"email": "not-an-address"}, "Enter a valid email address."),
        ({"organisation": ""}, "Enter the name of your organisation."),
        ({"audience": ""}, "Choose the group that describes you best."),
        ({"audience": "aud-unknown"}, "Choose one of the groups listed."),
        ({"consent": ""}, "Please agree to the privacy notice"),
        ({"name": "Ada\nPeeters"}, "Keep this on one line."),
    ],
)
def test_bad_input_is_explained_and_what_was_typed_is_kept(post, open_event, overrides, message):
    response = post(
        register_path(open_event), registration_data(needs="Step-free access", **overrides)
    )
    text = page_text(response)
    assert response.status_code == 400
    assert message in text
    assert "There is a problem with 1 answer" in text
    assert "Step-free access" in text
    assert "Kringloop Noord" in text or overrides.get("organisation") == ""
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_the_honeypot_refuses_and_keeps_the_entries(post, open_event):
    response = post(register_path(open_event), registration_data(fax_number="spam"))
    assert response.status_code == 400
    assert "meant to stay empty" in page_text(response)
    assert "Kringloop Noord" in page_text(response)
    assert not Registration.objects.exists()


def test_a_form_sent_too_fast_is_refused(post, open_event):
    from directory.antiabuse import start_timer

    response = post(register_path(open_event), registration_data(started=start_timer()))
    assert response.status_code == 400
    assert "faster than a person" in page_text(response)
    assert "ada@example.org" in page_text(response)
    assert not Registration.objects.exists()


def test_registrations_from_one_address_are_limited(post, open_event, settings):
    settings.EVENT_REGISTRATION_RATE = (2, 60 * 60)
    open_event.registration_capacity = 10
    open_event.save_revision().publish()
    statuses = [
        post(register_path(open_event), registration_data(email=f"p{n}@example.org")).status_code
        for n in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert Registration.objects.count() == 2


def test_a_bad_cancel_link_says_so(client, open_event):
    response = client.get(open_event.url + "cancel/not-a-token/")
    assert response.status_code == 400
    assert "This link is not valid" in page_text(response)


def test_json_ld_offers_availability(client, event_index, post):
    event = registration_event(
        event_index, registration_capacity=1, registration_waiting_list=False
    )
    assert '"availability": "https://schema.org/InStock"' in page_text(client.get(event.url))
    post(register_path(event), registration_data())
    text = page_text(Client().get(event.url))
    assert '"availability": "https://schema.org/SoldOut"' in text
    assert '"eventStatus": "https://schema.org/EventScheduled"' in text
    assert '"eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode"' in text


def test_an_event_without_registration_keeps_its_external_link(client, event_index):
    from tests.home.factories import EventPageFactory

    event = EventPageFactory(parent=event_index, registration_url="https://tickets.example.org/")
    text = page_text(client.get(event.url))
    assert "https://tickets.example.org/" in text
    assert "registration-name" not in text
    assert client.post(register_path(event), registration_data()).status_code == 404


def test_the_demo_event_takes_registrations_in_every_language(post):
    import io

    from django.core.management import call_command
    from wagtail.models import Site

    from home.models import EventPage

    call_command("load_demo_content", stdout=io.StringIO())
    host = Site.objects.get(is_default_site=True).hostname
    original = EventPage.objects.get(
        slug="demo-social-enterprise-meet-up-2027", locale__language_code="en"
    )
    assert original.title.startswith("Demo event")
    assert original.start_date.year == 2027
    assert original.registration_capacity == 5 and original.registration_waiting_list
    english = [(block.id, block.value) for block in original.registration_audiences]
    assert len(english) == 3
    dutch_page = EventPage.objects.get(
        translation_key=original.translation_key, locale__language_code="nl"
    )
    dutch = [(block.id, block.value) for block in dutch_page.registration_audiences]
    assert [key for key, _name in dutch] == [key for key, _name in english]
    assert dutch[0][1] == "Sociale ondernemingen"

    page = Client().get(dutch_page.url, HTTP_HOST=host)
    assert "Beleidsmakers en overheidsinstanties" in page_text(page)
    data = registration_data(audience=dutch[1][0])
    response = post(dutch_page.url + "register/", data, HTTP_HOST=host)
    assert response.status_code == 302
    (registration,) = Registration.objects.all()
    # The translations share the original's seats.
    assert registration.event_id == original.pk
    assert registration.language == "nl"
    assert registration.audience == "Beleidsmakers en overheidsinstanties"
    assert registration.audience_key == english[1][0]
    assert cancel_link(mail.outbox[0]).startswith("/nl/")
