"""The directory's result set: filters, search, order and facets, for the page and the exports."""

from dataclasses import dataclass
from functools import cached_property

from django.utils.translation import gettext as _

from directory.facets import build_facets
from directory.filters import EnterpriseFilterSet
from directory.models import Enterprise
from directory.search import get_backend
from directory.vocabulary import load_vocabulary

ORDERINGS = {
    "relevance": ("-rank", "sort_name", "pk"),
    "name": ("sort_name", "pk"),
    "newest": ("-first_published_at", "pk"),
}


@dataclass
class DirectoryListing:
    filterset: EnterpriseFilterSet
    vocabulary: object

    @cached_property
    def queryset(self):
        """The listed enterprises the filters select, words aside: built when a caller reads
        them, which a search on PostgreSQL does not (its page comes with the counts)."""
        return self.filterset.qs

    @property
    def query(self):
        return self.filterset.query

    @property
    def sort(self):
        return self.filterset.sort_order

    @property
    def sort_is_default(self):
        """Whether the order is the one the words (or their absence) imply: the form then sends
        no order, so that words typed next come back best match first."""
        return self.sort == self.filterset.default_sort_order

    @property
    def notices(self):
        return self.filterset.notices

    def facets(self):
        """(facets, total)."""
        facets, total, _ = self.facets_and_page()
        return facets, total

    def facets_and_page(self, page=None):
        """(facets, total, ids): `page` (offset, size) asks for that page of the results to be
        read with the counts, which only a search by relevance can; ids is None otherwise.

        Guesses for misspelt words are looked up only when the words as typed find nothing:
        results that exist mean every word matches something, and a word that matches
        something is never corrected, so this saves the lookup and changes nothing."""
        page = page if self.sort == "relevance" else None
        self.search_backend.guessing = False
        found = build_facets(self, page)
        if not found[1] and self.query:
            self.search_backend.guessing = True
            found = build_facets(self, page)
        return found

    @cached_property
    def search_backend(self):
        return get_backend()

    def searched(self, queryset):
        if not self.query:
            return queryset
        return queryset.search(self.query, backend=self.search_backend)

    def ordered(self):
        return self.searched(self.queryset).order_by(*ORDERINGS[self.sort])


def directory_listing(params):
    vocabulary = load_vocabulary()
    # Listed: live, less the archived (unconfirmed too long), for the page, downloads and API.
    base = Enterprise.objects.listed()
    filterset = EnterpriseFilterSet(params, taxonomy=vocabulary, queryset=base)
    # Cleans the parameters now: the counts, the page and the templates read what they chose.
    filterset.is_valid()
    return DirectoryListing(filterset=filterset, vocabulary=vocabulary)


def card_labels():
    """Words every result card repeats, translated once per page rather than once per card."""
    return {
        "sectors": _("Sectors"),
        "goals": _("Sustainable development goals"),
        "goal": _("Goal"),
        "demo": _("Demo listing"),
        "synthetic": _("Synthetic test listing"),
        "verified_impact": _("Verified impact"),
        "verified_impact_explained": _(
            "An editor has verified at least one of this enterprise’s impact figures in the last "
            "two years."
        ),
    }
