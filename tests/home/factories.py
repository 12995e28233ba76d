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


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    intro = "A movement of social enterprises."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "About this page."
    body = '[{"type": "paragraph", "value": "<p>Some words.</p>"}]'


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "A day of workshops."
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    end_date = factory.LazyAttribute(lambda o: o.start_date)
    venue_name = "Les Ateliers des Tanneurs"
    street_address = "Huidevettersstraat 60A"
    postal_code = "1000"
    city = "Brussel"
    country = "BE"


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Stories"
    slug = "stories"


class StoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryPage

    title = factory.Sequence(lambda n: f"Story {n}")
    intro = "What happened."
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    body = '[{"type": "paragraph", "value": "<p>The story.</p>"}]'
