"""The sitemap of editors' pages in every language, each naming its translations."""

from functools import reduce
from operator import or_

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    """Every live public page of the site's home page and of its translations.

    Each address lists the live translations of its page (hreflang alternates, itself
    included), as the pages' own <link rel="alternate"> do.
    """

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        trees = reduce(or_, (Page.objects.descendant_of_q(home, inclusive=True) for home in homes))
        return (
            Page.objects.filter(trees)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = self._translations(pages)
        urls = []
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                url_info.setdefault("alternates", translations.get(item.translation_key, []))
                urls.append(url_info)
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _translations(self, pages):
        keys = {page.translation_key for page in pages}
        found = {}
        live = Page.objects.live().public().filter(translation_key__in=keys)
        for page in live.select_related("locale").order_by("locale__language_code"):
            found.setdefault(page.translation_key, []).append(
                {
                    "location": page.get_full_url(self.request),
                    "lang_code": page.locale.language_code,
                }
            )
        return {key: pages for key, pages in found.items() if len(pages) > 1}
