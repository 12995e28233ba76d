"""The demo looks like a real site: its own artwork, its own address, English place names."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from PIL import Image, ImageOps
from wagtail.models import Site

from home.demo import content
from home.demo.images import MOTIFS, artwork
from home.models import EventPage, SiteSettings

pytestmark = pytest.mark.django_db


def structure(data):
    """Brightness on a coarse grid, normalised: what remains of a picture once tints are gone."""
    image = ImageOps.grayscale(Image.open(io.BytesIO(data))).resize((32, 18))
    values = list(image.tobytes())
    mean = sum(values) / len(values)
    spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 or 1
    return [(v - mean) / spread for v in values]


def correlation(a, b):
    return sum(x * y for x, y in zip(a, b, strict=True)) / len(a)


def test_each_story_and_event_has_its_own_kind_of_picture():
    motifs = [
        content.SPARK_DAY["artwork"],
        content.DEMO_DAY["artwork"],
        *(story["artwork"] for story in content.STORIES),
    ]
    assert len(set(motifs)) == len(motifs)
    pictures = {motif: structure(artwork(motif, motif, 320, 180)) for motif in MOTIFS}
    names = list(pictures)
    for index, first in enumerate(names):
        for second in names[index + 1 :]:
            assert correlation(pictures[first], pictures[second]) < 0.6, (first, second)


def test_demo_footer_and_event_use_the_sites_own_address_and_english_names(client):
    call_command("load_demo_content", stdout=io.StringIO())
    host = Site.objects.get(is_default_site=True).hostname
    footer = BeautifulSoup(client.get("/en/", HTTP_HOST=host).content, "html.parser").footer
    assert footer.find("a", href="mailto:contact@spark-social-enterprise.eu") is not None
    assert "example.org" not in str(footer) and "localhost" not in str(footer)

    settings = SiteSettings.load()
    settings.contact_email = "team@spark.example.net"
    settings.save()
    footer = BeautifulSoup(client.get("/en/", HTTP_HOST=host).content, "html.parser").footer
    assert footer.find("a", href="mailto:team@spark.example.net") is not None

    event = EventPage.objects.get(
        slug="spark-social-enterprise-day-2019", locale__language_code="en"
    )
    html = BeautifulSoup(client.get(event.url, HTTP_HOST=host).content, "html.parser")
    address = " ".join(html.find("address").get_text(" ").split())
    assert "1000 Brussels" in address and "Belgium" in address
    assert "Brussel " not in address + " " and "België" not in address


def test_an_earlier_demo_placeholder_address_is_replaced_but_an_editors_is_kept():
    call_command("load_demo_content", stdout=io.StringIO())
    settings = SiteSettings.load()
    settings.contact_email = "contact@example.org"
    settings.save()
    call_command("load_demo_content", stdout=io.StringIO())
    assert SiteSettings.load().contact_email == "contact@spark-social-enterprise.eu"
    settings = SiteSettings.load()
    settings.contact_email = "editors@spark.example.net"
    settings.save()
    call_command("load_demo_content", stdout=io.StringIO())
    assert SiteSettings.load().contact_email == "editors@spark.example.net"
