from django.contrib.sitemaps import Sitemap

from directory.addresses import profile_addresses
from directory.models import Enterprise


class EnterpriseSitemap(Sitemap):
    """Every live profile; Django splits it into pages of `limit` addresses."""

    limit = 10_000

    def __init__(self, request=None):
        self.request = request
        self._address = None

    def items(self):
        return Enterprise.objects.live().order_by("pk").only("slug", "last_published_at")

    def location(self, enterprise):
        if self._address is None:
            self._address = profile_addresses(self.request)
        return self._address(enterprise.slug)

    def lastmod(self, enterprise):
        return enterprise.last_published_at
