"""Sectors, goals and certifications in the visitor's language, English where none is given.

The language is activated around each request, as the language-prefixed addresses will do.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from directory.forms.submission import ImpactFigureForm, ProfileForm
from directory.models import Certification, Sector, SustainableDevelopmentGoal
from directory.names import fold
from tests.directory.factories import EnterpriseFactory

pytestmark = pytest.mark.django_db

# The UN's short names of the 17 goals: in French the UN's own, in Dutch those of its Dutch icons.
UN_GOALS = {
    1: ("Geen armoede", "Pas de pauvreté"),
    2: ("Geen honger", "Faim « zéro »"),
    3: ("Goede gezondheid en welzijn", "Bonne santé et bien-être"),
    4: ("Kwaliteitsonderwijs", "Éducation de qualité"),
    5: ("Gendergelijkheid", "Égalité entre les sexes"),
    6: ("Schoon water en sanitair", "Eau propre et assainissement"),
    7: ("Betaalbare en duurzame energie", "Énergie propre et d’un coût abordable"),
    8: ("Eerlijk werk en economische groei", "Travail décent et croissance économique"),
    9: ("Industrie, innovatie en infrastructuur", "Industrie, innovation et infrastructure"),
    10: ("Ongelijkheid verminderen", "Inégalités réduites"),
    11: ("Duurzame steden en gemeenschappen", "Villes et communautés durables"),
    12: ("Verantwoorde consumptie en productie", "Consommation et production responsables"),
    13: ("Klimaatactie", "Mesures relatives à la lutte contre les changements climatiques"),
    14: ("Leven in het water", "Vie aquatique"),
    15: ("Leven op het land", "Vie terrestre"),
    16: ("Vrede, justitie en sterke publieke diensten", "Paix, justice et institutions efficaces"),
    17: (
        "Partnerschap om doelstellingen te bereiken",
        "Partenariats pour la réalisation des objectifs",
    ),
}


@pytest.fixture(autouse=True)
def _uncached(settings):
    """The same address is asked in several languages in one test."""
    settings.PAGE_CACHE_ENABLED = False


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def get(client, url, language):
    """The page at `url` (an /en/ address) in `language`."""
    response = client.get(url.replace("/en/", f"/{language}/", 1))
    assert response.status_code == 200
    return soup(response)


def json_ld(html):
    return json.loads(html.find("script", type="application/ld+json").string)


@pytest.fixture
def beekeeping():
    """A sector an editor added with a French name and no Dutch one yet."""
    return Sector.objects.create(
        name="Beekeeping",
        name_fr="Apiculture",
        slug="beekeeping",
        description="Bees and honey.",
        description_fr="Abeilles et miel.",
    )


@pytest.fixture
def poverty_relief(directory_page, beekeeping):
    enterprise = EnterpriseFactory(
        name="Honingraat",
        city="Bruxelles",
        region="Région de Bruxelles-Capitale",
        sectors=["beekeeping", "work-integration"],
        sdgs=[1, 13],
    )
    enterprise.certifications.set(Certification.objects.filter(slug="b-corp"))
    enterprise.save_revision().publish()
    return enterprise


# The migration's names ---------------------------------------------------------------------


def test_every_goal_has_the_un_names_in_dutch_and_french():
    stored = {
        goal.number: (goal.name_nl, goal.name_fr)
        for goal in SustainableDevelopmentGoal.objects.all()
    }
    assert stored == UN_GOALS


def test_every_seeded_sector_and_certification_has_both_names():
    for row in [*Sector.objects.all(), *Certification.objects.all()]:
        assert row.name_nl and row.name_fr, row
    for sector in Sector.objects.all():
        assert sector.description_nl and sector.description_fr, sector
    # Sector names are translated, not copied; a proper name keeps its spelling.
    assert not Sector.objects.filter(name_nl=F("name")).exists()
    assert not Sector.objects.filter(name_fr=F("name")).exists()
    mark = Certification.objects.get(slug="social-enterprise-mark")
    assert mark.name_nl == mark.name_fr == "Social Enterprise Mark"


# The accessor ----------------------------------------------------------------------------


def test_a_name_follows_the_active_language_and_falls_back_to_english(beekeeping):
    goal = SustainableDevelopmentGoal.objects.get(number=1)
    for language, goal_name, sector_name, description in (
        ("en", "No poverty", "Beekeeping", "Bees and honey."),
        ("nl", "Geen armoede", "Beekeeping", "Bees and honey."),
        ("fr", "Pas de pauvreté", "Apiculture", "Abeilles et miel."),
        ("de", "No poverty", "Beekeeping", "Bees and honey."),
    ):
        with translation.override(language):
            assert goal.translated_name == goal_name
            assert goal.numbered_name == f"1. {goal_name}"
            assert beekeeping.translated_name == sector_name
            assert beekeeping.translated_description == description
    # The English name stays the one editors and the admin see.
    with translation.override("nl"):
        assert str(goal) == "1. No poverty"


# What the public reads -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "goal", "sector", "fallback", "certification", "city"),
    [
        (
            "en",
            "No poverty",
            "Work integration",
            "Beekeeping",
            "Certified B Corporation",
            "Brussels",
        ),
        (
            "nl",
            "Geen armoede",
            "Arbeidsintegratie",
            "Beekeeping",
            "Gecertificeerde B Corp",
            "Brussel",
        ),
        (
            "fr",
            "Pas de pauvreté",
            "Insertion professionnelle",
            "Apiculture",
            "Entreprise certifiée B Corp",
            "Bruxelles",
        ),
    ],
)
def test_the_profile_speaks_the_visitors_language(
    client, poverty_relief, language, goal, sector, fallback, certification, city
):
    html = get(client, "/en/directory/honingraat/", language)
    chips = [a.get_text() for a in html.select(".enterprise__heading .chip")]
    assert sorted(chips) == sorted([sector, fallback])
    goals = [a.get_text(" ", strip=True) for a in html.select(".goal")]
    assert goals[0] == f"1 {goal}"
    facts = html.select_one(".enterprise__facts").get_text(" ", strip=True)
    assert certification in facts
    assert city in facts
    data = json_ld(html)
    assert sorted(data["knowsAbout"]) == sorted([sector, fallback])
    assert data["address"]["addressLocality"] == city


@pytest.mark.parametrize(
    ("language", "goal", "city"),
    [
        ("en", "No poverty", "Brussels"),
        ("nl", "Geen armoede", "Brussel"),
        ("fr", "Pas de pauvreté", "Bruxelles"),
    ],
)
def test_result_cards_speak_the_visitors_language(client, poverty_relief, language, goal, city):
    card = get(client, "/en/directory/", language).select_one(".directory__results .card")
    badge = card.select_one(".sdg-badge")
    assert badge["title"] == goal
    assert goal in badge.get_text()
    assert card.select_one(".card__meta").get_text().startswith(f"{city}, ")


def facet_labels(html, name):
    """The options of one facet, each as "label (count)"."""
    return [
        label.get_text(" ", strip=True) for label in html.select(f"#filters label[for^={name}-]")
    ]


def test_filter_labels_speak_the_visitors_language(client, poverty_relief):
    html = get(client, "/en/directory/?sdg=1&sector=beekeeping", "fr")
    assert "1. Pas de pauvreté (1)" in facet_labels(html, "sdg")
    assert "Apiculture (1)" in facet_labels(html, "sector")
    # The links that remove a chosen filter name it in the same words.
    removals = [a.get_text(" ", strip=True) for a in html.select("a.active-filter")]
    assert any("Pas de pauvreté" in text for text in removals)
    assert any("Apiculture" in text for text in removals)

    html = get(client, "/en/directory/?sdg=1&sector=beekeeping", "nl")
    assert "1. Geen armoede (1)" in facet_labels(html, "sdg")
    assert "Beekeeping (1)" in facet_labels(html, "sector")  # no Dutch name: the English one


def test_sector_filters_are_in_the_alphabetical_order_of_the_language(client, directory_page):
    for index, row in enumerate(Sector.objects.order_by("slug")):
        EnterpriseFactory(name=f"Enterprise {index}", sectors=[row.slug])
    for language in ("en", "nl", "fr"):
        html = get(client, "/en/directory/", language)
        labels = [label.rsplit(" (", 1)[0] for label in facet_labels(html, "sector")]
        with translation.override(language):
            expected = sorted((row.translated_name for row in Sector.objects.all()), key=fold)
        assert labels == expected
    # "É" sorts with the "E"s, not after "Z".
    assert labels.index("Économie circulaire et réemploi") < labels.index("Environnement et nature")


def test_the_listing_form_offers_translated_choices_in_their_order(beekeeping):
    with translation.override("fr"):
        form = ProfileForm()
        sectors = [label for _value, label in form.fields["sectors"].choices]
        goals = [label for _value, label in form.fields["sdgs"].choices]
        figure_goals = [label for _value, label in ImpactFigureForm().fields["sdg"].choices]
    assert "Apiculture" in sectors and "Économie circulaire et réemploi" in sectors
    assert sectors == sorted(sectors, key=fold)
    assert goals[0] == "1. Pas de pauvreté"
    assert figure_goals[1] == "1. Pas de pauvreté"


def test_countries_follow_the_language_and_sort_in_it(client, directory_page):
    for country in ("BE", "ES", "AE"):
        EnterpriseFactory(name=f"Enterprise in {country}", country=country)
    html = get(client, "/en/directory/", "fr")
    # As many results each: alphabetical, "É" with the "E"s rather than after "Z".
    assert facet_labels(html, "country") == [
        "Belgique (1)",
        "Émirats arabes unis (1)",
        "Espagne (1)",
    ]
    assert facet_labels(get(client, "/en/directory/", "nl"), "country")[0] == "België (1)"
    with translation.override("fr"):
        _prompt, (_first, programme), (_rest, others) = ProfileForm().fields["country"].choices
    assert [name for _code, name in programme] == ["Belgique", "France", "Pays-Bas", "Royaume-Uni"]
    names = [name for _code, name in others]
    assert names.index("Égypte") < names.index("Émirats arabes unis") < names.index("Espagne")


def test_queries_per_page_do_not_grow_with_the_language(client, poverty_relief):
    counts = {}
    for language in ("en", "fr"):
        for _visit in range(2):  # the first makes site settings, the second fills caches
            get(client, "/en/directory/", language)
        with CaptureQueriesContext(connection) as context:
            get(client, "/en/directory/", language)
        counts[language] = len(context.captured_queries)
    # Names come with their rows; a language other than the default costs only the lookups of
    # its locale and of the home page in it, never one per row.
    assert counts["en"] <= counts["fr"] <= counts["en"] + 2


def test_exports_stay_as_written_whatever_the_language(client, poverty_relief):
    response = client.get("/fr/directory/export.json")
    data = json.loads(b"".join(response.streaming_content))
    (item,) = data["enterprises"]
    assert item["sectors"] == ["beekeeping", "work-integration"]
    assert item["sdgs"] == [1, 13]
    assert item["city"] == "Bruxelles"


def test_the_admin_groups_the_translations(client, django_user_model, beekeeping):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@spark.test", "pw"))
    url = reverse("wagtailsnippets_directory_sector:edit", args=[beekeeping.pk])
    html = client.get(url).content.decode()
    assert "Translations" in html
    assert "Leave a translation empty to show the English text" in html
    for field in ("name_nl", "name_fr", "description_nl", "description_fr"):
        assert f'name="{field}"' in html
