from django import template
from django.utils.html import format_html, format_html_join

from directory.facets import most_used

register = template.Library()


@register.filter
def split_most_used(options):
    """Options as (shown at once, shown behind "Show all")."""
    return most_used(options)


@register.simple_tag
def facet_options(name, options):
    """{% facet_options name options %}: a checkbox and its label for each option. Built here
    rather than included per option: a directory page has some fifty of them."""
    return format_html_join(
        "",
        '<div class="facet__option"><input type="checkbox" id="{0}-{1}" name="{0}" value="{1}"'
        '{2}><label for="{0}-{1}">{3}{4} <span class="facet__count">({5})</span></label></div>',
        (
            (
                name,
                option.value,
                " checked" if option.selected else "",
                _goal_dot(option.colour),
                option.label,
                option.count,
            )
            for option in options
        ),
    )


def _goal_dot(colour):
    if not colour:
        return ""
    return format_html('<span class="sdg-dot" style="--sdg: {}" aria-hidden="true"></span>', colour)
