"""Facet counts: results per country, sector, goal and certification, results with verified
impact, each with the other filters applied, and the number of results, all from one query.

Each facet counts the enterprises that match the words and every filter except its own, so that
choosing a country still shows every sector that has results in it. The total is counted with
every filter applied.

The statement takes one of three shapes, chosen by timing them on 10,000 and 100,000 enterprises:
- with words on PostgreSQL, the matches are found once in the narrow rows kept for this
  (EnterpriseSearchRow: the search vector and each facet's values, the links as arrays) and
  counted from there in one statement, each array unnested once; at 100,000 enterprises a
  common word's counts take about half as long as through the enterprises' own table and
  their link tables;
- with words on SQLite, the matches are found once (a materialised CTE) and counted from there,
  since searching again in each count takes two to four times as long;
- without words, each count reads the filtered enterprises through its own narrow indexes,
  since materialising every live enterprise first takes up to twice as long on PostgreSQL and
  three to six times as long on SQLite. Letting the planner inline the CTE instead is far
  slower still (seconds on PostgreSQL once filters combine).
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, F
from django_countries import countries

from directory.filters import IMPACT_CHOICES, VERIFIED_IMPACT
from directory.models import Enterprise, EnterpriseSearchRow, ImpactFigure
from directory.models.translated_names import by_translated_name
from directory.names import sort_key
from showcase.page_cache import kept

THROUGH_SECTORS = "directory_enterprise_sectors"
THROUGH_GOALS = "directory_enterprise_sdgs"
THROUGH_CERTIFICATIONS = Enterprise.certifications.through._meta.db_table
FIGURES = ImpactFigure._meta.db_table
# Each many-to-many facet: the through model and its column naming the facet's value.
THROUGH = {
    "sector": (Enterprise.sectors.through, "sector_id"),
    "sdg": (Enterprise.sdgs.through, "sustainabledevelopmentgoal_id"),
    "certification": (Enterprise.certifications.through, "certification_id"),
}
# Each facet counted over the matches' links: its rows (a CTE below) and their value column.
# `impact` has one value: its rows are the matches with a verified figure.
LINKED = (
    ("sector", "ms", "sector_id"),
    ("sdg", "mg", "goal"),
    ("certification", "mc", "certification_id"),
    ("impact", "mi", None),
)
# Each many-to-many facet on a search row: its array column and the type of its values.
ARRAYS = (
    ("sector", "sectors", "bigint"),
    ("sdg", "goals", "int"),
    ("certification", "certifications", "bigint"),
)
FACETS = ("country", "sector", "sdg", "certification", "impact")
TOTAL = "total"
PAGE = "page"


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    colour: str = ""
    text_colour: str = ""


def _named_options(items, counts, selected):
    """Options for vocabulary rows with a slug, in the visitor's alphabetical order: those with
    results, and those chosen even without."""
    return [
        FacetOption(
            item.slug, item.translated_name, counts.get(str(item.pk), 0), item.slug in selected
        )
        for item in by_translated_name(items)
        if str(item.pk) in counts or item.slug in selected
    ]


def _in_list(column, values):
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


def _conditions(selected, leave_out, rows):
    """SQL conditions on the CTE `rows` for every facet filter except `leave_out`."""
    clauses, params = [], []
    if selected["country"] and leave_out != "country":
        clause, values = _in_list(f"{rows}.country", selected["country"])
        clauses.append(clause)
        params += values
    for facet, table, column in LINKED:
        if not selected[facet] or leave_out == facet:
            continue
        if column is None:
            clauses.append(f"{rows}.id IN (SELECT {table}.id FROM {table})")  # noqa: S608
            continue
        clause, values = _in_list(column, selected[facet])
        clauses.append(f"{rows}.id IN (SELECT {table}.id FROM {table} WHERE {clause})")  # noqa: S608
        params += values
    return (" AND ".join(clauses) or "1 = 1"), params


def _links_of_matches(table, column, alias=None):
    """SELECT id, country and the facet's value (`column`, named `alias`) for each link of each
    match in m, from the `table` linking enterprises to the facet's values."""
    alias = alias or column
    if connection.vendor == "postgresql":
        # As a lateral join PostgreSQL reads the matches' links in the table's index order
        # rather than hashing the whole table, which it otherwise does, overestimating how many
        # enterprises words match: half the time at 10,000 enterprises and at 100,000.
        return f"""
            SELECT m.id, m.country, t.{column} AS {alias}
            FROM m CROSS JOIN LATERAL (
                SELECT {column} FROM {table} WHERE {table}.enterprise_id = m.id
            ) t
        """  # noqa: S608 - constant names only
    return (
        f"SELECT m.id, m.country, t.{column} AS {alias} "  # noqa: S608 - constant names only
        f"FROM {table} t JOIN m ON m.id = t.enterprise_id"
    )


def _counted_once(match_set, selected):
    """(sql, params): the matches found once, then counted for each facet and in total."""
    # Unordered: ordered by name, PostgreSQL reads every enterprise through the name's index.
    base_sql, params = match_set.order_by().values("id", "country").query.sql_with_params()
    goals = _links_of_matches(THROUGH_GOALS, "sustainabledevelopmentgoal_id", "goal")
    # ms, mg, mc and mi carry each match's country, so no facet has to join back to m.
    sql = f"""
        WITH m AS MATERIALIZED ({base_sql}),
        ms AS MATERIALIZED ({_links_of_matches(THROUGH_SECTORS, "sector_id")}),
        mg AS MATERIALIZED ({goals}),
        mc AS MATERIALIZED ({_links_of_matches(THROUGH_CERTIFICATIONS, "certification_id")}),
        mi AS MATERIALIZED (
            SELECT m.id, m.country FROM m WHERE EXISTS (
                SELECT 1 FROM {FIGURES} f WHERE f.enterprise_id = m.id AND f.verified = %s
            )
        )
    """  # noqa: S608 - only constant names and the ORM's own SQL are interpolated
    params = [*params, True]
    branches = []
    for facet, rows, value in (
        ("country", "m", "m.country"),
        ("sector", "ms", "ms.sector_id"),
        ("sdg", "mg", "mg.goal"),
        ("certification", "mc", "mc.certification_id"),
        ("impact", "mi", f"'{VERIFIED_IMPACT}'"),
        (TOTAL, "m", "''"),
    ):
        where, where_params = _conditions(selected, facet, rows)
        # One count for a facet of one value (PostgreSQL refuses to group by a constant).
        group = f" GROUP BY {value}" if facet not in ("impact", TOTAL) else ""
        branches.append(
            f"SELECT '{facet}', CAST({value} AS TEXT), COUNT(*) FROM {rows} WHERE {where}{group}"  # noqa: S608
        )
        params += where_params
    return sql + " UNION ALL ".join(branches), params


def _array_conditions(selected, leave_out):
    """SQL conditions on the search rows `m` for every facet filter except `leave_out`: a
    row passes a facet when it holds any of the values chosen there."""
    clauses, params = [], []
    if selected["country"] and leave_out != "country":
        clause, values = _in_list("m.country", selected["country"])
        clauses.append(clause)
        params += values
    for facet, column, kind in ARRAYS:
        if selected[facet] and leave_out != facet:
            clauses.append(f"m.{column} && %s::{kind}[]")
            params.append(list(selected[facet]))
    if selected["impact"] and leave_out != "impact":
        clauses.append("m.verified")
    return (" AND ".join(clauses) or "1 = 1"), params


_UNNESTED = "FROM (SELECT unnest(m.{column}) AS v FROM m WHERE {{where}}) x GROUP BY v"
# (facet, value, FROM ... clause with a {where} slot) for each count over the search rows `m`.
ROW_COUNTS = (
    ("country", "m.country", "FROM m WHERE {where} GROUP BY m.country"),
    *((facet, "v", _UNNESTED.format(column=column)) for facet, column, _ in ARRAYS),
    ("impact", f"'{VERIFIED_IMPACT}'", "FROM m WHERE m.verified AND {where}"),
    (TOTAL, "''", "FROM m WHERE {where}"),
)


def _counted_in_rows(rows, selected, page=None):
    """(sql, params): the matching search rows found once, then counted for each facet and in
    total (PostgreSQL). With `page` (offset, size), the ids of that page of the results by
    relevance too (the last page if the offset is past them), as ("page", id, position) rows:
    the rank is computed in the same pass, so the results need no second one."""
    columns = ["enterprise_id", "country", "sectors", "goals", "certifications", "verified"]
    if page:
        columns += ["rank", "sort_name"]
    base_sql, params = rows.order_by().values(*columns).query.sql_with_params()
    branches, params = [], list(params)
    for facet, value, source in ROW_COUNTS:
        where, where_params = _array_conditions(selected, facet)
        branches.append(
            f"SELECT '{facet}', CAST({value} AS TEXT), COUNT(*) " + source.format(where=where)
        )
        params += where_params
    if page:
        where, where_params = _array_conditions(selected, TOTAL)
        branches.append(PAGE_OF_ROWS.format(where=where))
        offset, size = page
        params += [*where_params, size, offset, size, size, *where_params]
    # Only constant names and the ORM's own SQL are interpolated.
    sql = f"WITH m AS MATERIALIZED ({base_sql}) " + " UNION ALL ".join(branches)  # noqa: S608
    return sql, params


# The order of directory.listing.ORDERINGS["relevance"]: rank, then name, then id. An offset
# past the results reads the last page, as the paginator shows it.
PAGE_OF_ROWS = """
    SELECT 'page', CAST(p.enterprise_id AS TEXT),
        row_number() OVER (ORDER BY p.rank DESC, p.sort_name, p.enterprise_id)
    FROM (
        SELECT enterprise_id, rank, sort_name FROM m WHERE {where}
        ORDER BY rank DESC, sort_name, enterprise_id
        LIMIT %s OFFSET LEAST(%s, (SELECT GREATEST(COUNT(*) - 1, 0) / %s * %s FROM m WHERE {where}))
    ) p
"""


def _counted_apart(match_set, selected):
    """(sql, params): each facet and the total counted by a query of its own kind, in one go."""
    base = match_set.order_by()
    verified = ImpactFigure.objects.filter(verified=True).values("enterprise_id")

    def narrowed(leave_out):
        queryset = base
        if selected["country"] and leave_out != "country":
            queryset = queryset.filter(country__in=selected["country"])
        for facet, (through, column) in THROUGH.items():
            if selected[facet] and leave_out != facet:
                chosen = through.objects.filter(**{f"{column}__in": selected[facet]})
                queryset = queryset.filter(pk__in=chosen.values("enterprise_id"))
        if selected["impact"] and leave_out != "impact":
            queryset = queryset.filter(pk__in=verified)
        return queryset

    counts = {"country": narrowed("country").values(value=F("country")).annotate(n=Count("pk"))}
    for facet, (through, column) in THROUGH.items():
        rows = through.objects.filter(enterprise_id__in=narrowed(facet).values("pk"))
        counts[facet] = rows.values(value=F(column)).annotate(n=Count("enterprise_id"))
    branches, params = [], []
    for facet, queryset in counts.items():
        sql, facet_params = queryset.order_by().query.sql_with_params()
        branches.append(f"SELECT '{facet}', CAST(c.value AS TEXT), c.n FROM ({sql}) c")  # noqa: S608
        params += facet_params
    with_impact = narrowed("impact").filter(pk__in=verified)
    for facet, value, queryset in (
        ("impact", VERIFIED_IMPACT, with_impact),
        (TOTAL, "", narrowed(TOTAL)),
    ):
        sql, count_params = queryset.values("pk").query.sql_with_params()
        branches.append(f"SELECT '{facet}', '{value}', COUNT(*) FROM ({sql}) t")  # noqa: S608
        params += count_params
    return " UNION ALL ".join(branches), params


def count_facets(match_set, selected, searched):
    """({facet: {value: count}}, total) for the enterprises of `match_set`, narrowed by the
    `selected` facet values; `searched` says whether words narrowed it (see above)."""
    return _counted(*(_counted_once if searched else _counted_apart)(match_set, selected))


def counts_without_words(filterset, match_set, selected):
    """count_facets() for filters alone, kept for the content version: filters make few
    combinations (the unfiltered page above all), and only a publish changes their counts.
    Words make new counts at almost every request, so theirs are not kept."""
    digest = filterset.selection_digest()
    if digest is None:
        return count_facets(match_set, selected, searched=False)
    return kept(
        f"directory:facet-counts:{digest}",
        lambda: count_facets(match_set, selected, searched=False),
    )


def _counts(filterset, search, selected, page):
    """({facet: {value: count}}, total, page's ids or None) for the filterset's results, in the
    shape that suits its database and whether words narrow it (see above)."""
    listed = filterset.queryset_without(*FACETS)
    if not filterset.query:
        return *counts_without_words(filterset, search(listed), selected), None
    if connection.vendor == "postgresql":
        rows = EnterpriseSearchRow.objects.filter(enterprise_id__in=listed.values("pk"))
        counts, total = _counted(*_counted_in_rows(search(rows), selected, page))
        positions = counts.pop(PAGE, {})
        if not page:
            return counts, total, None
        return counts, total, [int(pk) for pk in sorted(positions, key=positions.get)]
    return *count_facets(search(listed), selected, searched=True), None


def _counted(sql, params):
    counts = {facet: {} for facet in (*FACETS, TOTAL)}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, value, count in cursor.fetchall():
            counts.setdefault(facet, {})[value] = count  # and PAGE, when it was asked for
    return counts, counts.pop(TOTAL).get("", 0)


def build_facets(filterset, search, vocabulary, page=None):
    """(options, total, ids): the options in use for each facet, counted with every other
    active filter, and the total. `page` (offset, size) asks for that page of the results by
    relevance to be read in the same pass; ids are its enterprises' ids in order, or None
    where the counts cannot read it (without words, or on SQLite)."""
    cleaned = filterset.form.cleaned_data
    selected_codes = set(cleaned.get("country") or [])
    selected_slugs = set(cleaned.get("sector") or [])
    selected_goals = set(cleaned.get("sdg") or [])
    selected_certifications = set(cleaned.get("certification") or [])
    impact_selected = cleaned.get("impact") == VERIFIED_IMPACT
    selected = {
        "country": sorted(selected_codes),
        "sector": sorted(s.pk for s in vocabulary.sectors if s.slug in selected_slugs),
        "sdg": sorted(int(number) for number in selected_goals),
        "certification": sorted(
            c.pk for c in vocabulary.certifications if c.slug in selected_certifications
        ),
        "impact": impact_selected,
    }
    counts, total, page_ids = _counts(filterset, search, selected, page)
    by_country, by_sector, by_goal = counts["country"], counts["sector"], counts["sdg"]
    by_certification = counts["certification"]

    country_options = sorted(
        (
            FacetOption(code, countries.name(code), by_country.get(code, 0), code in selected_codes)
            for code in set(by_country) | selected_codes
        ),
        key=lambda option: (-option.count, sort_key(option.label)),
    )
    sector_options = _named_options(vocabulary.sectors, by_sector, selected_slugs)
    goal_options = [
        FacetOption(
            str(goal.number),
            goal.numbered_name,
            by_goal.get(str(goal.number), 0),
            str(goal.number) in selected_goals,
            goal.colour,
            goal.text_colour,
        )
        for goal in vocabulary.goals
        if str(goal.number) in by_goal or str(goal.number) in selected_goals
    ]
    certification_options = _named_options(
        vocabulary.certifications, by_certification, selected_certifications
    )
    with_impact = counts["impact"].get(VERIFIED_IMPACT, 0)
    impact_options = [
        FacetOption(value, str(label), with_impact, impact_selected)
        for value, label in IMPACT_CHOICES
        if with_impact or impact_selected
    ]
    return (
        {
            "country": country_options,
            "sector": sector_options,
            "sdg": goal_options,
            "certification": certification_options,
            "impact": impact_options,
        },
        total,
        page_ids,
    )


MOST_USED = 5


def most_used(options, limit=MOST_USED):
    """(shown, rest): the `limit` options with most results plus every selected one, by count,
    and the others in their usual order, for a facet that shows its common values first."""
    ranked = sorted(options, key=lambda option: -option.count)  # stable: ties keep their order
    top = {id(option) for option in ranked[:limit]}
    shown = [option for option in ranked if id(option) in top or option.selected]
    rest = [option for option in options if id(option) not in {id(o) for o in shown}]
    return shown, rest
