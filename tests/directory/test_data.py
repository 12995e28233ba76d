import io

import pytest
from django.core.management import call_command

from directory.demo.enterprises import ENTERPRISES
from directory.models import Enterprise, Origin, Sector, SustainableDevelopmentGoal
from home.demo.content import ORGANISATIONS

pytestmark = pytest.mark.django_db


def test_demo_enterprises_cover_the_region_and_are_marked_as_demo(client):
    call_command("load_demo_content", stdout=io.StringIO())
    enterprises = Enterprise.objects.filter(live=True)
    assert enterprises.count() == len(ENTERPRISES) >= 40
    assert set(enterprises.values_list("origin", flat=True)) == {Origin.DEMO}
    assert set(enterprises.values_list("country", flat=True)) == {"GB", "FR", "BE", "NL"}
    used_sectors = Sector.objects.filter(enterprises__live=True).distinct().count()
    assert used_sectors == Sector.objects.count()
    used_goals = (
        SustainableDevelopmentGoal.objects.filter(enterprises__live=True).distinct().count()
    )
    assert used_goals >= 12
    assert enterprises.filter(innovations__isnull=False).distinct().count() >= 30
    assert enterprises.filter(impact_figures__isnull=False).distinct().count() >= 30
    assert enterprises.filter(is_featured=True).count() == 6
    # No demo enterprise borrows the name of an organisation named in the site's real content.
    real_names = {organisation["name"].lower() for organisation in ORGANISATIONS}
    assert not real_names & {name.lower() for name in enterprises.values_list("name", flat=True)}
    # Every demo website is on the reserved .example domain.
    assert all(
        url.endswith(".example") or ".example/" in url
        for url in enterprises.exclude(website="").values_list("website", flat=True)
    )

    before = Enterprise.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Enterprise.objects.count() == before

    response = client.get(
        "/en/directory/?country=BE&sector=circular-economy", HTTP_HOST="127.0.0.1"
    )
    assert len(response.context["results"]) >= 4


def test_generate_enterprises_makes_marked_synthetic_listings(client, directory_page):
    call_command("generate_enterprises", count=25, batch_size=10, verbosity=0, stdout=io.StringIO())
    synthetic = Enterprise.objects.filter(origin=Origin.SYNTHETIC)
    assert synthetic.count() == 25
    assert synthetic.filter(live=True).count() == 25
    assert all(
        "Synthetic test listing" in summary
        for summary in synthetic.values_list("summary", flat=True)
    )
    call_command("generate_enterprises", count=5, verbosity=0, stdout=io.StringIO())
    assert synthetic.count() == 30
    assert len(set(synthetic.values_list("slug", flat=True))) == 30
    # Sorted by name like any other listing, though made without save().
    assert not synthetic.filter(sort_name="").exists()
    # They are searchable straight away, and labelled in the directory.
    response = client.get("/en/directory/", {"q": "synthetic"})
    assert response.context["total"] == 30
    assert "Synthetic test listing" in response.content.decode()
    call_command("generate_enterprises", delete=True, stdout=io.StringIO())
    assert not synthetic.exists()


def test_generate_enterprises_refuses_a_count_below_one(directory_page):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="at least 1"):
        call_command("generate_enterprises", count=0, stdout=io.StringIO())


def test_rebuilding_the_search_index_finds_rows_edited_behind_the_sites_back(
    client, directory_page
):
    from tests.directory.factories import EnterpriseFactory

    enterprise = EnterpriseFactory(name="Quiet Name")
    Enterprise.objects.filter(pk=enterprise.pk).update(summary="Now about beekeeping.")
    assert "Quiet Name" not in client.get("/en/directory/", {"q": "beekeeping"}).content.decode()
    call_command("rebuild_directory_index", stdout=io.StringIO())
    from django.core.cache import cache

    cache.clear()
    assert "Quiet Name" in client.get("/en/directory/", {"q": "beekeeping"}).content.decode()
