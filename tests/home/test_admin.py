import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import EventPage
from tests.home.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def test_event_ending_before_it_starts_is_refused_in_the_admin(
    client, django_user_model, event_index
):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    event = EventPageFactory(parent=event_index, title="Original title")
    data = nested_form_data(
        {
            "title": "Changed title",
            "slug": event.slug,
            "summary": "A day.",
            "start_date": "2019-11-21",
            "end_date": "2019-11-20",
            "time_zone": "Europe/Brussels",
            "audience": rich_text(""),
            "what_to_expect": rich_text(""),
            "body": streamfield([]),
            "registration_audiences": streamfield([]),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[event.pk]), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "The event cannot end before it starts" in str(errors["end_date"])
    assert EventPage.objects.get(pk=event.pk).title == "Original title"


def test_registration_on_the_page_needs_seats_and_no_link_elsewhere(
    client, django_user_model, event_index
):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    event = EventPageFactory(parent=event_index, title="Original title")
    data = nested_form_data(
        {
            "title": "Changed title",
            "slug": event.slug,
            "summary": "A day.",
            "start_date": "2030-11-21",
            "end_date": "2030-11-21",
            "time_zone": "Europe/Brussels",
            "audience": rich_text(""),
            "what_to_expect": rich_text(""),
            "body": streamfield([]),
            "registration_audiences": streamfield([]),
            "registration_enabled": "on",
            "registration_url": "https://tickets.example.org/",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[event.pk]), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "Say how many seats there are" in str(errors["registration_capacity"])
    assert EventPage.objects.get(pk=event.pk).title == "Original title"


def test_editors_read_registrations_by_event_and_status(client, django_user_model, event_index):
    from home.models import Registration

    # A member of Wagtail's Editors group, not a superuser: the listing is theirs to read.
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    event = EventPageFactory(
        parent=event_index, title="Demo Day", registration_enabled=True, registration_capacity=5
    )
    for email, status in (("a@example.org", "confirmed"), ("b@example.org", "waiting")):
        Registration.objects.create(
            event=event, name=email, email=email, organisation="O", language="en", status=status
        )
    listing = reverse("wagtailsnippets_home_registration:list")
    text = client.get(listing, {"status": "waiting", "event": event.pk}).content.decode()
    assert "b@example.org" in text and "a@example.org" not in text
    assert client.get(reverse("wagtailsnippets_home_registration:add")).status_code == 404
