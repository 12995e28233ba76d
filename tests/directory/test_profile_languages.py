"""One profile in three languages: written once, translated by its submitter or the editors, read
by each visitor in their language where it exists and, where not, as written and said so."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directory.models import Enterprise
from tests.directory.factories import EnterpriseFactory
from tests.directory.submission_helpers import (
    OWNER,
    approve,
    confirm_by_email,
    last_mail_to,
    link_in,
    started_a_minute_ago,
    submission_data,
    submit,
)
from tests.html_forms import form_as_shown

pytestmark = pytest.mark.django_db

SUMMARY = "Bicycles repaired by young people learning the trade."
DUTCH_SUMMARY = "Fietsen hersteld door jongeren die het vak leren."
PROFILE = "/{}/directory/fietsherstel-noord/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def profile_notice(page):
    return page.select_one(".notice--profile-language")


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def english_profile(directory_page):
    return EnterpriseFactory(
        name="Fietsherstel Noord",
        summary=SUMMARY,
        description="We repair bicycles.\n\nWe train young people.",
        innovations=[{"title": "Repair subscriptions", "description": "A yearly fee."}],
        impact_figures=[
            {"indicator": "bicycles repaired", "value": 1250, "unit": "", "year": 2024}
        ],
    )


def edit_url(enterprise):
    return reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk])


def publish_in_admin(client, enterprise, **changes):
    """The editor's edit form as shown, with `changes` typed in, sent with "Publish"."""
    data = form_as_shown(client.get(edit_url(enterprise)).content.decode(), "name")
    data.update(changes)
    data["action-publish"] = "action-publish"
    response = client.post(edit_url(enterprise), data)
    assert response.status_code == 302, response.context["form"].errors
    return Enterprise.objects.get(pk=enterprise.pk)


def test_an_editors_dutch_summary_is_read_in_dutch_and_the_english_elsewhere(
    editor_client, english_profile
):
    publish_in_admin(editor_client, english_profile, summary_nl=DUTCH_SUMMARY)
    editor_client.logout()

    dutch = soup(editor_client.get(PROFILE.format("nl")))
    lead = dutch.select_one(".lead")
    assert (lead.get_text(), lead["lang"]) == (DUTCH_SUMMARY, "nl")
    # The description has no Dutch yet: it is shown as written, and the page says so.
    assert dutch.select_one(".prose")["lang"] == "en"
    assert profile_notice(dutch)["lang"] == "nl"

    french = soup(editor_client.get(PROFILE.format("fr")))
    lead = french.select_one(".lead")
    assert (lead.get_text(), lead["lang"]) == (SUMMARY, "en")
    notice = profile_notice(french)
    assert notice["lang"] == "fr"
    assert "anglais" in notice.get_text().lower()  # "English", as French readers name it
    assert french.select_one(".innovation h3")["lang"] == "en"
    assert french.select_one(".impact__indicator")["lang"] == "en"


def test_an_english_profile_read_in_english_has_no_notice(client, english_profile):
    page = soup(client.get(PROFILE.format("en")))
    assert profile_notice(page) is None
    assert page.select_one(".lead")["lang"] == "en"


def test_a_profile_read_wholly_in_the_visitors_language_has_no_notice(directory_page, client):
    EnterpriseFactory(
        name="Fietsherstel Noord",
        summary=SUMMARY,
        description="We repair bicycles.",
        translations={"fr": {"summary": "Des vélos réparés.", "description": "Nous réparons."}},
    )
    page = soup(client.get(PROFILE.format("fr")))
    assert profile_notice(page) is None
    assert page.select_one(".prose")["lang"] == "fr"


def test_a_card_in_the_dutch_directory_shows_the_dutch_summary(client, english_profile):
    english_profile.translations = {"nl": {"summary": DUTCH_SUMMARY}}
    english_profile.save_revision().publish()

    card = soup(client.get("/nl/directory/")).select_one(".card--enterprise")
    summary = card.find("p", string=DUTCH_SUMMARY)
    assert summary["lang"] == "nl"
    english = soup(client.get("/en/directory/")).select_one(".card--enterprise")
    assert english.find("p", string=SUMMARY)["lang"] == "en"


def test_a_blank_field_in_the_admin_removes_that_translation(editor_client, english_profile):
    english_profile.translations = {"nl": {"summary": DUTCH_SUMMARY, "description": "Wij."}}
    english_profile.save_revision().publish()
    enterprise = publish_in_admin(editor_client, english_profile, summary_nl="")
    assert enterprise.translations == {"nl": {"description": "Wij."}}


def test_the_admin_offers_no_translation_into_the_profiles_own_language(
    editor_client, english_profile
):
    form = editor_client.get(edit_url(english_profile)).context["form"]
    assert "summary_en" not in form.fields
    assert str(form.fields["summary_nl"].label) == "Summary in Dutch"
    assert str(form.fields["description_fr"].label) == "Description in French"


def test_an_editor_translates_an_innovation_and_a_figure(editor_client, english_profile):
    data = form_as_shown(editor_client.get(edit_url(english_profile)).content.decode(), "name")
    innovation = next(key for key, value in data.items() if value == "Repair subscriptions")
    figure = next(key for key, value in data.items() if value == "bicycles repaired")
    enterprise = publish_in_admin(
        editor_client,
        english_profile,
        **{
            innovation.replace("-title", "-translations-nl-title"): "Herstelabonnementen",
            figure.replace("-indicator", "-translations-fr-indicator"): "vélos réparés",
        },
    )
    assert enterprise.innovations.get().translations == {"nl": {"title": "Herstelabonnementen"}}
    assert enterprise.impact_figures.get().translations == {"fr": {"indicator": "vélos réparés"}}
    editor_client.logout()
    dutch = soup(editor_client.get(PROFILE.format("nl")))
    title = dutch.select_one(".innovation h3")
    assert (title.get_text(), title["lang"]) == ("Herstelabonnementen", "nl")
    indicator = soup(editor_client.get(PROFILE.format("fr"))).select_one(".impact__indicator")
    assert (indicator.get_text(), indicator["lang"]) == ("vélos réparés", "fr")


def test_an_innovation_translated_into_the_profiles_own_language_is_refused(
    editor_client, english_profile
):
    data = form_as_shown(editor_client.get(edit_url(english_profile)).content.decode(), "name")
    title = next(key for key, value in data.items() if value == "Repair subscriptions")
    data[title.replace("-title", "-translations-en-title")] = "Repair plans"
    data["action-publish"] = "action-publish"
    response = editor_client.post(edit_url(english_profile), data)
    assert response.status_code == 200
    row = response.context["form"].formsets["innovations"].forms[0]
    assert "The profile is written in English" in str(row.errors["translations"])
    assert not Enterprise.objects.get(pk=english_profile.pk).innovations.get().translations


def test_the_admin_listing_names_each_profiles_language(editor_client, directory_page):
    EnterpriseFactory(name="Kringloop Zuid", language="nl")
    body = editor_client.get(reverse("wagtailsnippets_directory_enterprise:list")).content
    row = next(row for row in body.decode().split("<tr") if "Kringloop Zuid" in row)
    assert "Dutch" in row


def test_a_french_description_sent_with_a_listing_is_published_with_it(
    client, directory_page, directory_editor
):
    french = "Nous réparons des vélos et formons des jeunes."
    assert submit(client, **{"profile-description_fr": french}).status_code == 302
    enterprise = Enterprise.objects.get(name="Fietsherstel Noord")
    confirm_by_email(client)
    approve(client, directory_editor, enterprise)

    enterprise.refresh_from_db()
    assert enterprise.live
    assert enterprise.language == "en"
    assert enterprise.translations == {"fr": {"description": french}}
    page = soup(client.get(f"/fr/directory/{enterprise.slug}/"))
    assert page.select_one(".prose").get_text() == french


def test_a_listing_sent_from_the_dutch_site_is_in_dutch_unless_the_sender_says_otherwise(
    client, directory_page
):
    form = client.get("/nl/directory/submit/").context["forms"]["profile"]
    assert form["language"].value() == "nl"
    assert "summary_nl" not in form.fields and "summary_en" in form.fields


def test_a_translated_summary_too_long_is_named_and_nothing_typed_is_lost(client, directory_page):
    too_long = "Fietsen " * 30
    response = client.post(
        "/en/directory/submit/",
        submission_data(
            **{
                "profile-summary_nl": too_long,
                "profile-description_nl": "Wij herstellen fietsen.",
                "profile-description_fr": "Nous réparons des vélos.",
            }
        ),
    )
    assert response.status_code == 400
    errors = response.context["errors"]
    assert [error["label"] for error in errors] == ["Summary in Dutch"]
    assert "at most 200 characters" in errors[0]["message"]
    page = BeautifulSoup(response.content, "html.parser")
    # The fold holding the translations is open, to show the error.
    assert (
        page.find("textarea", attrs={"name": "profile-description_nl"})
        .find_parent("details")
        .has_attr("open")
    )
    sent = submission_data(
        **{
            "profile-summary_nl": too_long.strip(),
            "profile-description_nl": "Wij herstellen fietsen.",
            "profile-description_fr": "Nous réparons des vélos.",
        }
    )
    shown = form_as_shown(response.content.decode(), "profile-name")
    for name in ("profile-name", "profile-summary", "profile-description", "profile-city"):
        assert shown[name] == sent[name], name
    for name in ("profile-summary_nl", "profile-description_nl", "profile-description_fr"):
        assert shown[name].strip() == sent[name], name
    assert shown["innovations-0-title"] == "Repair subscriptions"
    assert not Enterprise.objects.filter(name="Fietsherstel Noord").exists()


def test_a_translation_into_the_language_chosen_for_the_texts_is_refused_and_kept(
    client, directory_page
):
    response = client.post(
        "/en/directory/submit/",
        submission_data(**{"profile-language": "nl", "profile-summary_nl": DUTCH_SUMMARY}),
    )
    assert response.status_code == 400
    (error,) = response.context["errors"]
    assert error["label"] == "Summary in Dutch"
    assert "The texts above are in Dutch" in error["message"]
    shown = form_as_shown(response.content.decode(), "profile-name")
    assert shown["profile-summary_nl"] == DUTCH_SUMMARY
    assert shown["profile-language"] == "nl"
    # The other languages are offered for the language now chosen.
    assert "profile-summary_en" in shown and "profile-summary_fr" in shown


def test_the_owner_sees_the_translations_on_record_and_keeps_an_editors(
    client, owner_listing, directory_editor
):
    listing = owner_listing(
        innovations=[{"title": "Repair subscriptions", "description": "A yearly fee."}]
    )
    listing.translations = {"fr": {"summary": "Le résumé."}}
    innovation = listing.innovations.get()
    innovation.translations = {"nl": {"title": "Herstelabonnementen"}}
    innovation.save()
    listing.save_revision().publish()

    client.post(f"/en/directory/{listing.slug}/update/", {"email": OWNER})
    link = link_in(last_mail_to(OWNER), "/en/directory/update/")
    data = form_as_shown(client.get(link).content.decode(), "profile-summary")
    assert data["profile-summary_fr"] == "Le résumé."
    data["profile-description_nl"] = "Wij herstellen."
    data["started"] = started_a_minute_ago()
    assert client.post(link, data).status_code == 200

    draft = Enterprise.objects.get(pk=listing.pk).get_latest_revision_as_object()
    assert draft.translations == {
        "fr": {"summary": "Le résumé."},
        "nl": {"description": "Wij herstellen."},
    }
    # The innovation came back word for word: the editor's translation stays with it.
    assert draft.innovations.all()[0].translations == {"nl": {"title": "Herstelabonnementen"}}


def test_the_json_download_carries_the_translations_and_the_csv_one_language(
    client, english_profile
):
    english_profile.translations = {"nl": {"summary": DUTCH_SUMMARY}}
    english_profile.save_revision().publish()
    response = client.get("/en/directory/export.json")
    (item,) = json.loads(b"".join(response.streaming_content))["enterprises"]
    assert item["language"] == "en"
    assert item["summary"] == SUMMARY
    assert item["translations"] == {"nl": {"summary": DUTCH_SUMMARY}}
    assert item["innovations"][0]["translations"] == {}
    csv = b"".join(client.get("/en/directory/export.csv").streaming_content).decode()
    assert SUMMARY in csv and DUTCH_SUMMARY not in csv


def dutch_directory_queries(client):
    # The first visit starts a new content version, the second fills its caches.
    client.get("/nl/directory/")
    client.get("/nl/directory/")
    with CaptureQueriesContext(connection) as context:
        assert client.get("/nl/directory/").status_code == 200
    return len(context.captured_queries)


def test_translated_cards_cost_no_query_of_their_own(client, directory_page, settings):
    settings.PAGE_CACHE_ENABLED = False

    def translated_profiles(numbers):
        for number in numbers:
            EnterpriseFactory(
                name=f"Werkplaats {number}",
                translations={"nl": {"summary": f"Werkplaats {number} in het Nederlands."}},
            )

    translated_profiles(range(2))
    few = dutch_directory_queries(client)
    translated_profiles(range(2, 8))
    assert dutch_directory_queries(client) == few
