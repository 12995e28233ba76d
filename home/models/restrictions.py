"""Whether a page is private, kept for the content version: Wagtail asks at every page served."""

from wagtail.models import PageViewRestriction

from showcase.page_cache import kept


class KeptViewRestrictionsMixin:
    """Wagtail reads a page's view restrictions and its ancestors' (two queries) before serving
    it. Most pages have none, and adding, changing or removing one moves the content version
    on (home.signals), as moving a page does, so "none" is kept and answered without a query."""

    def get_view_restrictions(self):
        restrictions = super().get_view_restrictions
        if self.pk and not kept(f"page:restricted:{self.pk}", lambda: restrictions().exists()):
            return PageViewRestriction.objects.none()
        return restrictions()
