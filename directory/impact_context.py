"""The impact page's context: the totals for the directory's filters, as charts and tables."""

from decimal import Decimal

from django.http import QueryDict
from django.utils.translation import get_language

from directory.addresses import directory_path
from directory.impact_totals import impact_summary
from directory.listing import directory_listing
from directory.views.search import removable_filters
from showcase.page_cache import kept

# The longest bar leaves room after it for its value, written out.
LONGEST_BAR_PERCENT = 70
FORM_FILTERS = ("country", "sector", "sdg")
# Each bar has its label above it: pixels per row of a chart.
ROW_HEIGHT = 46


def impact_context(request):
    listing = directory_listing(request.GET)
    facets, total = listing.facets()
    summary = _summary(listing, total)
    applied = _applied(listing)
    directory = directory_path(request)
    if "indicator" in applied:
        # The enterprises with a verified figure for one indicator: that indicator's total. Any
        # other total would link to enterprises the indicator does not select.
        chosen = applied["indicator"]
        summary.totals = [item for item in summary.totals if item.indicator.code == chosen]
    for item in summary.totals:
        code = item.indicator.code
        item.link = _link(directory, applied, {"indicator": code})
        item.charts = [
            {"name": name, "bars": bars(rows, directory, applied, code)}
            for name, rows in _within_filters(item.splits, applied).items()
        ]
        for chart in item.charts:
            chart["height"] = len(chart["bars"]) * ROW_HEIGHT
    return {
        "listing": listing,
        "facets": facets,
        # What the page's filter form does not show, kept when it is submitted.
        "hidden_parameters": [
            (name, value)
            for name in applied
            if name not in FORM_FILTERS
            for value in applied.getlist(name)
        ],
        "summary": summary,
        "notices": listing.notices,
        "active_filters": removable_filters(request, listing),
        "filtered": bool(applied),
        "directory_link": _link(directory, applied, {}),
        "noindex": bool(request.GET),
    }


def _summary(listing, total):
    """The totals of the listing's enterprises. Without words they are kept for the content
    version and language (their labels are translated): filters make few combinations, and
    adding up every verified figure is the page's largest cost."""
    digest = listing.filterset.selection_digest()
    if digest is None:
        return impact_summary(listing.searched(listing.queryset), listing.vocabulary, total)
    return kept(
        f"directory:impact-summary:{get_language()}:{digest}",
        lambda: impact_summary(listing.queryset, listing.vocabulary, total),
    )


def _within_filters(splits, applied):
    """Each split's rows, only the chosen values where its parameter is applied.

    An enterprise in a chosen sector and in another counts in both rows, but a link cannot ask
    for both sectors at once (values of one parameter are alternatives), so the rows shown are
    those whose link selects exactly the enterprises behind them.
    """
    return {
        name: [row for row in rows if name not in applied or row.value in applied.getlist(name)]
        for name, rows in splits.items()
    }


def _applied(listing):
    """The directory parameters in force, without order or paging: they change no total."""
    applied = QueryDict(mutable=True)
    for name, values in listing.filterset.data.lists():
        if values and name != "sort":
            applied.setlist(name, values)
    return applied


def _link(directory, applied, narrowed):
    params = QueryDict(mutable=True)
    params.update(applied)
    for name, value in narrowed.items():
        params.setlist(name, [value])
    query = params.urlencode()
    return f"{directory}?{query}" if query else directory


def bars(shares, directory, applied, code):
    """A split's rows with each bar's length as a share of the longest, and their links."""
    longest = max((share.total for share in shares), default=Decimal(0))
    rows = []
    for index, share in enumerate(shares):
        length = share.total / longest * LONGEST_BAR_PERCENT if longest else 0
        rows.append(
            {
                "share": share,
                "top": index * ROW_HEIGHT,
                "percent": f"{length:.2f}",
                "link": _link(
                    directory, applied, {share.parameter: share.value, "indicator": code}
                ),
            }
        )
    return rows
