from django.contrib.sitemaps import Sitemap

from directory.models import DirectoryPage, Enterprise


class EnterpriseSitemap(Sitemap):
    """Every live profile; Django splits it into pages of `limit` addresses."""

    limit = 10_000

    def __init__(self, request=None):
        self.request = request
        self._base = None

    def items(self):
        return Enterprise.objects.live().order_by("pk").only("slug", "last_published_at")

    def location(self, enterprise):
        if self._base is None:
            self._base = DirectoryPage.live_url()
        return f"{self._base}{enterprise.slug}/"

    def lastmod(self, enterprise):
        return enterprise.last_published_at
