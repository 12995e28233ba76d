"""Organisers in the admin: the events taking registrations, each event's attendee list with
its CSV file and sign-in sheet, cancelling and moving people up, more seats filled at once."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import Registration
from tests.home.registration_helpers import registration_event

pytestmark = pytest.mark.django_db


def person(event, name, status, audience=("aud-social", "Social enterprises"), **fields):
    key, label = audience
    email = fields.pop("email", f"{name.split()[0].lower()}@example.org")
    return Registration.objects.create(
        event=event,
        name=name,
        email=email,
        organisation=fields.pop("organisation", "Kringloop Noord"),
        audience_key=key,
        audience=label,
        language=fields.pop("language", "en"),
        status=status,
        **fields,
    )


@pytest.fixture
def editor(client, django_user_model):
    """A member of Wagtail's Editors group, not a superuser."""
    user = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


@pytest.fixture
def full_event(event_index):
    """Two seats, both taken; two people waiting, one cancelled."""
    event = registration_event(event_index, title="Demo Day")
    policy = ("aud-policy", "Policy makers and public bodies")
    people = {
        "ada": person(event, "Ada Peeters", "confirmed"),
        "bram": person(event, "Bram Claes", "confirmed", policy, needs="Vegetarian"),
        "cleo": person(event, "Cleo Martin", "waiting"),
        "dirk": person(event, "Dirk Smets", "waiting", policy),
        "eva": person(event, "Eva Janssens", "cancelled"),
    }
    return event, people


def text(response):
    return response.content.decode()


def test_the_menu_leads_to_the_events_and_each_attendee_list(client, editor, full_event):
    event, _ = full_event
    home = text(client.get(reverse("wagtailadmin_home")))
    assert reverse("registration_events") in home
    overview = client.get(reverse("registration_events"))
    assert overview.status_code == 200
    row = next(line for line in text(overview).split("<tr>") if "Demo Day" in line)
    # Seats taken of the capacity, then waiting, then cancelled.
    assert "2 of 2" in row and "<td>2</td>" in row and "<td>1</td>" in row
    assert reverse("event_attendees", args=[event.pk]) in row


def test_the_attendee_list_shows_each_state_and_counts_by_audience(client, editor, full_event):
    event, people = full_event
    response = client.get(reverse("event_attendees", args=[event.pk]))
    page = text(response)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    seats, rest = page.split('id="waiting-heading"')
    waiting, cancelled = rest.split('id="cancelled-heading"')
    assert "Ada Peeters" in seats and "Bram Claes" in seats and "Cleo Martin" not in seats
    assert waiting.index("Cleo Martin") < waiting.index("Dirk Smets")
    assert "Eva Janssens" in cancelled and "Ada Peeters" not in cancelled
    # The counts, computed here from the people made above.
    by_audience = page.split('id="audiences-heading"')[1].split("</table>")[0]
    expected = {}
    for registration in people.values():
        counts = expected.setdefault(registration.audience, {"confirmed": 0, "waiting": 0})
        counts.setdefault(registration.status, 0)
        counts[registration.status] += 1
    social = by_audience.split("Social enterprises")[1].split("</tr>")[0]
    numbers = social.replace("</th>", "").replace("<td>", " ").replace("</td>", " ").split()
    social_counts = expected["Social enterprises"]
    assert numbers == [
        str(social_counts["confirmed"]),
        str(social_counts["waiting"]),
        str(social_counts.get("cancelled", 0)),
    ]
    # The audience nobody chose is listed too, with nothing in it.
    assert "Networks, funders and support organisations" in by_audience


def test_the_csv_lists_everyone_and_cannot_run_formulas(client, editor, full_event):
    event, _ = full_event
    person(
        event,
        '=HYPERLINK("http://evil.example")',
        "waiting",
        email="evil@example.org",
        organisation="+32 Co;-1",
    )
    response = client.get(reverse("event_attendees_csv", args=[event.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [row["name"] for row in rows] == [
        "Ada Peeters",
        "Bram Claes",
        "Cleo Martin",
        "Dirk Smets",
        '\'=HYPERLINK("http://evil.example")',
        "Eva Janssens",
    ]
    assert [row["waiting_position"] for row in rows if row["status"] == "waiting"] == [
        "1",
        "2",
        "3",
    ]
    evil = rows[4]
    assert evil["organisation"] == "'+32 Co;'-1"
    assert rows[1]["needs"] == "Vegetarian"
    assert rows[1]["audience"] == "Policy makers and public bodies"


def test_the_sign_in_sheet_lists_the_seats_by_name_with_room_for_walk_ins(
    client, editor, full_event
):
    event, _ = full_event
    person(event, "Aaron Adams", "confirmed", email="aaron@example.org")
    response = client.get(reverse("event_sign_in_sheet", args=[event.pk]))
    page = text(response)
    assert response.status_code == 200
    assert page.index("Aaron Adams") < page.index("Ada Peeters") < page.index("Bram Claes")
    assert "Cleo Martin" not in page and "Eva Janssens" not in page
    assert page.count('class="walk-in"') == 8
    assert "Signature" in page


def test_an_editor_cancels_and_the_first_person_waiting_gets_the_seat(
    client, editor, full_event, django_capture_on_commit_callbacks
):
    event, people = full_event
    url = reverse("admin_cancel_registration", args=[people["ada"].pk])
    confirm = text(client.get(url))
    assert "Cleo Martin" in confirm  # who will get the seat
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    landed = client.get(response["Location"])
    assert "Ada Peeters&#x27;s registration was cancelled" in text(landed)
    people["ada"].refresh_from_db()
    people["cleo"].refresh_from_db()
    assert people["ada"].status == "cancelled"
    assert people["cleo"].status == "confirmed"
    sent = {message.to[0]: message for message in mail.outbox}
    assert "cancelled" in sent["ada@example.org"].subject
    assert sent["cleo@example.org"].attachments[0][0].endswith(".ics")
    logged = ModelLogEntry.objects.filter(object_id=str(people["ada"].pk))
    assert [(entry.action, entry.user_id) for entry in logged] == [
        ("home.registration.cancelled", editor.pk)
    ]
    promoted = ModelLogEntry.objects.get(object_id=str(people["cleo"].pk))
    assert promoted.action == "home.registration.promoted"


def test_an_editor_moves_someone_up_beyond_the_seats_after_a_warning(
    client, editor, full_event, django_capture_on_commit_callbacks
):
    event, people = full_event
    url = reverse("admin_move_up_registration", args=[people["dirk"].pk])
    confirm = text(client.get(url))
    assert "All 2 seats are taken: with this person, 3 people will hold a seat." in confirm
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
    people["dirk"].refresh_from_db()
    assert people["dirk"].status == "confirmed" and people["dirk"].promoted_at
    assert Registration.objects.filter(event=event).confirmed().count() == 3
    assert [message.to for message in mail.outbox] == [["dirk@example.org"]]
    history = text(
        client.get(reverse("wagtailsnippets_home_registration:history", args=[people["dirk"].pk]))
    )
    assert "Moved up from the waiting list" in history


def test_a_registration_changed_meanwhile_is_left_alone(client, editor, full_event):
    _, people = full_event
    cancelled = people["eva"]
    url = reverse("admin_cancel_registration", args=[cancelled.pk])
    assert client.get(url).status_code == 409
    response = client.post(url, follow=True)
    assert "Nothing was changed" in text(response)
    move_up = reverse("admin_move_up_registration", args=[people["ada"].pk])
    assert client.get(move_up).status_code == 409
    assert client.post(move_up, follow=True).status_code == 200
    people["ada"].refresh_from_db()
    assert people["ada"].status == "confirmed" and people["ada"].promoted_at is None
    assert not mail.outbox


def test_reading_and_changing_need_their_permissions(client, django_user_model, full_event):
    event, people = full_event
    attendees = reverse("event_attendees", args=[event.pk])
    assert client.get(attendees).status_code == 302  # to the admin's login
    reader = django_user_model.objects.create_user("reader", "r@example.org", "pw")
    reader.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_registration"),
    )
    client.force_login(reader)
    assert client.get(attendees).status_code == 200
    assert "Move up" not in text(client.get(attendees))
    cancel = reverse("admin_cancel_registration", args=[people["ada"].pk])
    refused = client.post(cancel, follow=True)
    assert "you do not have permission" in text(refused)
    people["ada"].refresh_from_db()
    assert people["ada"].status == "confirmed"
    nobody = django_user_model.objects.create_user("nobody", "n@example.org", "pw")
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(nobody)
    for address in (
        attendees,
        reverse("event_attendees_csv", args=[event.pk]),
        reverse("event_sign_in_sheet", args=[event.pk]),
    ):
        response = client.get(address, follow=True)
        assert "you do not have permission" in text(response)
        assert "Ada Peeters" not in text(response)


def test_publishing_more_seats_gives_them_to_the_people_waiting_in_order(
    client, django_user_model, full_event, django_capture_on_commit_callbacks
):
    event, people = full_event
    person(event, "Frank Wouters", "waiting")
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    data = nested_form_data(
        {
            "title": event.title,
            "slug": event.slug,
            "summary": "A day.",
            "start_date": event.start_date.isoformat(),
            "end_date": event.end_date.isoformat(),
            "time_zone": "Europe/Brussels",
            "audience": rich_text(""),
            "what_to_expect": rich_text(""),
            "body": streamfield([]),
            "registration_audiences": streamfield(
                [("audience", "Social enterprises"), ("audience", "Policy makers")]
            ),
            "registration_enabled": "on",
            "registration_capacity": "4",
            "registration_waiting_list": "on",
            "action-publish": "publish",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[event.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    statuses = dict(Registration.objects.filter(event=event).values_list("name", "status"))
    assert statuses["Cleo Martin"] == statuses["Dirk Smets"] == "confirmed"
    assert statuses["Frank Wouters"] == "waiting"
    assert sorted(message.to[0] for message in mail.outbox) == [
        "cleo@example.org",
        "dirk@example.org",
    ]


def test_the_event_editor_links_to_its_attendees(client, editor, full_event):
    event, _ = full_event
    edit = text(client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])))
    assert reverse("event_attendees", args=[event.pk]) in edit


def test_after_the_data_is_deleted_the_counts_remain_under_the_events_audiences(
    client, editor, event_index, settings
):
    import datetime

    from home.registration.retention import purge_past_registrations

    event = registration_event(
        event_index,
        start_date=datetime.date(2020, 3, 2),
        end_date=datetime.date(2020, 3, 2),
    )
    person(event, "Ada Peeters", "confirmed")
    # Registered on the French page: the same audience under its French name.
    person(event, "Chloé Roux", "confirmed", ("aud-social", "Entreprises sociales"))
    person(event, "Bram Claes", "cancelled", ("aud-policy", "Beleidsmakers"))
    assert purge_past_registrations() == (1, 3)
    page = text(client.get(reverse("event_attendees", args=[event.pk])))
    assert "Ada Peeters" not in page and "Chloé" not in page
    by_audience = page.split('id="audiences-heading"')[1].split("</section>")[0]
    social = by_audience.split("Social enterprises")[1].split("</tr>")[0]
    assert social.count("<td>") == 3 and "<td>2</td><td>0</td><td>0</td>" in social
    policy = by_audience.split("Policy makers and public bodies")[1].split("</tr>")[0]
    assert "<td>0</td><td>0</td><td>1</td>" in policy
    assert "Entreprises sociales" not in by_audience
    assert "include 3 registrations whose personal data was deleted" in by_audience
