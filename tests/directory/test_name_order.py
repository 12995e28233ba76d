"""Names sort as people read them: accents with their letter, capitals with small letters."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from directory.models import Enterprise
from tests.directory.factories import EnterpriseFactory

pytestmark = pytest.mark.django_db

# The order a reader expects (punctuation ignored), written out by hand, not computed.
EXPECTED = [
    "Ébéniste Solidaire",
    "Épicerie Solidaire Plein Cabas",
    "Estuaire Vélo",
    "kringloop Oost",
    "Kringloopwinkel",
    "Œuvre Commune",
    "'t Atelier",
    "Zoutkeet Kantine",
]


@pytest.fixture
def named(directory_page):
    # Created out of order so that insertion order cannot pass for name order.
    for name in reversed(EXPECTED):
        EnterpriseFactory(name=name)
    for name in EXPECTED[::2]:
        EnterpriseFactory(name=name + " Draft", draft=True)


def card_names(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [link.get_text() for link in html.select(".directory__results .card__title a")]


def test_directory_sorts_names_as_people_read_them(client, named):
    assert card_names(client.get("/en/directory/", {"sort": "name"})) == EXPECTED
    assert card_names(client.get("/en/directory/")) == EXPECTED


def test_exports_keep_the_same_order(client, named):
    response = client.get("/en/directory/export.json", {"sort": "name"})
    data = json.loads(b"".join(response.streaming_content))
    assert [item["name"] for item in data["enterprises"]] == EXPECTED


def test_sort_key_follows_renames(named):
    enterprise = Enterprise.objects.get(name="Zoutkeet Kantine")
    enterprise.name = "Àrbre Vert"
    enterprise.save()
    first = Enterprise.objects.filter(live=True).order_by("sort_name").first()
    assert first.name == "Àrbre Vert"


def test_admin_list_and_chooser_sort_by_name(client, django_user_model, named):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    listing = client.get(reverse("wagtailsnippets_directory_enterprise:list"))
    shown = [item.name for item in listing.context["object_list"] if "Draft" not in item.name]
    assert shown == EXPECTED
    chooser = client.get(reverse("wagtailsnippetchoosers_directory_enterprise:choose"))
    chosen = [item.name for item in chooser.context["results"] if "Draft" not in item.name]
    # The chooser shows its first page only.
    assert len(chosen) >= 5
    assert chosen == EXPECTED[: len(chosen)]
