"""Facet counts: results per country, sector and goal, with the other filters applied."""

from dataclasses import dataclass

from django.db.models import Count
from django_countries import countries

from directory.models import Enterprise


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    colour: str = ""
    text_colour: str = ""


def _counts(rows):
    return {key: count for key, count in rows}


def country_counts(queryset):
    return _counts(queryset.order_by().values_list("country").annotate(n=Count("pk")))


def sector_counts(queryset):
    links = Enterprise.sectors.through.objects.filter(enterprise_id__in=queryset.values("pk"))
    return _counts(links.order_by().values_list("sector_id").annotate(n=Count("enterprise_id")))


def goal_counts(queryset):
    links = Enterprise.sdgs.through.objects.filter(enterprise_id__in=queryset.values("pk"))
    return _counts(
        links.order_by()
        .values_list("sustainabledevelopmentgoal_id")
        .annotate(n=Count("enterprise_id"))
    )


def build_facets(filterset, search, vocabulary):
    """Options in use for each facet, counted with every other active filter and the search."""

    def narrowed(without):
        return search(filterset.queryset_without(without))

    selected = {
        name: set(filterset.form.cleaned_data.get(name) or [])
        for name in ("country", "sector", "sdg")
    }

    by_country = country_counts(narrowed("country"))
    by_sector = sector_counts(narrowed("sector"))
    by_goal = goal_counts(narrowed("sdg"))

    country_options = sorted(
        (
            FacetOption(
                code, countries.name(code), by_country.get(code, 0), code in selected["country"]
            )
            for code in set(by_country) | selected["country"]
        ),
        key=lambda option: (-option.count, option.label),
    )
    sector_options = [
        FacetOption(
            sector.slug, sector.name, by_sector.get(sector.pk, 0), sector.slug in selected["sector"]
        )
        for sector in vocabulary.sectors
        if sector.pk in by_sector or sector.slug in selected["sector"]
    ]
    goal_options = [
        FacetOption(
            str(goal.number),
            f"{goal.number}. {goal.name}",
            by_goal.get(goal.number, 0),
            str(goal.number) in selected["sdg"],
            goal.colour,
            goal.text_colour,
        )
        for goal in vocabulary.goals
        if goal.number in by_goal or str(goal.number) in selected["sdg"]
    ]
    if selected["country"]:
        total = sum(by_country.get(code, 0) for code in selected["country"])
    else:
        total = sum(by_country.values())
    return {"country": country_options, "sector": sector_options, "sdg": goal_options}, total
