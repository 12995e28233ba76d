"""The admin carries the site's own name and mark, and its menu groups what belongs together."""

import pytest
from django.test import RequestFactory
from wagtail.admin.menu import admin_menu, settings_menu

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief(django_user_model):
    return django_user_model.objects.create_superuser("chief", "chief@spark.test", "pw")


def test_the_admin_shows_the_site_name_and_mark(client, chief, home_page):
    login = client.get("/admin/login/").content.decode()
    assert "Sign in to Spark Social Enterprise" in login
    assert "img/spark-mark.svg" in login
    client.force_login(chief)
    dashboard = client.get("/admin/").content.decode()
    assert "<title>Dashboard - Spark Social Enterprise</title>" in " ".join(dashboard.split())
    assert "img/spark-mark.svg" in dashboard
    assert "img/favicon.svg" in dashboard


def labels(menu, request):
    return [str(item.label) for item in menu.menu_items_for_request(request)]


def test_organisations_sit_under_settings_not_at_the_top(chief):
    request = RequestFactory().get("/admin/")
    request.user = chief
    assert "Organisations" not in labels(admin_menu, request)
    assert "Organisations" in labels(settings_menu, request)
