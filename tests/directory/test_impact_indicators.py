"""Editors keep the indicator catalogue; figures that name an indicator keep it in use."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from directory.models import ImpactFigure, Indicator
from tests.directory.factories import EnterpriseFactory

pytestmark = pytest.mark.django_db


def test_the_catalogue_is_seeded_with_definitions_in_three_languages():
    indicators = Indicator.objects.all()
    assert indicators.count() >= 7
    for indicator in indicators:
        assert indicator.definition and indicator.definition_nl and indicator.definition_fr
        assert indicator.name_nl and indicator.name_fr and indicator.unit
    assert not Indicator.objects.get(code="workforce-share-far-from-work").is_added_up


def test_a_catalogue_figure_takes_the_catalogue_unit_and_refuses_another():
    indicator = Indicator.objects.get(code="renewable-energy")

    def figure(value, unit):
        return ImpactFigure(
            catalogue_indicator=indicator, indicator="panels", value=value, unit=unit, year=2024
        )

    for unit in ("", "mwh", "MWh"):
        checked = figure(Decimal(5), unit)
        checked.clean()
        assert checked.unit == "MWh"
    with pytest.raises(ValidationError) as refused:
        figure(Decimal(5), "kWh").clean()
    assert "is counted in MWh" in str(refused.value.message_dict["unit"])
    with pytest.raises(ValidationError) as refused:
        figure(Decimal(-5), "").clean()
    assert "cannot be below zero" in str(refused.value.message_dict["value"])


def test_an_indicator_in_use_cannot_be_deleted(admin_client, directory_page):
    indicator = Indicator.objects.get(code="renewable-energy")
    EnterpriseFactory(
        impact_figures=[
            {
                "catalogue_indicator": indicator,
                "indicator": "electricity",
                "value": Decimal(10),
                "unit": "MWh",
                "year": 2024,
            }
        ]
    )
    address = f"/admin/snippets/directory/indicator/delete/{indicator.pk}/"
    page = admin_client.get(address)
    assert "prevent it from being deleted" in page.content.decode()
    response = admin_client.post(address, follow=True)
    assert response.status_code == 200
    assert Indicator.objects.filter(pk=indicator.pk).exists()
    assert ImpactFigure.objects.filter(catalogue_indicator=indicator).count() == 1


def test_demo_figures_named_after_an_indicator_are_in_its_unit():
    from directory.demo.enterprises import ENTERPRISES

    units = dict(Indicator.objects.values_list("code", "unit"))
    named = [
        (item["indicator_code"], item["unit"])
        for enterprise in ENTERPRISES
        for item in enterprise["impact"]
        if "indicator_code" in item
    ]
    assert len(named) >= 20
    assert all(unit == units[code] for code, unit in named)


def test_directory_editors_keep_the_catalogue(client, directory_editor):
    client.force_login(directory_editor)
    listing = client.get("/admin/snippets/directory/indicator/")
    assert listing.status_code == 200
    assert "Meals served" in listing.content.decode()
    assert client.get("/admin/snippets/directory/indicator/add/").status_code == 200
