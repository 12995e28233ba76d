"""A new listing from the public: submit, confirm, moderate, publish, and every way to fail."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from directory.models import Enterprise, Origin, Submission
from home.models import CustomImage
from tests.directory.submission_helpers import (
    image_bytes,
    last_mail_to,
    link_in,
    noise_png,
    submission_data,
    upload,
)
from tests.directory.test_search import names
from tests.factories import make_enterprise

pytestmark = pytest.mark.django_db
SUBMIT = "/directory/submit/"
SUBMITTER = "an@fietsherstel-noord.example"


def stored():
    return (Enterprise.objects.count(), Submission.objects.count(), CustomImage.objects.count())


def submit(client, **overrides):
    return client.post(SUBMIT, submission_data(**overrides))


def names_found(client, words):
    return names(client.get("/directory/", {"q": words}))


def approve(client, editor, enterprise, action="approve", comment=""):
    state = WorkflowState.objects.for_instance(enterprise).get(status="in_progress")
    client.force_login(editor)
    url = reverse(
        "wagtailsnippets_directory_enterprise:workflow_action",
        args=[enterprise.pk, action, state.current_task_state.pk],
    )
    response = client.post(url, {"comment": comment})
    client.logout()
    return response


def test_the_whole_path_from_submission_to_the_directory(client, directory_page, directory_editor):
    response = submit(client, **{"profile-logo": upload("logo.png", image_bytes())})
    assert response.status_code == 302
    sent_page = client.get(response["Location"])
    assert "sent a confirmation link to an@fietsherstel-noord.example" in sent_page.content.decode()

    enterprise = Enterprise.objects.get(name="Fietsherstel Noord")
    assert (enterprise.live, enterprise.origin) == (False, Origin.PUBLIC)
    assert enterprise.latest_revision is not None
    assert enterprise.logo is not None
    assert [i.title for i in enterprise.innovations.all()] == ["Repair subscriptions"]
    assert [f.indicator for f in enterprise.impact_figures.all()] == ["bicycles repaired"]
    submission = enterprise.submissions.get()
    assert (submission.submitter_name, submission.confirmed_at) == ("An Peeters", None)
    assert names_found(client, "fietsherstel") == []
    assert client.get(f"/directory/{enterprise.slug}/").status_code == 404

    confirm_link = link_in(last_mail_to(SUBMITTER), "/directory/submit/confirm/")
    assert "Confirm my listing" in client.get(confirm_link).content.decode()
    assert not WorkflowState.objects.for_instance(enterprise).exists()
    confirmed = client.post(confirm_link)
    assert "waiting for an editor's review" in confirmed.content.decode()
    state = WorkflowState.objects.for_instance(enterprise).get()
    assert state.status == "in_progress"
    # The editors hear of it; the public still cannot see it.
    assert last_mail_to("moderator@example.org")
    assert names_found(client, "fietsherstel") == []

    mail.outbox.clear()
    assert approve(client, directory_editor, enterprise).status_code == 302
    enterprise.refresh_from_db()
    assert enterprise.live
    assert names_found(client, "fietsherstel") == ["Fietsherstel Noord"]
    assert names_found(client, "bicycle") == ["Fietsherstel Noord"]
    assert client.get(f"/directory/{enterprise.slug}/").status_code == 200
    approved = last_mail_to(SUBMITTER)
    assert f"http://testserver/directory/{enterprise.slug}/" in approved.body


def test_editor_asks_for_changes_and_the_submitter_amends(client, directory_page, directory_editor):
    submit(client)
    enterprise = Enterprise.objects.get(name="Fietsherstel Noord")
    client.post(link_in(last_mail_to(SUBMITTER), "/directory/submit/confirm/"))
    approve(
        client,
        directory_editor,
        enterprise,
        action="reject",
        comment="Please add your street number.",
    )
    changes = last_mail_to(SUBMITTER)
    assert "Please add your street number." in changes.body
    amend_link = link_in(changes, "/directory/update/")

    form = client.get(amend_link)
    assert form.status_code == 200
    assert form.context["forms"]["profile"]["city"].value() == "Gent"
    data = submission_data(**{"profile-street_address": "Dok-Zuid 33"})
    response = client.post(amend_link, data)
    assert response.status_code == 200
    assert "your changes are with the editors" in response.content.decode()
    state = WorkflowState.objects.for_instance(enterprise).get(status="in_progress")
    assert state.current_task_state.revision.as_object().street_address == "Dok-Zuid 33"


def test_confirming_twice_changes_nothing(client, directory_page):
    submit(client)
    link = link_in(last_mail_to(SUBMITTER), "/directory/submit/confirm/")
    client.post(link)
    second = client.post(link)
    assert "already confirmed" in second.content.decode()
    assert WorkflowState.objects.count() == 1


@pytest.mark.parametrize(
    "field",
    [
        "profile-name",
        "profile-summary",
        "profile-description",
        "profile-city",
        "profile-region",
        "profile-street_address",
        "innovations-0-title",
        "innovations-0-description",
        "figures-0-indicator",
        "figures-0-unit",
    ],
)
def test_html_from_the_public_is_stored_as_text_and_shown_escaped(
    client, directory_page, directory_editor, field
):
    payload = "<script>alert('x')</script>"
    value = f"Fietsherstel {payload}" if field == "profile-name" else payload
    submit(client, **{field: value})
    enterprise = Enterprise.objects.get()
    client.post(link_in(last_mail_to(SUBMITTER), "/directory/submit/confirm/"))
    approve(client, directory_editor, enterprise)
    for url in (f"/directory/{Enterprise.objects.get().slug}/", "/directory/"):
        body = client.get(url).content.decode()
        assert "<script>alert('x')" not in body
    assert client.get(f"/directory/{Enterprise.objects.get().slug}/").status_code == 200


def test_links_from_the_public_are_marked_nofollow_ugc(client, directory_page, directory_editor):
    submit(client)
    enterprise = Enterprise.objects.get()
    client.post(link_in(last_mail_to(SUBMITTER), "/directory/submit/confirm/"))
    approve(client, directory_editor, enterprise)
    body = client.get(f"/directory/{enterprise.slug}/").content.decode()
    assert 'href="https://fietsherstel-noord.example" rel="nofollow ugc noopener"' in body


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "SVG and other formats are not accepted",
        ),
        (
            "logo.png",
            b"This is a text file pretending to be a picture.",
            "not an image we can read",
        ),
        ("logo.png", image_bytes((200, 200), "JPEG"), "is really a jpeg file"),
        ("logo.gif", image_bytes((20, 20), "GIF"), "Logos must be JPEG, PNG or WebP"),
        ("bomb.png", image_bytes((4000, 4000)), "too many pixels"),
        ("truncated.png", image_bytes((300, 300))[:400], "damaged or incomplete"),
    ],
)
def test_bad_logos_get_a_clear_message_and_nothing_is_stored(
    client, directory_page, name, content, message
):
    before = stored()
    response = submit(client, **{"profile-logo": upload(name, content)})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert stored() == before
    assert mail.outbox == []
    # What was typed is still there, and the page says the file must be chosen again.
    assert response.context["forms"]["profile"]["name"].value() == "Fietsherstel Noord"
    assert "choose a different logo file" in response.content.decode().lower()


def test_oversize_logo_is_refused(client, directory_page):
    content = noise_png(1400)
    assert len(content) > 5 * 1024 * 1024
    response = submit(client, **{"profile-logo": upload("big.png", content)})
    assert response.status_code == 400
    assert "Logos can be at most 5.0\xa0MB" in response.content.decode()
    assert not Enterprise.objects.exists()


def test_errors_sit_next_to_their_fields_and_are_summarised(client, directory_page):
    response = submit(
        client,
        **{
            "profile-name": "",
            "profile-website": "not a url",
            "submitter-consent": None,
            "profile-sectors": [],
            "figures-1-value": "12",
        },
    )
    assert response.status_code == 400
    summary = [error["label"] for error in response.context["errors"]]
    assert summary == [
        "Name of the enterprise",
        "Sectors",
        "Website",
        "Privacy notice",
        "Impact figure 2: What you measure",
        "Impact figure 2: Year",
    ]
    body = response.content.decode()
    assert 'href="#id_profile-name"' in body
    assert "Enter the name of the enterprise." in body
    assert "Say what you measure." in body
    assert "Choose at least one sector (at most three)." in body
    assert "Please agree to the privacy notice" in body
    # Everything else typed comes back.
    assert response.context["forms"]["profile"]["summary"].value().startswith("A bicycle repair")
    assert (
        response.context["forms"]["innovations"].forms[0]["title"].value() == "Repair subscriptions"
    )
    assert not Enterprise.objects.exists()


def test_more_than_three_sectors_is_refused(client, directory_page):
    from directory.models import Sector

    four = list(Sector.objects.values_list("pk", flat=True)[:4])
    response = submit(client, **{"profile-sectors": four})
    assert "Choose at most three sectors (you chose 4)." in response.content.decode()


def test_year_founded_in_the_future_is_refused(client, directory_page):
    response = submit(client, **{"profile-year_founded": str(timezone.localdate().year + 1)})
    assert response.status_code == 400
    assert "Enter a year between 1800 and" in response.content.decode()


def test_honeypot_is_refused_with_a_message(client, directory_page):
    response = submit(client, fax_number="+32 9 000 00 00")
    assert response.status_code == 400
    assert "a field meant to stay empty was filled in" in response.content.decode()
    assert stored() == (0, 0, 0)


def test_too_fast_is_refused_and_the_form_comes_back_filled(client, directory_page):
    from directory.antiabuse import start_timer

    response = submit(client, **{"submitter-started": start_timer()})
    assert response.status_code == 400
    assert "faster than a person can fill it in" in response.content.decode()
    assert response.context["forms"]["profile"]["name"].value() == "Fietsherstel Noord"
    assert not Enterprise.objects.exists()


def test_missing_timer_is_refused_and_replaced(client, directory_page):
    response = submit(client, **{"submitter-started": "tampered"})
    assert response.status_code == 400
    assert response.context["forms"]["submitter"]["started"].value() != "tampered"


def test_rate_limit_says_when_to_try_again(client, directory_page, settings):
    settings.DIRECTORY_SUBMISSION_RATE = (2, 3600)
    from django.core.cache import cache

    cache.clear()
    for number in range(2):
        response = submit(
            client, **{"profile-name": f"Fietsherstel {number}", "profile-website": ""}
        )
        assert response.status_code == 302
    response = submit(client, **{"profile-name": "Fietsherstel 3", "profile-website": ""})
    assert response.status_code == 429
    assert "Please try again in 60 minutes." in response.content.decode()
    assert Enterprise.objects.count() == 2
    assert response.context["forms"]["profile"]["name"].value() == "Fietsherstel 3"
    cache.clear()


@pytest.mark.parametrize(
    ("existing", "overrides"),
    [
        ({"name": "Fietsherstel Noord", "country": "BE"}, {}),
        ({"name": "Another Name", "website": "https://www.fietsherstel-noord.example/about"}, {}),
    ],
)
def test_duplicates_are_shown_with_an_offer_to_update(client, directory_page, existing, overrides):
    make_enterprise(**existing)
    response = submit(client, **overrides)
    assert response.status_code == 409
    body = response.content.decode()
    assert "This enterprise may already be listed" in body
    duplicate = Enterprise.objects.get()
    assert f'href="/directory/{duplicate.slug}/update/"' in body
    assert Enterprise.objects.count() == 1
    confirmed = submit(client, **{**overrides, "submitter-not_a_duplicate": "on"})
    assert confirmed.status_code == 302
    assert Enterprise.objects.count() == 2


def test_same_name_in_another_country_is_not_a_duplicate(client, directory_page):
    make_enterprise("Fietsherstel Noord", country="NL", website="")
    assert submit(client).status_code == 302


def test_failed_email_keeps_the_submission_and_says_so(
    client, directory_page, settings, caplog, directory_address
):
    settings.EMAIL_BACKEND = "tests.directory.failing_mail.FailingBackend"
    response = submit(client)
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "We kept your listing, but could not send the e-mail" in page
    submission = Submission.objects.get()
    assert submission.email_failed
    assert "Could not send the confirm_submission e-mail" in caplog.text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    token = response["Location"].split("s=")[1]
    client.post(directory_address("resend_confirmation"), {"s": token})
    submission.refresh_from_db()
    assert not submission.email_failed
    assert link_in(last_mail_to(SUBMITTER), "/directory/submit/confirm/")


@pytest.mark.parametrize("mangle", ["tamper", "expire", "unknown"])
def test_bad_confirmation_links_get_a_clear_message(client, directory_page, mangle, monkeypatch):
    submit(client)
    link = link_in(last_mail_to(SUBMITTER), "/directory/submit/confirm/")
    if mangle == "tamper":
        link = link[:-6] + "xxxxx/"
        expected, status = "This link is not valid", 400
    elif mangle == "expire":
        from directory import tokens

        monkeypatch.setattr(tokens, "LINK_LIFETIME", datetime.timedelta(seconds=-1))
        expected, status = "This link has expired", 410
    else:
        Enterprise.objects.all().delete()
        expected, status = "This submission no longer exists", 410
    response = client.post(link)
    assert response.status_code == status
    assert expected in response.content.decode()
    assert not WorkflowState.objects.exists()


def test_unconfirmed_submissions_are_purged_after_seven_days(client, directory_page):
    from django.core.management import call_command

    submit(
        client, **{"profile-name": "Stale One", "profile-logo": upload("logo.png", image_bytes())}
    )
    submit(client, **{"profile-name": "Confirmed One", "profile-website": ""})
    client.post(link_in(mail.outbox[-1], "/directory/submit/confirm/"))
    submit(client, **{"profile-name": "Recent One", "profile-website": ""})
    Submission.objects.filter(enterprise__name__in=["Stale One", "Confirmed One"]).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    call_command("purge_unconfirmed_submissions", stdout=__import__("io").StringIO())
    assert sorted(Enterprise.objects.values_list("name", flat=True)) == [
        "Confirmed One",
        "Recent One",
    ]
    assert not CustomImage.objects.filter(title__contains="Stale One").exists()


def test_the_admin_shows_public_listings_and_their_confirmation(client, directory_page, admin_user):
    submit(client, **{"profile-name": "Waiting One", "profile-website": ""})
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_directory_enterprise:list")
    body = client.get(url, {"origin": "public"}).content.decode()
    assert "Waiting One" in body and "Awaiting confirmation" in body
    waiting = client.get(url, {"awaiting_confirmation": "true"}).context["object_list"]
    assert [item.name for item in waiting] == ["Waiting One"]
    submissions = client.get(reverse("wagtailsnippets_directory_submission:list")).content.decode()
    assert "an@fietsherstel-noord.example" in submissions


def test_a_duplicate_is_found_however_many_listings_share_its_country(client, directory_page):
    # Hundreds of listings in the same country come before it alphabetically.
    Enterprise.objects.bulk_create(
        Enterprise(
            name=f"Aardwerk {number:03d}",
            slug=f"aardwerk-{number:03d}",
            summary="s",
            description="d",
            country="BE",
            city="Gent",
        )
        for number in range(520)
    )
    make_enterprise("Zuidkant Fietsen", country="BE", website="")
    response = submit(client, **{"profile-name": "Zuidkant  fietsen", "profile-website": ""})
    assert response.status_code == 409
    assert "This enterprise may already be listed" in response.content.decode()


def test_editors_find_confirmed_submissions_awaiting_moderation(client, directory_page, admin_user):
    submit(client, **{"profile-name": "Waiting For Review", "profile-website": ""})
    submit(client, **{"profile-name": "Not Confirmed Yet", "profile-website": ""})
    confirm = [m for m in mail.outbox if "Waiting For Review" in m.subject][0]
    client.post(link_in(confirm, "/directory/submit/confirm/"))
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_directory_enterprise:list")
    listed = client.get(url, {"status": "in_moderation"}).context["object_list"]
    assert [item.name for item in listed] == ["Waiting For Review"]
