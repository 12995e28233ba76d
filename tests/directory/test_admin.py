import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from directory.models import Enterprise, Sector
from tests.directory.factories import EnterpriseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def enterprise_form(sectors=None, sdgs=(7,), **overrides):
    data = {
        "name": "Admin Made",
        "language": "en",
        "slug": "admin-made",
        "summary": "Made in the admin.",
        "description": "A description.",
        "country": "BE",
        "city": "Brugge",
        "region": "West-Vlaanderen",
        "spark_programme": "none",
        "innovations": inline_formset([]),
        "impact_figures": inline_formset([]),
    }
    data.update(overrides)
    form = nested_form_data(data)
    # Multiple-choice fields post one value per choice, which nested_form_data would number.
    form["sectors"] = [Sector.objects.get(slug="energy").pk] if sectors is None else sectors
    form["sdgs"] = list(sdgs)
    return form


def listing_names(response):
    return sorted(item.name for item in response.context["object_list"])


def test_editors_filter_the_listing_by_country_sector_and_status(editor_client, directory_page):
    EnterpriseFactory(name="Belgian Energy", country="BE", sectors=["energy"])
    EnterpriseFactory(name="Dutch Housing", country="NL", sectors=["housing"])
    EnterpriseFactory(name="Draft Submission", country="NL", sectors=["energy"], draft=True)
    url = reverse("wagtailsnippets_directory_enterprise:list")
    assert listing_names(editor_client.get(url, {"country": "NL"})) == [
        "Draft Submission",
        "Dutch Housing",
    ]
    energy = Sector.objects.get(slug="energy").pk
    assert listing_names(editor_client.get(url, {"sectors": energy})) == [
        "Belgian Energy",
        "Draft Submission",
    ]
    assert listing_names(editor_client.get(url, {"status": "draft"})) == ["Draft Submission"]
    assert listing_names(editor_client.get(url, {"status": "live"})) == [
        "Belgian Energy",
        "Dutch Housing",
    ]


def test_editors_see_and_filter_the_language_of_each_profile(editor_client, directory_page):
    EnterpriseFactory(name="Kringloop Oost", language="nl")
    EnterpriseFactory(name="La Ressourcerie", language="fr")
    EnterpriseFactory(name="Fixing Factory")
    url = reverse("wagtailsnippets_directory_enterprise:list")
    assert listing_names(editor_client.get(url, {"language": "nl"})) == ["Kringloop Oost"]
    assert listing_names(editor_client.get(url, {"language": "en"})) == ["Fixing Factory"]
    rows = editor_client.get(url).content.decode().split("<tr")
    (french,) = [row for row in rows if "La Ressourcerie" in row]
    assert "French" in french


def test_the_language_of_a_profile_is_asked_beside_its_name(editor_client, directory_page):
    form = editor_client.get(reverse("wagtailsnippets_directory_enterprise:add")).context["form"]
    assert list(form.fields)[:2] == ["name", "language"]
    assert form["language"].initial == "en"


def test_editor_publishes_a_profile_and_visitors_find_it(editor_client, client, directory_page):
    url = reverse("wagtailsnippets_directory_enterprise:add")
    response = editor_client.post(url, {**enterprise_form(), "action-publish": "action-publish"})
    assert response.status_code == 302, response.context["form"].errors
    enterprise = Enterprise.objects.get(slug="admin-made")
    assert enterprise.live
    client.logout()
    found = BeautifulSoup(client.get("/en/directory/", {"q": "brugge"}).content, "html.parser")
    assert [a.get_text() for a in found.select(".directory__results .card__title a")] == [
        "Admin Made"
    ]


@pytest.mark.parametrize("sector_slugs", [[], ["energy", "housing", "finance", "retail"]])
def test_a_profile_needs_one_to_three_sectors(editor_client, directory_page, sector_slugs):
    sectors = list(Sector.objects.filter(slug__in=sector_slugs).values_list("pk", flat=True))
    url = reverse("wagtailsnippets_directory_enterprise:add")
    response = editor_client.post(url, enterprise_form(sectors=sectors))
    assert response.status_code == 200
    assert "Choose one, two or three sectors" in str(response.context["form"].errors["sectors"])
    assert not Enterprise.objects.filter(slug="admin-made").exists()


def test_founding_year_cannot_be_in_the_future(editor_client, directory_page):
    url = reverse("wagtailsnippets_directory_enterprise:add")
    response = editor_client.post(url, enterprise_form(year_founded=3000))
    assert "Enter a year between 1800 and" in str(response.context["form"].errors["year_founded"])
    response = editor_client.post(url, enterprise_form(year_founded=1799))
    assert "Enter a year between 1800 and" in str(response.context["form"].errors["year_founded"])


def test_saving_a_draft_leaves_the_live_profile_as_it_was(editor_client, client, directory_page):
    enterprise = EnterpriseFactory(name="Steady Works", summary="The live summary.")
    url = reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk])
    form = enterprise_form(name="Steady Works", slug="steady-works", summary="A draft summary.")
    assert editor_client.post(url, form).status_code == 302
    client.logout()
    assert "The live summary." in client.get("/en/directory/steady-works/").content.decode()


def test_merging_sectors_moves_enterprises_and_keeps_drafts_publishable(
    editor_client, directory_page
):
    both = EnterpriseFactory(name="Both Sectors", sectors=["retail", "fair-trade"])
    only_retail = EnterpriseFactory(name="Only Retail", sectors=["retail"])
    retail = Sector.objects.get(slug="retail")
    fair_trade = Sector.objects.get(slug="fair-trade")
    response = editor_client.post(
        reverse("directory_merge_sectors"), {"sources": [retail.pk], "target": fair_trade.pk}
    )
    assert response.status_code == 302
    assert not Sector.objects.filter(slug="retail").exists()
    assert list(both.sectors.values_list("slug", flat=True)) == ["fair-trade"]
    assert list(only_retail.sectors.values_list("slug", flat=True)) == ["fair-trade"]
    only_retail.latest_revision.publish()
    assert list(
        Enterprise.objects.get(pk=only_retail.pk).sectors.values_list("slug", flat=True)
    ) == ["fair-trade"]


def test_a_sector_cannot_be_merged_into_itself(editor_client, directory_page):
    retail = Sector.objects.get(slug="retail")
    response = editor_client.post(
        reverse("directory_merge_sectors"), {"sources": [retail.pk], "target": retail.pk}
    )
    assert response.status_code == 200
    assert "cannot also be one to merge away" in response.content.decode()
    assert Sector.objects.filter(slug="retail").exists()


def test_editors_preview_a_profile_before_it_is_published(directory_page):
    enterprise = EnterpriseFactory(
        name="Preview Works", draft=True, summary="Seen only in preview."
    )
    response = enterprise.make_preview_request()
    assert response.status_code == 200
    body = response.content.decode()
    assert "Preview Works" in body and "Seen only in preview." in body
    assert "this is how the profile will look once published" in body
