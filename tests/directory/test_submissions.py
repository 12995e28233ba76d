"""A new listing from the public: submit, confirm, moderate, publish, and what e-mail can break."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from directory.models import Enterprise, Origin, Submission
from home.models import CustomImage
from tests.directory.result_cards import names
from tests.directory.submission_helpers import (
    SUBMITTER,
    approve,
    confirm_by_email,
    image_bytes,
    last_mail_to,
    link_in,
    submission_data,
    submit,
    upload,
)

pytestmark = pytest.mark.django_db


def names_found(client, words):
    return names(client.get("/en/directory/", {"q": words}))


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
    assert client.get(f"/en/directory/{enterprise.slug}/").status_code == 404

    confirm_link = link_in(last_mail_to(SUBMITTER), "/en/directory/submit/confirm/")
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
    assert client.get(f"/en/directory/{enterprise.slug}/").status_code == 200
    approved = last_mail_to(SUBMITTER)
    assert f"http://testserver/en/directory/{enterprise.slug}/" in approved.body


def test_editor_asks_for_changes_and_the_submitter_amends(client, directory_page, directory_editor):
    submit(client)
    enterprise = Enterprise.objects.get(name="Fietsherstel Noord")
    confirm_by_email(client)
    approve(
        client,
        directory_editor,
        enterprise,
        action="reject",
        comment="Please add your street number.",
    )
    changes = last_mail_to(SUBMITTER)
    assert "Please add your street number." in changes.body
    amend_link = link_in(changes, "/en/directory/update/")

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
    link = link_in(last_mail_to(SUBMITTER), "/en/directory/submit/confirm/")
    client.post(link)
    second = client.post(link)
    assert "already confirmed" in second.content.decode()
    assert WorkflowState.objects.count() == 1


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
    assert link_in(last_mail_to(SUBMITTER), "/en/directory/submit/confirm/")


@pytest.mark.parametrize("mangle", ["tamper", "expire", "unknown"])
def test_bad_confirmation_links_get_a_clear_message(client, directory_page, mangle, monkeypatch):
    submit(client)
    link = link_in(last_mail_to(SUBMITTER), "/en/directory/submit/confirm/")
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
    client.post(link_in(mail.outbox[-1], "/en/directory/submit/confirm/"))
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


def test_editors_find_confirmed_submissions_awaiting_moderation(client, directory_page, admin_user):
    submit(client, **{"profile-name": "Waiting For Review", "profile-website": ""})
    submit(client, **{"profile-name": "Not Confirmed Yet", "profile-website": ""})
    confirm = [m for m in mail.outbox if "Waiting For Review" in m.subject][0]
    client.post(link_in(confirm, "/en/directory/submit/confirm/"))
    client.force_login(admin_user)
    url = reverse("wagtailsnippets_directory_enterprise:list")
    listed = client.get(url, {"status": "in_moderation"}).context["object_list"]
    assert [item.name for item in listed] == ["Waiting For Review"]
