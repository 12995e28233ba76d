from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django_countries import countries

from directory.cards import enterprise_cards
from directory.filters import IMPACT_CHOICES, SORT_CHOICES
from directory.listing import directory_listing
from directory.models import LegalForm, SizeBand

RESULTS_PER_PAGE = 24
# An offset past any listing's results (and within the database's integers): the last page.
LAST_PAGE = 2**62


class CountedPaginator(Paginator):
    """A paginator told its count, which the facets already computed."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


class PageAlreadyRead:
    """The ordered ids of a listing, one page of which the facet counts already read: that
    slice is served from them, any other from the listing's queryset, made only then
    (Paginator slices only once)."""

    def __init__(self, listing, offset, page_ids):
        self.listing, self.offset, self.page_ids = listing, offset, page_ids

    def __getitem__(self, index):
        if isinstance(index, slice) and index.start == self.offset:
            return self.page_ids
        return ordered_ids(self.listing)[index]


def ordered_ids(listing):
    return listing.ordered().values_list("pk", flat=True)


def requested_offset(number):
    """Where the page asked for starts, as the paginator will read it: page 1 for what is not
    a whole number, the last page for a number below 1 or past the results (LAST_PAGE stands
    for it until the total is known)."""
    try:
        number = int(number or 1)
    except ValueError:
        return 0
    if number < 1:
        return LAST_PAGE
    return min((number - 1) * RESULTS_PER_PAGE, LAST_PAGE)


def page_start(offset, total):
    """The offset of the page shown: the one asked for, or the last one."""
    last = max(total - 1, 0) // RESULTS_PER_PAGE * RESULTS_PER_PAGE
    return min(offset, last)


def removable_filters(request, listing):
    """Each active filter with the address that removes it and keeps everything else."""
    vocabulary = listing.vocabulary
    labels = {
        "country": lambda code: countries.name(code),
        "sector": lambda slug: vocabulary.sector_by_slug[slug].translated_name,
        "sdg": lambda number: (
            _("Goal %(number)s: %(name)s")
            % {"number": number, "name": vocabulary.goal_by_number[int(number)].translated_name}
        ),
        "impact": lambda value: dict(IMPACT_CHOICES)[value],
        "certification": lambda slug: vocabulary.certification_by_slug[slug].translated_name,
        "size": lambda value: SizeBand(value).label,
        "legal_form": lambda value: LegalForm(value).label,
        "indicator": lambda code: (
            _("Verified figures for: %(indicator)s")
            % {"indicator": vocabulary.indicator_by_code[code].translated_name}
        ),
    }
    removable = []
    for name, value in listing.filterset.active_filters:
        remaining = request.GET.copy()
        remaining.setlist(
            name, [v for v in remaining.getlist(name) if v.strip().upper() != value.upper()]
        )
        remaining.pop("page", None)
        removable.append(
            {"name": name, "label": labels[name](value), "remove_query": remaining.urlencode()}
        )
    if listing.query:
        remaining = request.GET.copy()
        remaining.pop("q", None)
        remaining.pop("page", None)
        removable.insert(
            0,
            {
                "name": "q",
                "label": _("Words: “%(q)s”") % {"q": listing.query},
                "remove_query": remaining.urlencode(),
            },
        )
    return removable


def export_query(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def directory_search(request, page):
    listing = directory_listing(request.GET)
    offset = requested_offset(request.GET.get("page"))
    facets, total, page_ids = listing.facets_and_page((offset, RESULTS_PER_PAGE))
    if page_ids is None:
        ids = ordered_ids(listing)
    else:
        ids = PageAlreadyRead(listing, page_start(offset, total), page_ids)
    results = CountedPaginator(ids, RESULTS_PER_PAGE, total).get_page(request.GET.get("page"))
    filtered = bool(request.GET)
    context = page.get_context(request)
    context.update(
        {
            "listing": listing,
            "results": results,
            "cards": enterprise_cards(results.object_list, request),
            "total": total,
            "facets": facets,
            "active_filters": removable_filters(request, listing),
            "notices": listing.notices,
            "sort_choices": SORT_CHOICES,
            "size_choices": SizeBand.choices,
            "legal_form_choices": LegalForm.choices,
            "noindex": filtered,
            "export_query": export_query(request),
        }
    )
    response = TemplateResponse(request, "directory/directory_page.html", context)
    if filtered:
        response["X-Robots-Tag"] = "noindex"
    return response
