"""What a person filling in the public form sees: prompts, country order, no choice made."""

import pytest
from bs4 import BeautifulSoup

from directory.models import Enterprise
from tests.directory.submission_helpers import submission_data

pytestmark = pytest.mark.django_db
SUBMIT = "/en/directory/submit/"


def form_page(response, status=200):
    assert response.status_code == status
    return BeautifulSoup(response.content.decode(), "html.parser")


def shown_choice(select):
    """The option a browser shows: the last one marked selected, else the first."""
    options = select.find_all("option")
    chosen = [option for option in options if option.has_attr("selected")]
    return (chosen[-1] if chosen else options[0]).get_text(strip=True)


def test_every_choice_starts_with_a_prompt(client, directory_page):
    html = client.get(SUBMIT).content.decode()
    assert "---------" not in html
    page = BeautifulSoup(html, "html.parser")
    for name, prompt in [
        ("profile-country", "Choose a country…"),
        ("profile-legal_form", "Choose a legal form…"),
        ("profile-size_band", "Choose a size…"),
        ("innovations-0-stage", "Choose a stage…"),
        ("figures-0-sdg", "Choose a goal (optional)…"),
    ]:
        assert shown_choice(page.find("select", attrs={"name": name})) == prompt, name


def test_the_programme_countries_come_first(client, directory_page):
    page = form_page(client.get(SUBMIT))
    countries = page.find("select", attrs={"name": "profile-country"})
    options = [option.get_text(strip=True) for option in countries.find_all("option")]
    assert options[1:5] == ["Belgium", "France", "Netherlands", "United Kingdom"]
    assert "Afghanistan" in options[5:]
    assert options.count("Belgium") == 1  # not repeated in the full list
    # Only the prompt has an empty value: no separator line can be chosen by mistake.
    assert [o for o in countries.find_all("option") if not o.get("value")] == [
        countries.find("option")
    ]


def test_no_innovation_stage_is_chosen_for_the_visitor(client, directory_page):
    page = form_page(client.get(SUBMIT))
    for row in range(3):
        stage = page.find("select", attrs={"name": f"innovations-{row}-stage"})
        chosen = [option["value"] for option in stage.find_all("option", selected=True)]
        assert chosen in ([], [""]), row


def test_an_innovation_without_a_stage_is_named_and_nothing_typed_is_lost(client, directory_page):
    response = client.post(SUBMIT, submission_data(**{"innovations-0-stage": ""}))

    page = form_page(response, status=400)
    assert "Choose the stage this innovation has reached." in page.get_text()
    title = page.find("input", attrs={"name": "innovations-0-title"})
    assert title["value"] == "Repair subscriptions"
    assert page.find("input", attrs={"name": "profile-name"})["value"] == "Fietsherstel Noord"
    assert not Enterprise.objects.filter(name="Fietsherstel Noord").exists()


def test_a_missing_country_is_named_and_the_other_choices_are_kept(client, directory_page):
    response = client.post(SUBMIT, submission_data(**{"profile-country": ""}))

    page = form_page(response, status=400)
    assert "Choose the country where the enterprise is based." in page.get_text()
    legal_form = page.find("select", attrs={"name": "profile-legal_form"})
    assert shown_choice(legal_form) == "Non-profit association (VZW / ASBL)"
    assert shown_choice(page.find("select", attrs={"name": "profile-country"})) == (
        "Choose a country…"
    )


def test_the_consent_line_says_who_stores_what_and_where_to_read_more(client, directory_page):
    page = form_page(client.get(SUBMIT))
    consent = page.find("label", attrs={"for": "id_submitter-consent"}).get_text(" ", strip=True)
    assert "editors of Spark Social Enterprise store" in consent
    assert "publish the listing" in consent and "contact me" in consent
    assert page.find("a", string="privacy notice")["href"].rstrip("/").endswith("privacy")


def test_the_form_says_how_to_give_figures_for_several_years(client, directory_page):
    text = form_page(client.get(SUBMIT)).get_text(" ", strip=True)
    assert "one block per year" in text


def test_search_engines_may_list_the_empty_form_but_never_a_sent_one(client, directory_page):
    empty = BeautifulSoup(client.get("/en/directory/submit/").content, "html.parser")
    assert empty.select_one('meta[name="robots"]') is None
    sent = client.post("/en/directory/submit/", {"profile-name": "Zaadbank"})
    robots = BeautifulSoup(sent.content, "html.parser").select_one('meta[name="robots"]')
    assert "noindex" in robots["content"]
