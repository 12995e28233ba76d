"""An owner's update keeps the editors' verification of every impact figure it leaves alone."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from directory.models import Submission
from tests.directory.submission_helpers import OWNER, last_mail_to, link_in, started_a_minute_ago
from tests.html_forms import form_as_shown

pytestmark = pytest.mark.django_db
VERIFIED_ON = datetime.date(2025, 3, 14)


@pytest.fixture
def listing(owner_listing):
    return owner_listing(
        impact_figures=[
            {
                "indicator": "chairs repaired",
                "value": 1200,
                "unit": "chairs",
                "year": 2024,
                "verified": True,
                "verified_on": VERIFIED_ON,
                "sort_order": 0,
            },
            {
                "indicator": "people trained",
                "value": 35,
                "unit": "people",
                "year": 2024,
                "verified": True,
                "verified_on": VERIFIED_ON,
                "sort_order": 1,
            },
        ],
    )


def figure_field(data, indicator, field):
    prefix = next(
        key.removesuffix("-indicator") for key, value in data.items() if value == indicator
    )
    return f"{prefix}-{field}"


def send_update(client, listing, changes=None):
    client.post(f"/en/directory/{listing.slug}/update/", {"email": OWNER})
    link = link_in(last_mail_to(OWNER), "/en/directory/update/")
    data = form_as_shown(client.get(link).content.decode(), "profile-summary")
    assert data["profile-summary"] == "The live summary."
    data["profile-summary"] = "A new summary from the owner."
    # A person takes a while over the form; the timer says so.
    data["started"] = started_a_minute_ago()
    for (indicator, field), value in (changes or {}).items():
        data[figure_field(data, indicator, field)] = value
    response = client.post(link, data)
    assert response.status_code == 200, response.context.get("errors")


def approve(client, editor, enterprise):
    state = WorkflowState.objects.for_instance(enterprise).get(status="in_progress")
    client.force_login(editor)
    url = reverse(
        "wagtailsnippets_directory_enterprise:workflow_action",
        args=[enterprise.pk, "approve", state.current_task_state.pk],
    )
    client.post(url, {"comment": ""})
    client.logout()


def verified_on_profile(client, listing):
    html = BeautifulSoup(client.get(f"/en/directory/{listing.slug}/").content, "html.parser")
    return sorted(node.get_text(" ", strip=True) for node in html.select(".verified"))


def test_a_summary_change_keeps_every_verification(client, listing, directory_editor):
    send_update(client, listing)
    mail.outbox.clear()
    approve(client, directory_editor, listing)

    listing.refresh_from_db()
    assert listing.summary == "A new summary from the owner."
    figures = {figure.indicator: figure for figure in listing.impact_figures.all()}
    assert set(figures) == {"chairs repaired", "people trained"}
    assert all(figure.verified for figure in figures.values())
    assert {figure.verified_on for figure in figures.values()} == {VERIFIED_ON}
    assert verified_on_profile(client, listing) == ["Verified by an editor on 14 Mar 2025"] * 2


def test_a_changed_figure_loses_its_verification_and_the_editor_is_told(
    client, listing, directory_editor
):
    send_update(client, listing, {("people trained", "value"): "42"})

    client.force_login(directory_editor)
    edit = client.get(reverse("wagtailsnippets_directory_enterprise:edit", args=[listing.pk]))
    note = BeautifulSoup(edit.content, "html.parser").select_one(".moderation-notes")
    assert note is not None
    text = note.get_text(" ", strip=True)
    assert "people trained: 35 people (2024), verified on 14 Mar 2025" in text
    assert "chairs repaired" not in text
    client.logout()

    approve(client, directory_editor, listing)
    figures = {figure.indicator: figure for figure in listing.impact_figures.all()}
    assert figures["chairs repaired"].verified
    assert figures["chairs repaired"].verified_on == VERIFIED_ON
    assert str(figures["people trained"].value.normalize()) == "42"
    assert not figures["people trained"].verified
    assert figures["people trained"].verified_on is None
    assert verified_on_profile(client, listing) == ["Verified by an editor on 14 Mar 2025"]


def test_figure_values_show_without_trailing_zeros(client, listing, directory_editor):
    client.post(f"/en/directory/{listing.slug}/update/", {"email": OWNER})
    link = link_in(last_mail_to(OWNER), "/en/directory/update/")
    shown = form_as_shown(client.get(link).content.decode(), "profile-summary")
    assert shown[figure_field(shown, "chairs repaired", "value")] == "1200"

    profile = BeautifulSoup(client.get(f"/en/directory/{listing.slug}/").content, "html.parser")
    assert [node.get_text() for node in profile.select(".impact__value")][:2] == [
        "1,200 chairs",
        "35 people",
    ]

    client.force_login(directory_editor)
    edit = client.get(reverse("wagtailsnippets_directory_enterprise:edit", args=[listing.pk]))
    inputs = BeautifulSoup(edit.content, "html.parser").select(
        "input[name^='impact_figures-'][name$='-value']"
    )
    assert sorted(field["value"] for field in inputs) == ["1200", "35"]


def test_an_update_that_replaces_one_under_review_is_judged_against_the_live_figures(
    client, listing, directory_editor
):
    send_update(client, listing, {("people trained", "value"): "42"})
    link = link_in(last_mail_to(OWNER), "/en/directory/update/")
    data = form_as_shown(client.get(link).content.decode(), "profile-summary")
    data["profile-summary"] = "Second thoughts, same figures."
    data["started"] = started_a_minute_ago()
    client.post(link, data)
    waiting = Submission.objects.get(enterprise=listing, kind="update")
    assert [figure["indicator"] for figure in waiting.figures_unverified] == ["people trained"]

    # The figure put back as the editors verified it gets its verification back.
    data[figure_field(data, "people trained", "value")] = "35"
    client.post(link, data)
    waiting.refresh_from_db()
    assert waiting.figures_unverified == []
    approve(client, directory_editor, listing)
    listing.refresh_from_db()
    assert listing.summary == "Second thoughts, same figures."
    assert all(figure.verified for figure in listing.impact_figures.all())
