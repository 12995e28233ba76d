"""Factories for the editorial side: images, organisations and pages. Pages need parent=..."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from home.models import (
    CustomImage,
    EventIndexPage,
    EventPage,
    HomePage,
    Organisation,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CustomImage

    title = factory.Sequence(lambda n: f"Image {n}")
    alt_text = "A test picture"
    file = factory.django.ImageField(width=320, height=180)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    website = factory.LazyAttribute(lambda o: f"https://org{o.name.split()[-1]}.example.org")
    country = "BE"
    short_description = "Supports social enterprises."


def page_factory(model, **fields):
    """A factory for a page type, titled "<Type> <n>" unless the fields say otherwise."""
    name = str(model._meta.verbose_name).capitalize()
    fields.setdefault("title", factory.Sequence(lambda n: f"{name} {n}"))
    return factory.make_factory(model, FACTORY_CLASS=wagtail_factories.PageFactory, **fields)


HomePageFactory = page_factory(HomePage, title="Home", intro="A movement of social enterprises.")
EventIndexPageFactory = page_factory(EventIndexPage, title="Events", slug="events")
StoryIndexPageFactory = page_factory(StoryIndexPage, title="Stories", slug="stories")
StandardPageFactory = page_factory(
    StandardPage,
    intro="About this page.",
    body='[{"type": "paragraph", "value": "<p>Some words.</p>"}]',
)
EventPageFactory = page_factory(
    EventPage,
    summary="A day of workshops.",
    start_date=factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30)),
    end_date=factory.LazyAttribute(lambda o: o.start_date),
    venue_name="Les Ateliers des Tanneurs",
    street_address="Huidevettersstraat 60A",
    postal_code="1000",
    city="Brussel",
    country="BE",
)
StoryPageFactory = page_factory(
    StoryPage,
    intro="What happened.",
    date=factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n)),
    body='[{"type": "paragraph", "value": "<p>The story.</p>"}]',
)
