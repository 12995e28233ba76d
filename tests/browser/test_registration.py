"""A visitor registers for an event on its page, gets the e-mail with the calendar file, cancels,
and the first person waiting moves up; the form stays accessible in every state."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

pytestmark = pytest.mark.browser

TITLE = "Registration walk-through day"


@pytest.fixture
def quick_forms(settings):
    """The minimum fill time is for robots; a browser test fills the form at once."""
    settings.DIRECTORY_FORM_MIN_SECONDS = 0


@pytest.fixture
def one_seat_event(demo_site, remove_afterwards):
    from home.models import EventIndexPage, EventPage
    from tests.home.registration_helpers import registration_event

    remove_afterwards.append(EventPage.objects.filter(title=TITLE))
    day = timezone.localdate() + datetime.timedelta(days=30)
    return registration_event(
        EventIndexPage.objects.get(locale__language_code="en"),
        title=TITLE,
        start_date=day,
        end_date=day,
        start_time=datetime.time(10),
        end_time=datetime.time(16),
        registration_capacity=1,
    )


def register(page, name, email):
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Your e-mail address").fill(email)
    page.get_by_role("textbox", name=re.compile("^Organisation")).fill("Kringloop Noord")
    page.get_by_label("Social enterprises").check()
    page.get_by_label(re.compile("^I agree that the organisers store")).check()


def mail_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_register_cancel_and_the_first_person_waiting_moves_up(
    page, demo_site, one_seat_event, quick_forms, axe
):
    page.goto(demo_site.url + one_seat_event.url)
    assert page.get_by_text("1 seat left").is_visible()
    page.get_by_role("button", name="Register").last.click()
    assert page.get_by_role("alert").is_visible()
    axe(page)

    register(page, "Ada Peeters", "ada@example.org")
    page.get_by_role("button", name="Register").last.click()
    assert "We have sent an e-mail about your registration" in page.content()
    axe(page)
    (confirmation,) = mail_to("ada@example.org")
    (attachment,) = confirmation.attachments
    assert attachment[0].endswith(".ics") and "BEGIN:VEVENT" in attachment[1]
    cancel = re.search(r"https?://\S+/cancel/[^/\s]+/", confirmation.body).group(0)

    page.goto(demo_site.url + one_seat_event.url)
    assert page.get_by_text("Full — join the waiting list").is_visible()
    axe(page)
    register(page, "Bram Jansen", "bram@example.org")
    page.get_by_role("button", name="Join the waiting list").click()
    (waiting,) = mail_to("bram@example.org")
    assert "Your position on the waiting list: 1." in waiting.body

    page.goto(re.sub(r"^https?://[^/]+", demo_site.url, cancel))
    axe(page)
    page.get_by_role("button", name="Yes, cancel my registration").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your registration is cancelled"
    axe(page)
    promoted = mail_to("bram@example.org")[-1]
    assert promoted.subject == f"A seat has come free for you at {TITLE}"
    assert any(name.endswith(".ics") for name, _content, _type in promoted.attachments)


def test_a_closed_registration_says_so_and_offers_no_form(page, demo_site, one_seat_event, axe):
    one_seat_event.registration_closes_at = timezone.now() - datetime.timedelta(hours=1)
    one_seat_event.save_revision().publish()
    page.goto(demo_site.url + one_seat_event.url)
    assert page.get_by_text("Registration for this event is closed.").is_visible()
    assert page.locator("form[action$='register/']").count() == 0
    axe(page)


def test_an_organiser_cancels_someone_and_the_first_person_waiting_moves_up(
    signed_in, demo_site, one_seat_event, axe
):
    from playwright.sync_api import expect

    from home.models import Registration

    for name, status in (("Ada Peeters", "confirmed"), ("Bram Jansen", "waiting")):
        Registration.objects.create(
            event=one_seat_event,
            name=name,
            email=f"{name.split()[0].lower()}@example.org",
            organisation="Kringloop Noord",
            audience_key="aud-social",
            audience="Social enterprises",
            language="en",
            status=status,
        )
    page = signed_in
    page.get_by_role("link", name="Registrations", exact=True).click()
    page.get_by_role("link", name=TITLE).click()
    seats = page.locator("section", has=page.get_by_role("heading", name="Seats (1)"))
    expect(seats.get_by_role("row", name=re.compile("Ada Peeters"))).to_be_visible()
    axe(page)

    page.get_by_role("link", name="Cancel Ada Peeters's registration").click()
    expect(
        page.get_by_text("The first person waiting, Bram Jansen, then gets the seat")
    ).to_be_visible()
    page.get_by_role("button", name="Yes, cancel the registration").click()
    expect(page.get_by_text("Ada Peeters's registration was cancelled")).to_be_visible()
    seats = page.locator("section", has=page.get_by_role("heading", name="Seats (1)"))
    expect(seats.get_by_role("row", name=re.compile("Bram Jansen"))).to_be_visible()
    assert "cancelled" in mail_to("ada@example.org")[-1].subject
    assert mail_to("bram@example.org")[-1].subject == f"A seat has come free for you at {TITLE}"

    page.get_by_role("link", name="Sign-in sheet").click()
    sheet = page.get_by_role("table")
    expect(sheet.get_by_role("row", name=re.compile("Bram Jansen"))).to_be_visible()
    assert "Ada Peeters" not in sheet.inner_text()
    axe(page)
