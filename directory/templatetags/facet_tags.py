from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from directory.facets import most_used

register = template.Library()


@register.simple_tag
def facet_group(name, options, legend):
    """{% facet_group name options legend %}: a facet's checkboxes under its legend, the most
    used first and the rest behind "Show all"; nothing for a facet without options. Built
    here rather than included: the directory shows five of these on every page, and each
    value is escaped once (see facet_options)."""
    if not options:
        return ""
    name, legend = escape(name), escape(legend)
    shown, rest = most_used(options)
    more = ""
    if rest:
        count = len(options)
        show_all = ngettext("Show all %(counter)s", "Show all %(counter)s", count) % {
            "counter": count
        }
        # Translated outside the f-string: xgettext does not read calls inside one.
        show_fewer = escape(gettext("Show fewer"))
        hidden = f'<span class="visually-hidden"> ({legend})</span>'
        more = (
            f'\n    <details class="facet__more" id="facet-{name}-more">\n      <summary>'
            f'<span class="facet__more-closed">{escape(show_all)}{hidden}</span>'
            f'<span class="facet__more-open">{show_fewer}{hidden}</span>'
            f"</summary>\n      {facet_options(name, rest)}\n    </details>"
        )
    return mark_safe(  # noqa: S308 - every value interpolated is escaped above
        f'\n<details class="facet" id="facet-{name}" open>\n'
        f'  <summary class="facet__summary">{legend}</summary>\n'
        f'  <fieldset class="facet__options">\n'
        f'    <legend class="visually-hidden">{legend}</legend>\n'
        f"    {facet_options(name, shown)}{more}\n"
        f"  </fieldset>\n</details>\n"
    )


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


@register.simple_tag
def select_options(choices, chosen):
    """{% select_options choices chosen %}: an <option> for each (value, label), the chosen
    one selected, for a filter's list of a dozen values."""
    return mark_safe(  # noqa: S308 - every value interpolated is escaped here
        "".join(
            f'<option value="{escape(value)}"{" selected" if value == chosen else ""}>'
            f"{escape(label)}</option>"
            for value, label in choices
        )
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
