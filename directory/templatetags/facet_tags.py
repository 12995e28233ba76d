from django import template

from directory.facets import most_used

register = template.Library()


@register.filter
def split_most_used(options):
    """Options as (shown at once, shown behind "Show all")."""
    return most_used(options)
