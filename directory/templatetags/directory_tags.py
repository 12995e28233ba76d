from django import template

from directory import translated_text
from directory.addresses import directory_page, route_url
from directory.cards import enterprise_cards
from directory.featured import FEATURED_COUNT, featured_for_home
from directory.impact_totals import impact_summary
from directory.models import Enterprise, ImpactPage
from directory.models.impact import figure_number
from directory.vocabulary import load_vocabulary
from home.languages import only_page_in_active_language
from showcase.page_cache import kept

register = template.Library()


HEADLINE_INDICATORS = 2


def headline_numbers(vocabulary):
    """Counted once per content version: they change only when something is published."""
    return kept("directory:headline-numbers", lambda: _count_headline_numbers(vocabulary))


def _count_headline_numbers(vocabulary):
    live = Enterprise.objects.listed()
    numbers = live.headline_counts()
    totals = impact_summary(live, vocabulary, numbers["enterprises"]).totals
    # The indicators most enterprises report, as (code, total): names follow the language.
    widest = sorted(totals, key=lambda total: (-total.enterprises, -total.total))
    numbers["impact"] = [
        (total.indicator.code, total.total) for total in widest[:HEADLINE_INDICATORS]
    ]
    return numbers


def headline_impact(numbers, vocabulary):
    return [
        {"indicator": vocabulary.indicator_by_code[code], "total": total}
        for code, total in numbers["impact"]
        if code in vocabulary.indicator_by_code
    ]


@register.inclusion_tag("directory/includes/home_directory.html", takes_context=True)
def directory_highlights(context):
    request = context.get("request")
    featured = featured_for_home().values_list("pk", flat=True)[:FEATURED_COUNT]
    vocabulary = load_vocabulary()
    numbers = headline_numbers(vocabulary)
    return {
        "request": request,
        "directory": directory_page(request),
        "featured": enterprise_cards(featured, request),
        "numbers": numbers,
        "headline_impact": headline_impact(numbers, vocabulary),
        "impact_page": only_page_in_active_language(ImpactPage),
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
