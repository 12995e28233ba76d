"""What the one search box finds: enterprises, through the directory's own search, and pages."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import QueryDict
from wagtail.models import Page

ENTERPRISES_SHOWN = 5


@dataclass
class EnterpriseMatches:
    count: int = 0
    shown: list = field(default_factory=list)
    directory_url: str = ""
    query: str = ""

    @property
    def all_url(self):
        return f"{self.directory_url}?{urlencode({'q': self.query})}"


def matching_enterprises(query, request=None):
    """The best few live enterprises for these words, ranked as the directory ranks them."""
    from directory.addresses import directory_page, directory_path
    from directory.listing import directory_listing

    if directory_page(request) is None:
        return None
    directory_url = directory_path(request)
    params = QueryDict(mutable=True)
    params["q"] = query
    listing = directory_listing(params)
    if not listing.query:
        return EnterpriseMatches(directory_url=directory_url)
    ranked = listing.ordered()
    shown = list(
        ranked.only("name", "slug", "city", "country", "summary", "language", "translations")[
            :ENTERPRISES_SHOWN
        ]
    )
    count = len(shown) if len(shown) < ENTERPRISES_SHOWN else ranked.count()
    return EnterpriseMatches(
        count=count, shown=shown, directory_url=directory_url, query=listing.query
    )


def matching_pages(words):
    if not words:
        return Page.objects.none()
    return Page.objects.live().public().specific().search(words, operator="and")
