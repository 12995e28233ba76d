"""What an editor meets when a listing waits for review: the e-mail, its preview link, approval."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import WorkflowState

from directory.models import Enterprise
from tests.directory.submission_helpers import last_mail_to, link_in, submission_data
from tests.html_forms import form_as_shown

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief_editor(django_user_model):
    """A superuser in the Directory editors group: Wagtail writes to them twice over."""
    chief = django_user_model.objects.create_superuser("chief", "chief@spark.test", "pw")
    chief.groups.add(Group.objects.get(name="Directory editors"))
    return chief


def submit_and_confirm(client, name="Fietsherstel Noord"):
    client.post("/en/directory/submit/", submission_data(**{"profile-name": name}))
    confirm = link_in(
        last_mail_to("an@fietsherstel-noord.example"), "/en/directory/submit/confirm/"
    )
    mail.outbox.clear()
    client.post(confirm)
    return Enterprise.objects.get(name=name)


def test_each_editor_gets_one_e_mail_per_submission(client, directory_page, chief_editor):
    submit_and_confirm(client)
    to_chief = [message for message in mail.outbox if "chief@spark.test" in message.to]
    assert len(to_chief) == 1, [message.subject for message in to_chief]


def test_the_e_mail_preview_link_shows_the_waiting_listing(client, directory_page, chief_editor):
    enterprise = submit_and_confirm(client)
    link = link_in(last_mail_to("chief@spark.test"), "/preview/")
    assert link.rstrip("/") != ""
    client.force_login(chief_editor)
    response = client.get(link)
    assert response.status_code == 200
    assert enterprise.summary in response.content.decode()


def test_the_dashboard_preview_of_a_waiting_listing_opens(client, directory_page, chief_editor):
    enterprise = submit_and_confirm(client)
    state = WorkflowState.objects.for_instance(enterprise).get(status="in_progress")
    url = reverse(
        "wagtailsnippets_directory_enterprise:workflow_preview",
        args=[enterprise.pk, state.current_task_state.task_id],
    )
    client.force_login(chief_editor)
    response = client.get(url)
    assert response.status_code == 200
    assert "Fietsherstel Noord" in response.content.decode()


def test_approving_a_submission_records_the_review_date(client, directory_page, chief_editor):
    enterprise = submit_and_confirm(client)
    assert enterprise.last_reviewed is None
    state = WorkflowState.objects.for_instance(enterprise).get(status="in_progress")
    client.force_login(chief_editor)
    url = reverse(
        "wagtailsnippets_directory_enterprise:workflow_action",
        args=[enterprise.pk, "approve", state.current_task_state.pk],
    )
    assert client.post(url, {"comment": ""}).status_code in (200, 302)
    enterprise.refresh_from_db()
    assert enterprise.live
    assert enterprise.last_reviewed == timezone.localdate()
    profile = Client().get(f"/en/directory/{enterprise.slug}/").content.decode()
    assert "Last reviewed by an editor" in profile
    assert date_format(timezone.localdate(), "j F Y") in profile


def test_the_review_date_survives_the_next_edit(client, directory_page, chief_editor):
    enterprise = submit_and_confirm(client)
    state = WorkflowState.objects.for_instance(enterprise).get(status="in_progress")
    client.force_login(chief_editor)
    client.post(
        reverse(
            "wagtailsnippets_directory_enterprise:workflow_action",
            args=[enterprise.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    edit = client.get(reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk]))
    assert edit.context["form"].initial["last_reviewed"] == timezone.localdate()


def test_e_mails_come_from_the_sites_contact_address(client, directory_page, chief_editor):
    from home.models import SiteSettings

    site_settings = SiteSettings.load()
    site_settings.contact_email = "hello@spark.test"
    site_settings.save()
    client.post("/en/directory/submit/", submission_data())
    confirmation = last_mail_to("an@fietsherstel-noord.example")
    assert "hello@spark.test" in confirmation.from_email
    assert "localhost" not in confirmation.from_email
    assert "example.org" not in confirmation.message().as_string()


def approve_and_publish_data(client, enterprise):
    """The edit form as the editor sees it, sent with its "Approve and publish" button."""
    edit_url = reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk])
    data = form_as_shown(client.get(edit_url).content.decode(), "name")
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    return edit_url, data


def test_approve_and_publish_twice_publishes_once_and_says_so(client, directory_page, chief_editor):
    enterprise = submit_and_confirm(client)
    client.force_login(chief_editor)
    edit_url, data = approve_and_publish_data(client, enterprise)
    first = client.post(edit_url, data)
    assert first.status_code == 302
    second = client.post(edit_url, data, follow=True)
    assert second.status_code == 200
    enterprise.refresh_from_db()
    assert enterprise.live and not enterprise.has_unpublished_changes


def test_a_second_approval_racing_the_first_is_answered_calmly(
    client, directory_page, chief_editor, monkeypatch
):
    """Two clicks on "Approve and publish" arrive together: both pass Wagtail's check that the
    task is open before either acts. The second then finds the task done by the first."""
    from wagtail.snippets.views.snippets import EditView

    enterprise = submit_and_confirm(client)
    client.force_login(chief_editor)
    edit_url, data = approve_and_publish_data(client, enterprise)
    assert client.post(edit_url, data).status_code == 302
    published = enterprise.revisions.count()

    monkeypatch.setattr(EditView, "workflow_action_is_valid", lambda view: True)
    second = client.post(edit_url, data, follow=True)
    assert second.status_code == 200
    assert "already" in second.content.decode()
    enterprise.refresh_from_db()
    assert enterprise.live and not enterprise.has_unpublished_changes
    assert enterprise.revisions.count() == published
