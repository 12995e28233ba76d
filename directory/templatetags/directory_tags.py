from django import template
from django.core.cache import cache

from directory import translated_text
from directory.addresses import directory_page, route_url
from directory.featured import FEATURED_COUNT, featured_for_home
from directory.listing import card_labels
from directory.models import Enterprise
from directory.models.impact import figure_number
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
    request = context.get("request")
    featured = featured_for_home().for_cards()[:FEATURED_COUNT]
    return {
        "request": request,
        "directory": directory_page(request),
        "card_labels": card_labels(),
        "featured": featured,
        "numbers": headline_numbers(),
    }


@register.filter
def figure(value):
    """{{ total.total|figure }}: an impact figure's value, grouped and in the visitor's style."""
    return figure_number(value)


@register.simple_tag(takes_context=True)
def directory_url(context, name, *args):
    """{% directory_url "profile" enterprise.slug %}: a route's address where no page is at hand."""
    return route_url(name, *args, request=context.get("request"))


@register.simple_tag
def translated(obj, field, original_language=None):
    """{% translated enterprise "summary" as summary %}<p lang="{{ summary.language }}">...

    The text in the visitor's language when it was translated, else as written; an innovation's
    or a figure's texts are in its enterprise's language, given as `original_language`.
    """
    return translated_text.translated(obj, field, original_language)
