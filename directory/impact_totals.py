"""What the enterprises achieve together: their verified impact figures, added up honestly.

Only indicators from the catalogue that add up are totalled, and only figures an editor has
verified. Each enterprise counts once per indicator, with its latest verified year: one
enterprise's years are never added together, since most figures are yearly flows that repeat.
Should an enterprise report the same indicator twice for that year, the larger figure counts.
The splits by country, sector and goal use the enterprise's own country, sectors and goals; an
enterprise in two sectors counts in each, so a split's rows may add up to more than the total.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django_countries import countries

from directory.models import Enterprise, ImpactFigure, Indicator
from directory.models.impact import Aggregation
from directory.models.translated_names import by_translated_name

SPLITS = ("country", "sector", "sdg")


@dataclass
class Share:
    """One row of a split: the part of a total from the enterprises with one country, sector
    or goal. `parameter` and `value` are the directory's, so the row links to them."""

    parameter: str
    value: str
    label: str
    total: Decimal
    enterprises: int


@dataclass
class IndicatorTotal:
    indicator: Indicator
    total: Decimal
    enterprise_ids: set
    first_year: int
    last_year: int
    splits: dict = field(default_factory=dict)

    @property
    def enterprises(self):
        return len(self.enterprise_ids)


@dataclass
class ImpactSummary:
    totals: list
    # Figures of added-up indicators that no editor has verified: left out of every total.
    unverified: int
    # Verified figures of earlier years, behind a later one of the same enterprise.
    earlier_years: int
    # Figures outside the catalogue, or of indicators that are not added up.
    not_added_up: int
    enterprises: int

    @property
    def contributors(self):
        return len(set().union(*(total.enterprise_ids for total in self.totals)))


def latest_verified(rows):
    """{(indicator, enterprise): value} for the latest year, from (enterprise, indicator, year,
    value) rows of verified figures."""
    latest = {}
    for enterprise_id, indicator_id, year, value in rows:
        key = (indicator_id, enterprise_id)
        if key not in latest or (year, value) > latest[key]:
            latest[key] = (year, value)
    return latest


def impact_summary(enterprises, vocabulary, count=None):
    """The totals over a queryset of enterprises (`count` of them, if already counted), with the
    counts of what was left out and why."""
    figures = ImpactFigure.objects.filter(
        enterprise_id__in=enterprises.order_by().values("pk")
    ).values_list(
        "enterprise_id",
        "catalogue_indicator_id",
        "catalogue_indicator__aggregation",
        "year",
        "value",
        "verified",
    )
    counted, unverified, not_added_up = [], 0, 0
    for enterprise_id, indicator_id, aggregation, year, value, verified in figures:
        if indicator_id is None or aggregation != Aggregation.SUM:
            not_added_up += 1
        elif not verified:
            unverified += 1
        else:
            counted.append((enterprise_id, indicator_id, year, value))
    latest = latest_verified(counted)
    totals = _totals(latest, vocabulary)
    return ImpactSummary(
        totals=totals,
        unverified=unverified,
        earlier_years=len(counted) - len(latest),
        not_added_up=not_added_up,
        enterprises=enterprises.count() if count is None else count,
    )


def _totals(latest, vocabulary):
    by_indicator = {}
    for (indicator_id, enterprise_id), (year, value) in latest.items():
        by_indicator.setdefault(indicator_id, {})[enterprise_id] = (year, value)
    indicators = Indicator.objects.in_bulk(by_indicator)
    places = _places({enterprise for values in by_indicator.values() for enterprise in values})
    totals = []
    for indicator in by_translated_name(indicators.values()):
        values = by_indicator[indicator.pk]
        years = [year for year, _value in values.values()]
        total = IndicatorTotal(
            indicator=indicator,
            total=sum((value for _year, value in values.values()), Decimal(0)),
            enterprise_ids=set(values),
            first_year=min(years),
            last_year=max(years),
        )
        total.splits = {name: _split(name, values, places[name], vocabulary) for name in SPLITS}
        totals.append(total)
    return totals


def _places(enterprise_ids):
    """{split: {enterprise: [values]}}: each contributing enterprise's country, sectors, goals."""
    places = {name: {} for name in SPLITS}
    for pk, country in Enterprise.objects.filter(pk__in=enterprise_ids).values_list(
        "pk", "country"
    ):
        places["country"][pk] = [country]
    links = Enterprise.sectors.through.objects.filter(enterprise_id__in=enterprise_ids)
    for pk, slug in links.values_list("enterprise_id", "sector__slug"):
        places["sector"].setdefault(pk, []).append(slug)
    links = Enterprise.sdgs.through.objects.filter(enterprise_id__in=enterprise_ids)
    for pk, number in links.values_list("enterprise_id", "sustainabledevelopmentgoal_id"):
        places["sdg"].setdefault(pk, []).append(str(number))
    return places


def _label(name, value, vocabulary):
    if name == "country":
        return countries.name(value)
    if name == "sector":
        return vocabulary.sector_by_slug[value].translated_name
    return vocabulary.goal_by_number[int(value)].numbered_name


def _split(name, values, places, vocabulary):
    rows = {}
    for enterprise_id, (_year, value) in values.items():
        for key in places.get(enterprise_id, []):
            total, enterprises = rows.get(key, (Decimal(0), 0))
            rows[key] = (total + value, enterprises + 1)
    shares = [
        Share(name, key, _label(name, key, vocabulary), total, enterprises)
        for key, (total, enterprises) in rows.items()
    ]
    return sorted(shares, key=lambda share: (-share.total, share.label))
