"""Facet counts: results per country, sector, goal and certification, results with verified
impact, each with the other filters applied, and the number of results.

Each facet counts the enterprises that match the words and every filter except its own, so that
choosing a country still shows every sector that has results in it. The total is counted with
every filter applied.

The counts take one of two shapes, chosen by timing them on 10,000 and 100,000 enterprises:
- with words, the matches are read once, as ids, and counted against each facet value's set of
  enterprises (directory.facet_sets), kept per content version. On PostgreSQL the matches come
  from the narrow rows kept for searching (EnterpriseSearchRow), or for one word from the
  postings (directory.search.postings), and the same statement ranks them and reads the page
  shown, so the results need no second pass;
- without words, each count reads the filtered enterprises through its own narrow indexes,
  kept per content version for each combination of filters, since materialising every live
  enterprise first takes up to twice as long on PostgreSQL and three to six times as long on
  SQLite. Letting the planner inline a CTE instead is far slower still (seconds on PostgreSQL
  once filters combine).
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, F
from django_countries import countries

from directory.facet_sets import FACETS, THROUGH, bit_set, build_facet_sets
from directory.filters import IMPACT_CHOICES, VERIFIED_IMPACT
from directory.models import EnterpriseSearchRow, ImpactFigure
from directory.names import sort_key
from showcase.page_cache import kept, kept_as_is

# Each many-to-many facet on a search row: its array column and the type of its values.
ARRAYS = (
    ("sector", "sectors", "bigint"),
    ("sdg", "goals", "int"),
    ("certification", "certifications", "bigint"),
)
TOTAL = "total"


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    colour: str = ""
    text_colour: str = ""


def _named_options(items, counts, selected):
    """Options for vocabulary rows with a slug, `items` in the visitor's alphabetical order:
    those with results, and those chosen even without."""
    return [
        FacetOption(
            item.slug, item.translated_name, counts.get(str(item.pk), 0), item.slug in selected
        )
        for item in items
        if str(item.pk) in counts or item.slug in selected
    ]


def _in_list(column, values):
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


def _array_conditions(selected, leave_out):
    """(sql, params, columns): conditions on the search rows `m` for every facet filter except
    `leave_out`, and the columns they read. A row passes a facet when it holds any of the
    values chosen there."""
    clauses, params, columns = [], [], []
    if selected["country"] and leave_out != "country":
        clause, values = _in_list("m.country", selected["country"])
        clauses.append(clause)
        params += values
        columns.append("country")
    for facet, column, kind in ARRAYS:
        if selected[facet] and leave_out != facet:
            clauses.append(f"m.{column} && %s::{kind}[]")
            params.append(list(selected[facet]))
            columns.append(column)
    if selected["impact"] and leave_out != "impact":
        clauses.append("m.verified")
        columns.append("verified")
    return (" AND ".join(clauses) or "1 = 1"), params, columns


# The order of directory.listing.ORDERINGS["relevance"]: rank, then name, then id.
PAGE_OF_MATCHES = """
    ARRAY(
        SELECT enterprise_id FROM m WHERE {where}
        ORDER BY rank DESC, sort_name, enterprise_id
        LIMIT %s OFFSET {offset}
    )
"""
# An offset past the results reads the last page, as the paginator shows it. The first page
# needs no such count of the matches.
LAST_PAGE_AT_MOST = "LEAST(%s, (SELECT GREATEST(COUNT(*) - 1, 0) / %s * %s FROM m WHERE {where}))"


def _matches_and_page(match, rank, selected, page=None):
    """(ids of the matching search rows, ids of the page asked for or None) from one statement
    (PostgreSQL). `match` and `rank` are (sql, params) on the search rows `s`. With `page`
    (offset, size), the matches are ranked in the same pass and that page of the results by
    relevance read from them (the last page if the offset is past them)."""
    match_sql, match_params = match
    rows = f"FROM {EnterpriseSearchRow._meta.db_table} s WHERE {match_sql}"
    if not page:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT ARRAY(SELECT s.enterprise_id {rows})", match_params)  # noqa: S608
            return cursor.fetchone()[0], None
    # The facets' values are read only to filter the page, and only those chosen.
    where, where_params, filtered = _array_conditions(selected, TOTAL)
    columns = ["enterprise_id", "sort_name", *filtered]
    rank_sql, rank_params = rank
    offset, size = page
    if offset:
        offset_sql = LAST_PAGE_AT_MOST.format(where=where)
        offset_params = [offset, size, size, *where_params]
    else:
        offset_sql, offset_params = "0", []
    page_sql = PAGE_OF_MATCHES.format(where=where, offset=offset_sql)
    sql = (
        f"WITH m AS MATERIALIZED (SELECT {', '.join(f's.{c}' for c in columns)}, "  # noqa: S608
        f"{rank_sql} AS rank {rows}) "
        f"SELECT ARRAY(SELECT enterprise_id FROM m), {page_sql}"
    )
    params = [*rank_params, *match_params, *where_params, size, *offset_params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


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


def count_facets(match_set, selected):
    """({facet: {value: count}}, total) for the enterprises of `match_set`, narrowed by the
    `selected` facet values, without words (see above)."""
    return _counted(*_counted_apart(match_set, selected))


def counts_without_words(filterset, match_set, selected):
    """count_facets() for filters alone, kept for the content version: filters make few
    combinations (the unfiltered page above all), and only a publish changes their counts.
    Words make new counts at almost every request, so theirs are not kept."""
    digest = filterset.selection_digest()
    if digest is None:
        return count_facets(match_set, selected)
    return kept(f"directory:facet-counts:{digest}", lambda: count_facets(match_set, selected))


def facet_sets():
    return kept_as_is("directory:facet-sets", build_facet_sets)


def _counts(listing, selected, page):
    """({facet: {value: count}}, total, page's ids or None) for the listing's results, in the
    shape that suits its database and whether words narrow it (see above)."""
    filterset = listing.filterset
    listed = filterset.queryset_without(*FACETS)
    if not filterset.query:
        return *counts_without_words(filterset, listing.searched(listed), selected), None
    if connection.vendor == "postgresql":
        matches, page_ids = _from_postings(listing, selected, page) or _from_search_rows(
            listing, listed, selected, page
        )
    else:
        matches = listing.searched(listed).order_by().values_list("pk", flat=True)
        page_ids = None
    return *facet_sets().count(bit_set(matches), selected), page_ids


def _from_search_rows(listing, listed, selected, page):
    """(ids of the matches, page's ids or None) from the search rows (PostgreSQL)."""
    filterset = listing.filterset
    match, rank = listing.search_backend.row_sql(filterset.query)
    # The rows are the listed enterprises': only a filter that is not a facet (size, legal
    # form, indicator) narrows them before the words do.
    if filterset.narrowed_beyond(*FACETS):
        listed_sql, listed_params = listed.values("pk").query.sql_with_params()
        match_sql, match_params = match
        match = (
            f"{match_sql} AND s.enterprise_id IN ({listed_sql})",
            [*match_params, *listed_params],
        )
    return _matches_and_page(match, rank, selected, page)


def _from_postings(listing, selected, page):
    """(ids of the matches, page's ids or None) from the postings (directory.search.postings)
    when they can answer: one word, no filter, the first page if any. None otherwise."""
    filtered = listing.filterset.narrowed_beyond(*FACETS) or any(selected.values())
    if filtered or (page and page[0]):
        return None
    return listing.search_backend.one_word(listing.filterset.query, page and page[1])


def _counted(sql, params):
    counts = {facet: {} for facet in (*FACETS, TOTAL)}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, value, count in cursor.fetchall():
            counts[facet][value] = count
    return counts, counts.pop(TOTAL).get("", 0)


def build_facets(listing, page=None):
    """(options, total, ids): the options in use for each facet of the listing (a
    directory.listing.DirectoryListing), counted with every other active filter, and the
    total. `page` (offset, size) asks for that page of the results by relevance to be read in
    the same pass; ids are its enterprises' ids in order, or None where the counts cannot read
    it (without words, or on SQLite)."""
    vocabulary = listing.vocabulary
    cleaned = listing.filterset.form.cleaned_data
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
    counts, total, page_ids = _counts(listing, selected, page)
    by_country, by_sector, by_goal = counts["country"], counts["sector"], counts["sdg"]
    by_certification = counts["certification"]

    country_options = sorted(
        (
            FacetOption(code, countries.name(code), by_country.get(code, 0), code in selected_codes)
            for code in set(by_country) | selected_codes
        ),
        key=lambda option: (-option.count, sort_key(option.label)),
    )
    sector_options = _named_options(vocabulary.in_name_order("sectors"), by_sector, selected_slugs)
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
        vocabulary.in_name_order("certifications"), by_certification, selected_certifications
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
