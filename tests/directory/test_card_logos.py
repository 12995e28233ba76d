"""The logo on an enterprise's result card: the rendition made for it, made on first sight, and a
card still shown when the logo's file is gone."""

import pytest
from bs4 import BeautifulSoup

from directory.cards import render_cards
from directory.models import Enterprise
from directory.models.querysets import LOGO_RENDITION
from tests.directory.factories import EnterpriseFactory
from tests.home.factories import ImageFactory

pytestmark = pytest.mark.django_db


def card_of(enterprise):
    """The enterprise's card, rendered as a page of results renders it."""
    card = render_cards(Enterprise.objects.filter(pk=enterprise.pk))[enterprise.pk]
    return BeautifulSoup(card, "html.parser")


def test_a_logo_seen_for_the_first_time_gets_its_rendition_on_the_card(directory_page):
    enterprise = EnterpriseFactory(name="Atelier Lumière", logo=ImageFactory())
    assert not enterprise.logo.renditions.exists()

    first = card_of(enterprise).select_one("img.enterprise-card__logo")["src"]
    rendition = enterprise.logo.renditions.get(filter_spec=LOGO_RENDITION)
    assert first == rendition.url
    assert rendition.url.endswith(".webp")

    # Seen again, the card reads the same rendition and makes no other.
    assert card_of(enterprise).select_one("img.enterprise-card__logo")["src"] == first
    assert enterprise.logo.renditions.count() == 1


def test_a_logo_whose_file_is_gone_still_leaves_the_card(directory_page):
    enterprise = EnterpriseFactory(name="Verloren Beeld", logo=ImageFactory())
    enterprise.logo.file.storage.delete(enterprise.logo.file.name)

    card = card_of(enterprise)

    assert card.select_one(".card__title a").get_text() == "Verloren Beeld"
    assert card.select_one("img.enterprise-card__logo") is not None
    assert not enterprise.logo.renditions.exists()
