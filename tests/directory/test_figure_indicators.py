"""Enterprises name their impact figures' indicators from the editors' catalogue (or "Other"), in
the listing form, the owner's update form, and editors do so in the admin: one figure per
indicator and year, in the catalogue's unit."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from directory.models import Enterprise, Indicator
from tests.directory.factories import EnterpriseFactory
from tests.directory.submission_helpers import (
    OWNER,
    approve,
    confirm_by_email,
    last_mail_to,
    link_in,
    started_a_minute_ago,
    submit,
)
from tests.html_forms import form_as_shown

pytestmark = pytest.mark.django_db

VERIFIED_ON = datetime.date(2025, 3, 14)


@pytest.fixture
def trained():
    return Indicator.objects.get(code="people-trained")


@pytest.fixture
def meals():
    return Indicator.objects.get(code="meals-served")


def page_of(response, status):
    assert response.status_code == status, response.context and response.context.get("errors")
    return BeautifulSoup(response.content.decode(), "html.parser")


def shown_choice(page, name):
    select = page.find("select", attrs={"name": name})
    options = select.find_all("option")
    chosen = [option for option in options if option.has_attr("selected")]
    return (chosen[-1] if chosen else options[0]).get_text(strip=True)


def field_error(page, name):
    """The error shown next to the field of that name."""
    field = page.find(attrs={"name": name}).find_parent(class_="field")
    error = field.select_one(".field__error")
    return error.get_text(" ", strip=True) if error else ""


def stored_figures():
    return list(Enterprise.objects.get(name="Fietsherstel Noord").impact_figures.all())


# The listing form -------------------------------------------------------------------------------


def test_the_form_offers_the_catalogue_in_the_visitors_language_then_other(client, directory_page):
    page = page_of(client.get("/nl/directory/submit/"), 200)
    select = page.find("select", attrs={"name": "figures-0-catalogue_indicator"})
    labels = [option.get_text(strip=True) for option in select.find_all("option")]
    assert labels[0] == "Kies een indicator…"
    assert "Mensen opgeleid (personen)" in labels
    assert labels[-1] == "Andere (beschrijf het hieronder)"
    assert len(labels) == Indicator.objects.count() + 2
    assert page.find("label", attrs={"for": "id_figures-0-catalogue_indicator"})

    definitions = page.select_one("details.indicator-definitions")
    assert definitions.summary.get_text(strip=True) == "Wat elke indicator telt"
    terms = [term.get_text(strip=True) for term in definitions.find_all("dt")]
    assert "Mensen opgeleid (personen)" in terms
    trained = Indicator.objects.get(code="people-trained")
    assert trained.definition_nl in definitions.get_text()


def test_a_figure_for_a_catalogue_indicator_takes_its_unit_and_name(
    client, directory_page, directory_editor, trained
):
    response = submit(
        client,
        **{
            "profile-language": "nl",
            "figures-0-catalogue_indicator": str(trained.pk),
            "figures-0-indicator": "",
            "figures-0-unit": "",
            "figures-0-value": "35",
            "figures-0-year": "2024",
        },
    )
    assert response.status_code == 302, response.context and response.context["errors"]

    (figure,) = stored_figures()
    assert figure.catalogue_indicator == trained
    assert figure.unit == "people"
    # Words left empty: the catalogue's names, in the language of the profile and translated.
    assert figure.indicator == "Mensen opgeleid"
    assert figure.translations == {
        "en": {"indicator": "People trained"},
        "fr": {"indicator": "Personnes formées"},
    }

    # What the editors approve is what was sent.
    enterprise = Enterprise.objects.get(name="Fietsherstel Noord")
    revised = enterprise.latest_revision.as_object().impact_figures.get()
    assert revised.catalogue_indicator_id == trained.pk
    confirm_by_email(client)
    approve(client, directory_editor, enterprise)
    published = Enterprise.objects.get(pk=enterprise.pk)
    assert published.live
    (figure,) = published.impact_figures.all()
    assert (figure.catalogue_indicator, figure.unit) == (trained, "people")
    for language, name in [("nl", "Mensen opgeleid"), ("fr", "Personnes formées")]:
        profile = page_of(client.get(f"/{language}/directory/{published.slug}/"), 200)
        assert profile.select_one(".impact__indicator").get_text(strip=True) == name


def test_a_catalogue_figure_keeps_the_enterprises_own_words_and_a_unit_in_any_language(
    client, directory_page, trained
):
    submit(
        client,
        **{
            "figures-0-catalogue_indicator": str(trained.pk),
            "figures-0-indicator": "young mechanics trained",
            "figures-0-unit": "Personen",
            "figures-0-value": "12",
        },
    )
    (figure,) = stored_figures()
    assert (figure.indicator, figure.unit, figure.catalogue_indicator) == (
        "young mechanics trained",
        "people",
        trained,
    )
    # The enterprise's own words are theirs to translate.
    assert figure.translations == {}


def test_a_unit_other_than_the_catalogues_is_refused(client, directory_page, meals):
    response = submit(
        client,
        **{"figures-0-catalogue_indicator": str(meals.pk), "figures-0-unit": "kilograms"},
    )
    page = page_of(response, 400)
    assert field_error(page, "figures-0-unit") == (
        "Meals served is counted in meals: give the figure in meals and leave the unit empty, "
        "or choose “Other”."
    )
    assert not Enterprise.objects.exists()


def test_other_is_stored_without_a_catalogue_indicator(client, directory_page):
    response = submit(client, **{"figures-0-catalogue_indicator": "other"})
    assert response.status_code == 302
    (figure,) = stored_figures()
    assert (figure.catalogue_indicator, figure.indicator, figure.unit) == (
        None,
        "bicycles repaired",
        "bicycles",
    )


@pytest.mark.parametrize("choice", ["other", ""])
def test_other_without_words_asks_what_is_measured(client, directory_page, choice):
    response = submit(
        client, **{"figures-0-catalogue_indicator": choice, "figures-0-indicator": ""}
    )
    page = page_of(response, 400)
    assert field_error(page, "figures-0-indicator") == "Say what you measure."
    assert "Impact figure 1: What you measure" in [
        error["label"] for error in response.context["errors"]
    ]
    assert shown_choice(page, "figures-0-catalogue_indicator") == (
        "Other (describe it below)" if choice else "Choose an indicator…"
    )
    assert not Enterprise.objects.exists()


@pytest.mark.parametrize("value", ["999999", "people-trained", "99999999999999999999999", "-1"])
def test_an_unknown_indicator_is_refused_and_nothing_typed_is_lost(client, directory_page, value):
    response = submit(client, **{"figures-0-catalogue_indicator": value})
    page = page_of(response, 400)
    assert field_error(page, "figures-0-catalogue_indicator") == (
        "This is not an indicator from the catalogue: choose one from the list, or “Other”."
    )
    assert "Impact figure 1: Indicator" in [error["label"] for error in response.context["errors"]]
    for name, typed in [
        ("figures-0-indicator", "bicycles repaired"),
        ("figures-0-value", "1250"),
        ("figures-0-unit", "bicycles"),
        ("figures-0-year", "2024"),
        ("profile-name", "Fietsherstel Noord"),
    ]:
        assert page.find("input", attrs={"name": name})["value"] == typed, name
    assert not Enterprise.objects.exists()


def test_one_indicator_twice_for_one_year_is_refused_on_the_second_row(
    client, directory_page, trained
):
    rows = {
        "figures-0-catalogue_indicator": str(trained.pk),
        "figures-0-indicator": "",
        "figures-0-unit": "",
        "figures-0-value": "35",
        "figures-0-year": "2024",
        # Another year is another figure.
        "figures-1-catalogue_indicator": str(trained.pk),
        "figures-1-value": "30",
        "figures-1-year": "2023",
        "figures-2-catalogue_indicator": str(trained.pk),
        "figures-2-indicator": "apprentices",
        "figures-2-value": "12",
        "figures-2-year": "2024",
    }
    response = submit(client, **rows)
    page = page_of(response, 400)
    assert field_error(page, "figures-2-catalogue_indicator") == (
        "You already give a figure for People trained in 2024."
    )
    assert field_error(page, "figures-0-catalogue_indicator") == ""
    assert field_error(page, "figures-1-catalogue_indicator") == ""
    assert [error["label"] for error in response.context["errors"]] == [
        "Impact figure 3: Indicator"
    ]
    assert page.find("input", attrs={"name": "figures-2-indicator"})["value"] == "apprentices"
    assert not Enterprise.objects.exists()

    rows["figures-2-year"] = "2022"
    assert submit(client, **rows).status_code == 302
    assert sorted(figure.year for figure in stored_figures()) == [2022, 2023, 2024]


# The owner's update form ------------------------------------------------------------------------


@pytest.fixture
def listing(owner_listing, trained):
    return owner_listing(
        impact_figures=[
            {
                "catalogue_indicator": trained,
                "indicator": "young mechanics trained",
                "value": 35,
                "unit": "people",
                "year": 2024,
                "verified": True,
                "verified_on": VERIFIED_ON,
                "sort_order": 0,
            },
            {
                "indicator": "bicycles repaired",
                "value": 1250,
                "unit": "bicycles",
                "year": 2024,
                "sort_order": 1,
            },
        ],
    )


def update_form(client, listing):
    client.post(f"/en/directory/{listing.slug}/update/", {"email": OWNER})
    link = link_in(last_mail_to(OWNER), "/en/directory/update/")
    response = client.get(link)
    return link, page_of(response, 200), form_as_shown(response.content.decode(), "started")


def send(client, link, data, status=200):
    data["started"] = started_a_minute_ago()
    response = client.post(link, data)
    assert response.status_code == status, response.context.get("errors")
    return response


def test_the_update_form_shows_each_figures_choice(client, listing):
    _link, page, data = update_form(client, listing)
    assert shown_choice(page, "figures-0-catalogue_indicator") == "People trained (people)"
    assert shown_choice(page, "figures-1-catalogue_indicator") == "Other (describe it below)"
    assert shown_choice(page, "figures-2-catalogue_indicator") == "Choose an indicator…"
    assert data["figures-0-indicator"] == "young mechanics trained"


def test_an_update_keeps_the_choice_and_its_verification(
    client, listing, directory_editor, trained
):
    link, _page, data = update_form(client, listing)
    data["profile-summary"] = "A new summary from the owner."
    send(client, link, data)
    approve(client, directory_editor, listing)

    figures = list(Enterprise.objects.get(pk=listing.pk).impact_figures.all())
    assert [(figure.catalogue_indicator, figure.verified) for figure in figures] == [
        (trained, True),
        (None, False),
    ]
    assert figures[0].verified_on == VERIFIED_ON


def test_an_update_that_changes_the_indicator_loses_the_verification_and_tells_the_editor(
    client, listing, directory_editor, meals
):
    link, _page, data = update_form(client, listing)
    data["figures-0-catalogue_indicator"] = str(meals.pk)
    data["figures-0-unit"] = ""
    data["figures-1-catalogue_indicator"] = str(meals.pk)
    data["figures-1-indicator"] = "meals cooked"
    data["figures-1-unit"] = ""
    data["figures-1-year"] = "2023"
    send(client, link, data)

    client.force_login(directory_editor)
    edit = client.get(reverse("wagtailsnippets_directory_enterprise:edit", args=[listing.pk]))
    note = BeautifulSoup(edit.content, "html.parser").select_one(".moderation-notes")
    assert (
        "young mechanics trained (catalogue indicator: People trained): 35 people (2024), "
        "verified on 14 Mar 2025"
    ) in note.get_text(" ", strip=True)
    client.logout()

    approve(client, directory_editor, listing)
    figures = list(Enterprise.objects.get(pk=listing.pk).impact_figures.all())
    assert [(f.catalogue_indicator, f.unit, f.year, f.verified) for f in figures] == [
        (meals, "meals", 2024, False),
        (meals, "meals", 2023, False),
    ]
    assert figures[0].verified_on is None


def test_an_update_may_not_give_one_indicator_twice_a_year(client, listing, trained):
    link, _page, data = update_form(client, listing)
    data["figures-1-catalogue_indicator"] = str(trained.pk)
    data["figures-1-unit"] = ""
    response = send(client, link, data, status=400)
    page = page_of(response, 400)
    assert field_error(page, "figures-1-catalogue_indicator") == (
        "You already give a figure for People trained in 2024."
    )
    assert page.find("input", attrs={"name": "figures-1-indicator"})["value"] == (
        "bicycles repaired"
    )


# The editors' form ------------------------------------------------------------------------------


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_the_editors_form_refuses_one_indicator_twice_a_year(
    editor_client, directory_page, trained
):
    enterprise = EnterpriseFactory(
        name="Fietsherstel Noord",
        impact_figures=[
            {"catalogue_indicator": trained, "indicator": "trainees", "value": 35, "year": 2024},
            {"catalogue_indicator": trained, "indicator": "trainees", "value": 30, "year": 2023},
        ],
    )
    url = reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk])
    data = form_as_shown(editor_client.get(url).content.decode(), "name")
    assert data["impact_figures-1-year"] == "2023"
    data["impact_figures-1-year"] = "2024"
    data["action-publish"] = "action-publish"
    response = editor_client.post(url, data)

    assert response.status_code != 302
    assert (
        "This profile already has a figure for People trained in 2024: the totals count one "
        "figure per indicator and year, so keep one."
    ) in response.content.decode()
    assert sorted(figure.year for figure in enterprise.impact_figures.all()) == [2023, 2024]

    # Deleting the repeated row is the way out.
    data["impact_figures-1-DELETE"] = "1"
    assert editor_client.post(url, data).status_code == 302
    assert [figure.year for figure in enterprise.impact_figures.all()] == [2024]
