"""Enterprise cards as HTML, each rendered once per content version, language and day.

A card shows only what a publish changes (the live profile, its sectors, goals and logo) and the
"verified impact" mark, which also changes with the date. Every list of cards (the directory's
results, the home page's featured enterprises, a story's, a profile's related ones) asks for
them by id, so a page of results costs one cache read instead of a few queries and two dozen
renders; only the cards not yet rendered are fetched and rendered.

The markup is written here rather than in a template: a search with new words can show two
dozen cards nobody has seen since the last publish, and the template took half a millisecond a
card, most of a new search's time. Every value is escaped here, once.
"""

from dataclasses import dataclass, field

from django.db.models import Value
from django.utils.html import escape
from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_rendition_or_not_found

from directory.addresses import directory_path, route_url
from directory.listing import card_labels
from directory.models import Enterprise
from directory.models.choices import Origin
from directory.models.querysets import LOGO_RENDITION
from directory.translated_text import translated
from directory.vocabulary import load_vocabulary
from showcase.fragments import kept_fragments

# Made once: Wagtail reads the spec's operations again for every filter it makes.
LOGO = Filter(spec=LOGO_RENDITION)


def enterprise_cards(ids, request=None):
    """The cards of these enterprises, in the order of `ids`; an id with no enterprise has no
    card. The caller decides which enterprises may be shown."""
    # Cards link to profiles under this site's directory page, in this language.
    where = f"{request.get_host() if request else ''}{directory_path(request)}"
    return kept_fragments("enterprise-card", ids, lambda missing: _render(missing, request), where)


def _render(ids, request):
    return render_cards(Enterprise.objects.filter(pk__in=ids), request)


def render_cards(enterprises, request=None):
    """{id: card} for these enterprises, in three queries however many they are."""
    enterprises = enterprises.for_cards().in_bulk()
    links = _links(list(enterprises))
    parts = CardParts.in_active_language(load_vocabulary())
    return {
        pk: card(enterprise, parts, *links.get(pk, ((), ())), request)
        for pk, enterprise in enterprises.items()
    }


@dataclass
class CardParts:
    """What cards rendered together share, translated and escaped once for all of them: a new
    search shows two dozen cards, and most name the same few sectors, goals and countries."""

    labels: dict
    # (sector id, chip) and (goal number, badge), in the vocabulary's order.
    chips: list
    badges: list
    countries: dict = field(default_factory=dict)

    @classmethod
    def in_active_language(cls, vocabulary):
        labels = {name: escape(text) for name, text in card_labels().items()}
        return cls(
            labels,
            [(sector.pk, _chip(sector)) for sector in vocabulary.sectors],
            [(goal.number, _badge(goal, labels)) for goal in vocabulary.goals],
        )

    def country_name(self, enterprise):
        code = enterprise.country.code
        if code not in self.countries:
            self.countries[code] = escape(enterprise.country_name)
        return self.countries[code]


def _links(ids):
    """{enterprise id: ([sector ids], [goal numbers])}, in one query: a card names them from the
    vocabulary, kept for the content version, rather than reading them again."""
    sectors = Enterprise.sectors.through.objects.filter(enterprise_id__in=ids)
    goals = Enterprise.sdgs.through.objects.filter(enterprise_id__in=ids)
    rows = sectors.values_list(Value("s"), "enterprise_id", "sector_id").union(
        goals.values_list(Value("g"), "enterprise_id", "sustainabledevelopmentgoal_id"),
        all=True,
    )
    links = {}
    for kind, enterprise_id, value in rows:
        sector_ids, goal_numbers = links.setdefault(enterprise_id, ([], []))
        (sector_ids if kind == "s" else goal_numbers).append(value)
    return links


def card(enterprise, parts, sector_ids, goal_numbers, request=None):
    """One enterprise's card, from the CardParts of the cards rendered with it and the ids of
    its sectors and the numbers of its goals."""
    labels = parts.labels
    summary = translated(enterprise, "summary")
    address = escape(route_url("profile", enterprise.slug, request=request))
    sector_ids, goal_numbers = set(sector_ids), set(goal_numbers)
    chips = "".join(chip for pk, chip in parts.chips if pk in sector_ids)
    badges = "".join(badge for number, badge in parts.badges if number in goal_numbers)
    return (
        '<article class="card card--enterprise">\n'
        '  <div class="card__body">\n'
        '    <div class="enterprise-card__head">\n'
        f"      {_logo(enterprise)}\n"
        "      <div>\n"
        f'        <h3 class="card__title"><a href="{address}">{escape(enterprise.name)}</a></h3>\n'
        f'        <p class="card__meta">{escape(enterprise.city_name)}, '
        f"{parts.country_name(enterprise)}</p>\n"
        "      </div>\n"
        "    </div>\n"
        f'    <p lang="{escape(summary.language)}">{escape(summary)}</p>\n'
        f'    <ul class="chip-list" aria-label="{labels["sectors"]}">{chips}</ul>\n'
        f"    {_goals(badges, labels)}\n"
        f"    {_impact_mark(enterprise, labels)}\n"
        f"    {_demo_badge(enterprise, labels)}\n"
        "  </div>\n"
        "</article>\n"
    )


def _chip(sector):
    return f'<li class="chip">{escape(sector.translated_name)}</li>'


def _logo(enterprise):
    if not enterprise.logo_id:
        initial = escape(enterprise.name[:1].upper())
        return (
            '<span class="enterprise-card__logo enterprise-card__logo--empty" '
            f'aria-hidden="true">{initial}</span>'
        )
    return (
        '<img alt="" class="enterprise-card__logo" height="64" loading="lazy" '
        f'src="{escape(_logo_rendition(enterprise.logo).url)}" width="64">'
    )


def _logo_rendition(image):
    """The logo's rendition, prefetched with the card (EnterpriseQuerySet.for_cards): read as
    it is, since get_rendition() would also store it in Wagtail's rendition cache, which cost
    more than the rest of the card. One not made yet is made, or stands in for a lost file."""
    try:
        return image.find_existing_rendition(LOGO)
    except image.get_rendition_model().DoesNotExist:
        return get_rendition_or_not_found(image, LOGO)


def _badge(goal, labels):
    return (
        f'<li class="sdg-badge" style="--sdg: {escape(goal.colour)}; --sdg-text: '
        f'{escape(goal.text_colour)}" title="{escape(goal.translated_name)}">'
        f'<span class="visually-hidden">{labels["goal"]} </span>{int(goal.number)}'
        f'<span class="visually-hidden">: {escape(goal.translated_name)}</span></li>'
    )


def _goals(badges, labels):
    if not badges:
        return ""
    return f'<ul class="sdg-list" aria-label="{labels["goals"]}">{badges}</ul>'


def _impact_mark(enterprise, labels):
    if not enterprise.impact_verified_recently:
        return ""
    explained = labels["verified_impact_explained"]
    return (
        f'<p class="impact-mark" title="{explained}"><span aria-hidden="true">✓ </span>'
        f'{labels["verified_impact"]}<span class="visually-hidden">: {explained}</span></p>'
    )


def _demo_badge(enterprise, labels):
    if not enterprise.is_demo:
        return ""
    label = labels["synthetic"] if enterprise.origin == Origin.SYNTHETIC else labels["demo"]
    return f'<p class="demo-badge">{label}</p>'
