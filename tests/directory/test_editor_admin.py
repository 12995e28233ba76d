"""The directory as editors see it in the admin: chooser, listing status, submissions, featuring."""

import pytest
from django.urls import reverse

from directory.models import Enterprise, Submission
from tests.directory.factories import EnterpriseFactory, SubmissionFactory

pytestmark = pytest.mark.django_db

CHOOSE = "wagtailsnippetchoosers_directory_enterprise:choose_results"


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@spark.test", "pw")
    client.force_login(user)
    return client


def chosen_names(response):
    return [item.name for item in response.context["results"]]


def test_the_chooser_lists_enterprises_alphabetically(editor_client, directory_page):
    for name in ("Zoutkeet Kantine", "aardwerk Gent", "Molenwerf"):
        EnterpriseFactory(name=name)
    response = editor_client.get(reverse(CHOOSE))
    assert chosen_names(response) == ["aardwerk Gent", "Molenwerf", "Zoutkeet Kantine"]


def test_the_chooser_finds_an_enterprise_by_the_start_of_its_name(editor_client, directory_page):
    for name in ("Harbourlight Community Energy", "Molenwerf", "Zoutkeet Kantine"):
        EnterpriseFactory(name=name)
    assert chosen_names(editor_client.get(reverse(CHOOSE), {"q": "harbour"})) == [
        "Harbourlight Community Energy"
    ]
    assert chosen_names(editor_client.get(reverse(CHOOSE), {"q": "kantine"})) == [
        "Zoutkeet Kantine"
    ]


def test_the_chooser_pages_through_many_enterprises_in_few_queries(
    editor_client, directory_page, django_assert_max_num_queries
):
    Enterprise.objects.bulk_create(
        EnterpriseFactory.build(name=f"Werkplaats {n:03d}", slug=f"werkplaats-{n:03d}", live=True)
        for n in range(120)
    )
    with django_assert_max_num_queries(12):
        first = editor_client.get(reverse(CHOOSE))
    names = chosen_names(first)
    assert names == sorted(names, key=str.lower)
    assert 0 < len(names) < 120
    second = editor_client.get(reverse(CHOOSE), {"p": 2})
    assert set(chosen_names(second)).isdisjoint(names)


def test_the_enterprise_list_shows_each_listing_status(editor_client, directory_page):
    EnterpriseFactory(name="Live One")
    EnterpriseFactory(name="Draft One", draft=True)
    waiting = EnterpriseFactory(name="Waiting One", draft=True)
    waiting.get_workflow().start(waiting, user=None)
    body = editor_client.get(reverse("wagtailsnippets_directory_enterprise:list")).content
    rows = {
        name: row
        for row in body.decode().split("<tr")
        for name in ("Live One", "Draft One", "Waiting One")
        if name in row
    }
    assert "live" in rows["Live One"].lower()
    assert "draft" in rows["Draft One"].lower()
    assert "awaiting review" in rows["Waiting One"].lower()


def test_submissions_cannot_be_added_by_hand(editor_client, directory_page):
    listing = editor_client.get(reverse("wagtailsnippets_directory_submission:list"))
    add_url = reverse("wagtailsnippets_directory_submission:add")
    assert add_url not in listing.content.decode()
    assert editor_client.get(add_url).status_code in (403, 404)
    assert editor_client.post(add_url, {"submitter_name": "x"}).status_code in (403, 404)
    assert not Submission.objects.exists()


def test_the_e_mail_failed_column_marks_only_failures(editor_client, directory_page):
    enterprise = EnterpriseFactory(name="Mail Test")
    SubmissionFactory(
        enterprise=enterprise, submitter_name="Fine", submitter_email="fine@spark.test"
    )
    SubmissionFactory(
        enterprise=enterprise,
        submitter_name="Broken",
        submitter_email="broken@spark.test",
        email_failed=True,
    )
    body = editor_client.get(reverse("wagtailsnippets_directory_submission:list")).content.decode()
    rows = {
        name: row.split("</tr>")[0]
        for row in body.split("<tr")
        for name in ("Fine", "Broken")
        if name in row.split("</tr>")[0]
    }
    assert "Failed" in rows["Broken"]
    assert "Failed" not in rows["Fine"]
    # Neither submission is confirmed: that column's cross is the only one in a row that worked.
    assert rows["Fine"].count("#icon-cross") == 1


def test_featuring_more_than_the_home_page_shows_names_those_shown(editor_client, directory_page):
    for number in range(7):
        EnterpriseFactory(name=f"Featured {number}", is_featured=True)
    extra = EnterpriseFactory(name="Featured Extra", draft=True)
    url = reverse("wagtailsnippets_directory_enterprise:edit", args=[extra.pk])
    help_text = editor_client.get(url).context["form"].fields["is_featured"].help_text
    # Newest publications first, as the home page picks them.
    shown = ", ".join(f"Featured {number}" for number in range(6, 0, -1))
    assert "The home page shows 6 of the 7 featured enterprises" in help_text
    assert shown in help_text
