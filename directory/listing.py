"""The directory's result set: filters, search, order and facets, for the page and the exports."""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from directory.facets import build_facets
from directory.filters import EnterpriseFilterSet, live_enterprises
from directory.models import Sector, SustainableDevelopmentGoal
from directory.search import get_backend
from directory.vocabulary import load_vocabulary
from home.models import CustomRendition

LOGO_RENDITION = "fill-160x160|format-webp"
ORDERINGS = {
    "relevance": ("-rank", "sort_name", "pk"),
    "name": ("sort_name", "pk"),
    "newest": ("-first_published_at", "pk"),
}


@dataclass
class DirectoryListing:
    filterset: EnterpriseFilterSet
    vocabulary: object
    queryset: object

    @property
    def query(self):
        return self.filterset.query

    @property
    def sort(self):
        return self.filterset.sort_order

    @property
    def notices(self):
        return self.filterset.notices

    def facets(self):
        return build_facets(self.filterset, self.searched, self.vocabulary)

    @cached_property
    def search_backend(self):
        return get_backend()

    def searched(self, queryset):
        if not self.query:
            return queryset
        return self.search_backend.apply(queryset, self.query)

    def ordered(self):
        return self.searched(self.queryset).order_by(*ORDERINGS[self.sort])


def directory_listing(params):
    vocabulary = load_vocabulary()
    filterset = EnterpriseFilterSet(params, taxonomy=vocabulary, queryset=live_enterprises())
    return DirectoryListing(filterset=filterset, vocabulary=vocabulary, queryset=filterset.qs)


def card_labels():
    """Words every result card repeats, translated once per page rather than once per card."""
    return {
        "sectors": _("Sectors"),
        "goals": _("Sustainable development goals"),
        "goal": _("Goal"),
        "demo": _("Demo listing"),
        "synthetic": _("Synthetic test listing"),
    }


def with_card_data(queryset):
    """Everything a result card shows, fetched in a fixed number of queries."""
    return (
        queryset.select_related("logo")
        .defer("description", "search_vector")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.order_by("name")),
            Prefetch("sdgs", queryset=SustainableDevelopmentGoal.objects.order_by("number")),
            Prefetch(
                "logo__renditions",
                queryset=CustomRendition.objects.filter(filter_spec=LOGO_RENDITION),
                to_attr="prefetched_renditions",
            ),
        )
    )
