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


class CountedPaginator(Paginator):
    """A paginator told its count, which the facets already computed."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


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
    facets, total = listing.facets()
    ids = listing.ordered().values_list("pk", flat=True)
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
