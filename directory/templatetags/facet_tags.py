from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from directory.facets import most_used

register = template.Library()


@register.filter
def split_most_used(options):
    """Options as (shown at once, shown behind "Show all")."""
    return most_used(options)


@register.simple_tag
def facet_options(name, options):
    """{% facet_options name options %}: a checkbox and its label for each option. Built here
    rather than included per option: a directory page has some fifty of them. Each value is
    escaped here, once, rather than through format_html(), which took a fifth of the page's
    rendering for these."""
    name = escape(name)
    return mark_safe(  # noqa: S308 - every value interpolated is escaped above or an int
        "".join(_option(name, option) for option in options)
    )


def _option(name, option):
    value = escape(option.value)
    checked = " checked" if option.selected else ""
    dot = ""
    if option.colour:
        colour = escape(option.colour)
        dot = f'<span class="sdg-dot" style="--sdg: {colour}" aria-hidden="true"></span>'
    return (
        f'<div class="facet__option"><input type="checkbox" id="{name}-{value}" name="{name}" '
        f'value="{value}"{checked}><label for="{name}-{value}">{dot}{escape(option.label)} '
        f'<span class="facet__count">({int(option.count)})</span></label></div>'
    )
