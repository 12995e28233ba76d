from django import template
from django.core.cache import cache

from directory.featured import FEATURED_COUNT, featured_for_home
from directory.listing import card_labels
from directory.models import DirectoryPage, Enterprise
from showcase.page_cache import content_version

register = template.Library()


def headline_numbers():
    """Counted once per content version: they change only when something is published."""
    key = f"directory:headline-numbers:{content_version()}"
    numbers = cache.get(key)
    if numbers is None:
        numbers = Enterprise.objects.live().headline_counts()
        cache.set(key, numbers, timeout=60 * 60)
    return numbers


@register.inclusion_tag("directory/includes/home_directory.html", takes_context=True)
def directory_highlights(context):
    directory = DirectoryPage.objects.live().first()
    featured = featured_for_home().for_cards()[:FEATURED_COUNT]
    return {
        "request": context.get("request"),
        "directory": directory,
        "directory_url": directory.url if directory else "",
        "card_labels": card_labels(),
        "featured": featured,
        "numbers": headline_numbers(),
    }
