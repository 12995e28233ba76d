"""Adds the directory page and the fictional demo enterprises; running it again adds only what is missing."""

import datetime
import io
from decimal import Decimal
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction

from directory.demo.enterprises import ENTERPRISES
from directory.models import (
    Certification,
    DirectoryPage,
    Enterprise,
    ImpactFigure,
    ImpactPage,
    Indicator,
    Innovation,
    Origin,
    Sector,
    SustainableDevelopmentGoal,
)
from home.demo.data_files import Entry, read
from home.demo.images import monogram
from home.models import CustomImage

DIRECTORY_PAGE = Entry(
    "directory page", required=("title", "slug", "intro"), optional=("search_description",)
)
PAGES = Entry(
    "pages file",
    required=("directory", "impact"),
    nested={"directory": DIRECTORY_PAGE, "impact": DIRECTORY_PAGE},
)
DIRECTORY = read(Path(__file__).with_name("pages.yaml"), PAGES)["directory"]
IMPACT = read(Path(__file__).with_name("pages.yaml"), PAGES)["impact"]
# Every fourth demo enterprise shows its first impact figure over three years.
HISTORY_EVERY = 4
HISTORY_SHARES = (Decimal("0.62"), Decimal("0.81"))
FEATURED_SLUG_COUNT = 6
REVIEWED_ON = datetime.date(2026, 11, 2)


def ensure_menu_page(home, model, fields, after=None):
    """The home page's child of this type, published in the menu: right after `after`, or first,
    since the directory is what most visitors come for."""
    existing = model.objects.child_of(home).first()
    if existing:
        return existing
    page = model(show_in_menus=True, **fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    if after is not None:
        page.move(after, pos="right")
    elif (first := home.get_children().first()) and first.pk != page.pk:
        page.move(first, pos="left")
    return page


def ensure_directory_page(home):
    return ensure_menu_page(home, DirectoryPage, DIRECTORY)


def featured_slugs():
    """One enterprise from each country first, then the next in the list, up to six."""
    chosen, countries = [], set()
    for data in ENTERPRISES:
        if data["country"] not in countries and (data["impact"] or data["innovations"]):
            chosen.append(data["slug"])
            countries.add(data["country"])
    for data in ENTERPRISES:
        if len(chosen) >= FEATURED_SLUG_COUNT:
            break
        if data["slug"] not in chosen and data["impact"]:
            chosen.append(data["slug"])
    return set(chosen[:FEATURED_SLUG_COUNT])


class DirectoryDemoLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self, home):
        directory = ensure_directory_page(home)
        ensure_menu_page(home, ImpactPage, IMPACT, after=directory)
        existing = set(Enterprise.objects.values_list("slug", flat=True))
        sectors = {sector.slug: sector for sector in Sector.objects.all()}
        goals = {goal.number: goal for goal in SustainableDevelopmentGoal.objects.all()}
        certifications = {item.slug: item for item in Certification.objects.all()}
        self.indicators = {item.code: item for item in Indicator.objects.all()}
        featured = featured_slugs()
        created = 0
        for position, data in enumerate(ENTERPRISES):
            if data["slug"] in existing:
                self.map_figures(data)
                continue
            self.create(position, data, sectors, goals, certifications, data["slug"] in featured)
            created += 1
        if created:
            self.log(f"Added {created} demo enterprises")
        return directory

    def create(self, position, data, sectors, goals, certifications, featured):
        data = dict(data)
        innovations = data.pop("innovations")
        impact = data.pop("impact")
        sector_slugs = data.pop("sectors")
        goal_numbers = data.pop("sdgs")
        certification_slugs = data.pop("certifications")
        enterprise = Enterprise(
            origin=Origin.DEMO,
            is_featured=featured,
            last_reviewed=REVIEWED_ON,
            logo=self.logo(data["name"]),
            **data,
        )
        enterprise.sectors.set([sectors[slug] for slug in sector_slugs])
        enterprise.sdgs.set([goals[number] for number in goal_numbers])
        enterprise.certifications.set([certifications[slug] for slug in certification_slugs])
        enterprise.innovations.set(
            [Innovation(sort_order=index, **item) for index, item in enumerate(innovations)]
        )
        enterprise.impact_figures.set(self.figures(position, impact, goals))
        enterprise.save()
        enterprise.save_revision().publish()
        return enterprise

    def map_figures(self, data):
        """Demo figures loaded before the indicator catalogue existed take their indicator."""
        for item in data["impact"]:
            if "indicator_code" in item:
                ImpactFigure.objects.filter(
                    enterprise__slug=data["slug"],
                    enterprise__origin=Origin.DEMO,
                    indicator=item["indicator"],
                    catalogue_indicator=None,
                ).update(catalogue_indicator=self.indicators[item["indicator_code"]])

    def figures(self, position, impact, goals):
        figures = []
        for index, item in enumerate(impact):
            item = dict(item)
            verified = item.pop("verified")
            sdg_number = item.pop("sdg", None)
            sdg = goals.get(sdg_number) if sdg_number else None
            indicator = self.indicators.get(item.pop("indicator_code", None))
            figures.append(
                ImpactFigure(
                    sort_order=len(figures),
                    catalogue_indicator=indicator,
                    sdg=sdg,
                    verified=verified,
                    verified_on=REVIEWED_ON if verified else None,
                    **item,
                )
            )
            if index == 0 and position % HISTORY_EVERY == 0:
                for years_back, share in zip((2, 1), HISTORY_SHARES, strict=True):
                    figures.append(
                        ImpactFigure(
                            sort_order=len(figures),
                            catalogue_indicator=indicator,
                            indicator=item["indicator"],
                            unit=item["unit"],
                            value=(Decimal(str(item["value"])) * share).quantize(Decimal("1")),
                            year=item["year"] - years_back,
                            sdg=sdg,
                            source_url=item["source_url"],
                        )
                    )
        return figures

    @staticmethod
    def logo(name):
        title = f"Demo logo: {name}"
        existing = CustomImage.objects.filter(title=title).first()
        if existing:
            return existing
        return CustomImage.objects.create(
            title=title,
            alt_text="",
            file=ImageFile(io.BytesIO(monogram(name, size=320)), name="demo-logo.png"),
        )
