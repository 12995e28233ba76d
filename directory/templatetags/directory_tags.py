from django import template
from django.db.models import Count

from directory.listing import with_card_data
from directory.models import DirectoryPage, Enterprise

register = template.Library()

FEATURED_COUNT = 6


def headline_numbers():
    live = Enterprise.objects.filter(live=True).order_by()
    totals = live.aggregate(enterprises=Count("pk"), countries=Count("country", distinct=True))
    totals["sectors"] = (
        Enterprise.sectors.through.objects.filter(enterprise__live=True)
        .values("sector_id")
        .distinct()
        .count()
    )
    return totals


@register.inclusion_tag("directory/includes/home_directory.html", takes_context=True)
def directory_highlights(context):
    directory = DirectoryPage.objects.live().first()
    featured = with_card_data(
        Enterprise.objects.filter(live=True, is_featured=True).order_by("-last_published_at", "pk")
    )[:FEATURED_COUNT]
    return {
        "request": context.get("request"),
        "directory": directory,
        "directory_url": directory.url if directory else "",
        "featured": featured,
        "numbers": headline_numbers(),
    }
