from django.contrib.sitemaps import Sitemap

from directory.addresses import directory_path
from directory.models import Enterprise


class EnterpriseSitemap(Sitemap):
    """Every live profile; Django splits it into pages of `limit` addresses."""

    limit = 10_000

    def __init__(self, request=None):
        self.request = request
        self._base = None

    def items(self):
        return Enterprise.objects.filter(live=True).order_by("pk").only("slug", "last_published_at")

    def location(self, enterprise):
        if self._base is None:
            self._base = directory_path(self.request)
        return f"{self._base}{enterprise.slug}/"

    def lastmod(self, enterprise):
        return enterprise.last_published_at
