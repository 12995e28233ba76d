import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from home.languages import address_in_active_language


class StoryFeed(Feed):
    """An Atom feed of the newest stories under one story index."""

    feed_type = Atom1Feed
    limit = 20

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("%(site)s: stories") % {"site": self.index_page.get_site().site_name or "Spark"}

    def link(self):
        return self.index_page.url

    def subtitle(self):
        return self.index_page.intro

    def items(self):
        return self.index_page.stories()[: self.limit]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        # A story not yet translated is linked at the feed's language, where it is read as is.
        return address_in_active_language(item)

    def item_pubdate(self, item):
        # The story's own date, not the day it happened to be loaded or republished.
        return datetime.datetime.combine(
            item.date, datetime.time(), timezone.get_current_timezone()
        )

    def item_updateddate(self, item):
        return self.item_pubdate(item)
