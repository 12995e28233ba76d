"""How the site asks for enterprises: published ones, featured ones, ready for result cards."""

from django.db import models
from django.db.models import Count, Prefetch

from directory.verified_impact import verified_recently_expression
from home.models.images import CustomRendition

# The size result cards show logos at; prefetched so that a page of cards costs one query.
LOGO_RENDITION = "fill-160x160|format-webp"
# What a result card shows of an enterprise (directory.cards); the long texts stay behind.
CARD_COLUMNS = ("name", "slug", "language", "summary", "translations", "country", "city", "origin")


class SearchableQuerySet(models.QuerySet):
    """A queryset of rows with a `search_vector`, which the directory's search can narrow."""

    def search(self, words, backend=None):
        """These rows matching the words, best first by `rank`.

        A backend keeps the typo corrections it looked up, so pass the same one to search the
        same words twice (results and facets) for the price of one lookup.
        """
        # Imported here: the search backends build on these models.
        from directory.search import get_backend

        return (backend or get_backend()).apply(self, words)


class EnterpriseQuerySet(SearchableQuerySet):
    """Enterprise.objects: every profile, drafts included, as Wagtail's admin needs them.

    Anything a visitor, a search engine or a story's reader sees starts from live(); the
    directory's own lists start from listed().
    """

    def live(self):
        """Published profiles. Drafts and unpublished profiles stay with the editors."""
        return self.filter(live=True)

    def listed(self):
        """What the directory lists (its page, downloads, sitemap): published profiles, less
        those archived for going unconfirmed too long, whose profiles stay reachable."""
        return self.live().filter(archived_at__isnull=True)

    def archived(self):
        return self.filter(archived_at__isnull=False)

    def not_live(self):
        """Drafts never published, and profiles taken off the site."""
        return self.filter(live=False)

    def featured(self):
        """Profiles the editors chose for the home page (chain live() for what it may show)."""
        return self.filter(is_featured=True)

    def for_cards(self):
        """The columns a result card shows, its logo and the logo's rendition, in two queries
        (directory.cards reads the sectors and goals apart).

        `impact_verified_recently` says whether the card shows the "Verified impact" mark.
        """
        return (
            self.order_by()
            .select_related("logo")
            .only(*CARD_COLUMNS, "logo")
            .annotate(impact_verified_recently=verified_recently_expression())
            .prefetch_related(
                Prefetch(
                    "logo__renditions",
                    queryset=CustomRendition.objects.filter(filter_spec=LOGO_RENDITION),
                    to_attr="prefetched_renditions",
                ),
            )
        )

    def headline_counts(self):
        """How many profiles and countries there are among these profiles."""
        return self.order_by().aggregate(
            enterprises=Count("pk"), countries=Count("country", distinct=True)
        )
