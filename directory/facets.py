"""Facet counts: results per country, sector and goal, with the other filters applied.

All three come from one query. The enterprises matching the words and the non-facet filters
are found once (a materialized CTE); each facet then counts them with the other two facets'
filters applied, so that choosing a country still shows every sector that has results in it.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Count
from django_countries import countries

from directory.models import Enterprise

THROUGH_SECTORS = "directory_enterprise_sectors"
THROUGH_GOALS = "directory_enterprise_sdgs"


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    colour: str = ""
    text_colour: str = ""


def _in_list(column, values):
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


def _conditions(selected, leave_out, rows):
    """SQL conditions on the CTE `rows` for every facet filter except `leave_out`."""
    clauses, params = [], []
    if selected["country"] and leave_out != "country":
        clause, values = _in_list(f"{rows}.country", selected["country"])
        clauses.append(clause)
        params += values
    if selected["sector"] and leave_out != "sector":
        clause, values = _in_list("sector_id", selected["sector"])
        clauses.append(f"{rows}.id IN (SELECT ms.id FROM ms WHERE {clause})")  # noqa: S608
        params += values
    if selected["sdg"] and leave_out != "sdg":
        clause, values = _in_list("goal", selected["sdg"])
        clauses.append(f"{rows}.id IN (SELECT mg.id FROM mg WHERE {clause})")  # noqa: S608
        params += values
    return (" AND ".join(clauses) or "1 = 1"), params


def separate_counts(match_set, selected):
    """The same counts as three plain queries: best when no words narrow the set, as each then
    reads only narrow indexes instead of materialising every live enterprise."""
    counts = {}
    base = match_set.order_by()
    sectors = Enterprise.sectors.through.objects
    goals = Enterprise.sdgs.through.objects

    def narrowed(leave_out):
        queryset = base
        if selected["country"] and leave_out != "country":
            queryset = queryset.filter(country__in=selected["country"])
        if selected["sector"] and leave_out != "sector":
            chosen = sectors.filter(sector_id__in=selected["sector"]).values("enterprise_id")
            queryset = queryset.filter(pk__in=chosen)
        if selected["sdg"] and leave_out != "sdg":
            chosen = goals.filter(sustainabledevelopmentgoal_id__in=selected["sdg"])
            queryset = queryset.filter(pk__in=chosen.values("enterprise_id"))
        return queryset

    counts["country"] = dict(
        narrowed("country").values_list("country").annotate(n=Count("pk")).order_by()
    )
    counts["sector"] = {
        str(key): value
        for key, value in sectors.filter(enterprise_id__in=narrowed("sector").values("pk"))
        .values_list("sector_id")
        .annotate(n=Count("enterprise_id"))
        .order_by()
    }
    counts["sdg"] = {
        str(key): value
        for key, value in goals.filter(enterprise_id__in=narrowed("sdg").values("pk"))
        .values_list("sustainabledevelopmentgoal_id")
        .annotate(n=Count("enterprise_id"))
        .order_by()
    }
    return counts


def facet_counts(match_set, selected):
    """{facet: {value: count}} for the enterprises of `match_set` (a queryset of id, country)."""
    base_sql, base_params = match_set.values("id", "country").query.sql_with_params()
    materialized = "MATERIALIZED " if connection.vendor in ("postgresql", "sqlite") else ""
    country_where, country_params = _conditions(selected, "country", "m")
    sector_where, sector_params = _conditions(selected, "sector", "ms")
    goal_where, goal_params = _conditions(selected, "sdg", "mg")
    # ms and mg carry each match's country, so no facet has to join back to m.
    sql = f"""
        WITH m AS {materialized}({base_sql}),
        ms AS {materialized}(
            SELECT m.id, m.country, t.sector_id
            FROM {THROUGH_SECTORS} t JOIN m ON m.id = t.enterprise_id
        ),
        mg AS {materialized}(
            SELECT m.id, m.country, t.sustainabledevelopmentgoal_id AS goal
            FROM {THROUGH_GOALS} t JOIN m ON m.id = t.enterprise_id
        )
        SELECT 'country', m.country, COUNT(*) FROM m WHERE {country_where} GROUP BY m.country
        UNION ALL
        SELECT 'sector', CAST(ms.sector_id AS TEXT), COUNT(*) FROM ms
            WHERE {sector_where} GROUP BY ms.sector_id
        UNION ALL
        SELECT 'sdg', CAST(mg.goal AS TEXT), COUNT(*) FROM mg WHERE {goal_where} GROUP BY mg.goal
    """  # noqa: S608 - only constant names and placeholders are interpolated
    counts = {"country": {}, "sector": {}, "sdg": {}}
    with connection.cursor() as cursor:
        cursor.execute(sql, [*base_params, *country_params, *sector_params, *goal_params])
        for facet, value, count in cursor.fetchall():
            counts[facet][value] = count
    return counts


def build_facets(filterset, search, vocabulary):
    """Options in use for each facet, counted with every other active filter, and the total."""
    cleaned = filterset.form.cleaned_data
    selected_codes = set(cleaned.get("country") or [])
    selected_slugs = set(cleaned.get("sector") or [])
    selected_goals = set(cleaned.get("sdg") or [])
    selected = {
        "country": sorted(selected_codes),
        "sector": sorted(s.pk for s in vocabulary.sectors if s.slug in selected_slugs),
        "sdg": sorted(int(number) for number in selected_goals),
    }
    match_set = search(filterset.queryset_without("country", "sector", "sdg"))
    # With words, find the matches once and count them in one query; without, read indexes.
    counts = (facet_counts if filterset.query else separate_counts)(match_set, selected)
    by_country, by_sector, by_goal = counts["country"], counts["sector"], counts["sdg"]

    country_options = sorted(
        (
            FacetOption(code, countries.name(code), by_country.get(code, 0), code in selected_codes)
            for code in set(by_country) | selected_codes
        ),
        key=lambda option: (-option.count, option.label),
    )
    sector_options = [
        FacetOption(
            sector.slug,
            sector.name,
            by_sector.get(str(sector.pk), 0),
            sector.slug in selected_slugs,
        )
        for sector in vocabulary.sectors
        if str(sector.pk) in by_sector or sector.slug in selected_slugs
    ]
    goal_options = [
        FacetOption(
            str(goal.number),
            f"{goal.number}. {goal.name}",
            by_goal.get(str(goal.number), 0),
            str(goal.number) in selected_goals,
            goal.colour,
            goal.text_colour,
        )
        for goal in vocabulary.goals
        if str(goal.number) in by_goal or str(goal.number) in selected_goals
    ]
    codes = selected_codes or set(by_country)
    total = sum(by_country.get(code, 0) for code in codes)
    return {"country": country_options, "sector": sector_options, "sdg": goal_options}, total


MOST_USED = 5


def most_used(options, limit=MOST_USED):
    """(shown, rest): the `limit` options with most results plus every selected one, by count,
    and the others in their usual order, for a facet that shows its common values first."""
    ranked = sorted(options, key=lambda option: -option.count)  # stable: ties keep their order
    top = {id(option) for option in ranked[:limit]}
    shown = [option for option in ranked if id(option) in top or option.selected]
    rest = [option for option in options if id(option) not in {id(o) for o in shown}]
    return shown, rest
