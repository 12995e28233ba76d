"""Factories for the directory: profiles as editors publish them, submissions, its page."""

import factory
from django.utils import timezone
from django.utils.text import slugify

from directory.models import (
    Certification,
    DirectoryPage,
    Enterprise,
    ImpactFigure,
    ImpactPage,
    Innovation,
    Sector,
    Submission,
    SustainableDevelopmentGoal,
)
from tests.home.factories import page_factory

DirectoryPageFactory = page_factory(
    DirectoryPage, title="Directory", slug="directory", intro="Find social enterprises."
)

ImpactPageFactory = page_factory(
    ImpactPage, title="Impact", slug="impact", intro="What the enterprises achieve together."
)


class EnterpriseFactory(factory.django.DjangoModelFactory):
    """A profile with a revision, published (and so indexed for search) unless draft=True.

    Relations take what a visitor filters by: sectors=["energy"], sdgs=[7, 13],
    certifications=["b-corp"];
    innovations and impact_figures take a list of field dicts.
    """

    class Meta:
        model = Enterprise
        skip_postgeneration_save = True

    class Params:
        draft = factory.Trait(live=False)

    name = factory.Sequence(lambda n: f"Enterprise {n:03d}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    summary = factory.LazyAttribute(lambda o: f"{o.name} does useful things.")
    description = "A social enterprise."
    country = "BE"
    city = "Gent"
    region = "Oost-Vlaanderen"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Saved by _after_postgeneration, once its relations are set, as the admin saves it.
        return model_class(*args, **kwargs)

    @factory.post_generation
    def sectors(obj, create, extracted, **kwargs):
        slugs = ["circular-economy"] if extracted is None else extracted
        if create:
            obj.sectors.set(Sector.objects.filter(slug__in=slugs))

    @factory.post_generation
    def sdgs(obj, create, extracted, **kwargs):
        numbers = [12] if extracted is None else extracted
        if create:
            obj.sdgs.set(SustainableDevelopmentGoal.objects.filter(number__in=numbers))

    @factory.post_generation
    def certifications(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.certifications.set(Certification.objects.filter(slug__in=extracted))

    @factory.post_generation
    def innovations(obj, create, extracted, **kwargs):
        if create:
            obj.innovations.set([Innovation(**fields) for fields in extracted or ()])

    @factory.post_generation
    def impact_figures(obj, create, extracted, **kwargs):
        if create:
            obj.impact_figures.set([ImpactFigure(**fields) for fields in extracted or ()])

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if not create:
            return
        instance.save()
        revision = instance.save_revision()
        if instance.live:
            revision.publish()
            instance.refresh_from_db()


class SubmissionFactory(factory.django.DjangoModelFactory):
    """Who sent a listing; confirmed=True when they followed the e-mail's link."""

    class Meta:
        model = Submission

    class Params:
        confirmed = factory.Trait(confirmed_at=factory.LazyFunction(timezone.now))

    enterprise = factory.SubFactory(EnterpriseFactory)
    submitter_name = "An Peeters"
    submitter_email = factory.Sequence(lambda n: f"submitter{n}@example.org")
    consented_at = factory.LazyFunction(timezone.now)
