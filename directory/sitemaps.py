from django.contrib.sitemaps import Sitemap
from django.utils.translation import get_language

from directory.addresses import profile_addresses
from directory.models import Enterprise


class EnterpriseSitemap(Sitemap):
    """Every listed profile (live, not archived) in every language, each naming the others;
    Django splits it into pages of `limit` addresses."""

    limit = 10_000
    i18n = True
    alternates = True

    def __init__(self, request=None):
        self.request = request
        self._addresses = {}

    def items(self):
        return Enterprise.objects.listed().order_by("pk").only("slug", "last_published_at")

    def location(self, enterprise):
        language = get_language()
        if language not in self._addresses:
            self._addresses[language] = profile_addresses(self.request)
        return self._addresses[language](enterprise.slug)

    def lastmod(self, enterprise):
        return enterprise.last_published_at
