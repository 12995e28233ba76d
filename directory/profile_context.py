"""Everything a profile page shows, for the public page and for the editors' preview alike."""

from django.db.models import Q

from directory import freshness
from directory.addresses import directory_page, profile_url
from directory.cards import enterprise_cards
from directory.claims import can_be_claimed
from directory.listing import card_labels
from directory.models import Enterprise
from directory.structured_data import organization_json_ld
from directory.translated_text import translated, untranslated
from directory.verified_impact import verified_recently
from home.languages import active_language, in_active_language
from home.models import StoryPage
from showcase.page_cache import kept

RELATED_COUNT = 4


def related_enterprises(enterprise):
    """The ids of listed profiles in the same sectors, same country first, then the same country.

    Each step is a short indexed query with a limit, so the cost does not grow with the directory.
    """
    sector_ids = [sector.pk for sector in enterprise.sectors.all()]
    links = Enterprise.sectors.through.objects.filter(sector_id__in=sector_ids)
    in_sectors = Q(pk__in=links.values("enterprise_id"))
    same_country = Q(country=enterprise.country)
    chosen = []
    for condition in (in_sectors & same_country, in_sectors & ~same_country, same_country):
        remaining = RELATED_COUNT - len(chosen)
        if remaining <= 0:
            break
        chosen += list(
            Enterprise.objects.listed()
            .filter(condition)
            .exclude(pk__in=[enterprise.pk, *chosen])
            .order_by("-first_published_at", "pk")
            .values_list("pk", flat=True)[:remaining]
        )
    return chosen


def stories_mentioning(enterprise):
    """The ids of the public stories about the enterprise, each once in the visitor's language."""
    stories = StoryPage.objects.live().public().filter(enterprise_links__enterprise=enterprise)
    return list(
        in_active_language(stories).order_by("-date", "-pk").distinct().values_list("pk", flat=True)
    )


def impact_series(enterprise):
    """Impact figures grouped by catalogue indicator, or by words and unit; a group with several
    years becomes a chart."""
    groups = {}
    for figure in enterprise.impact_figures.all():
        # One series per catalogue indicator, however each year words it; else per words.
        key = figure.catalogue_indicator_id or (figure.indicator.strip().lower(), figure.unit)
        groups.setdefault(key, []).append(figure)
    series = []
    for figures in groups.values():
        figures.sort(key=lambda figure: figure.year)
        top = max(float(figure.value) for figure in figures) or 1.0
        series.append(
            {
                "indicator": translated(figures[-1], "indicator", enterprise.language),
                "unit": figures[-1].display_unit,
                # The catalogue's indicator the figure counts towards, if any.
                "catalogue": figures[-1].catalogue_indicator,
                "latest": figures[-1],
                "figures": figures,
                "bars": [
                    {"figure": figure, "percent": round(float(figure.value) / top * 100, 1)}
                    for figure in figures
                ]
                if len(figures) > 1
                else [],
            }
        )
    return series


def texts_shown(enterprise, innovations, series):
    """The profile's own words as the visitor reads them, each in the language it is in."""
    language = enterprise.language
    return [
        *(translated(enterprise, field) for field in enterprise.translated_fields),
        *(
            translated(innovation, field, language)
            for innovation in innovations
            for field in innovation.translated_fields
        ),
        *(group["indicator"] for group in series),
    ]


def _kept(enterprise, name, ids_of):
    """Ids of what a profile lists, kept for the content version and language: publishing any
    profile or story changes them, and their cards are kept apart."""
    return kept(f"profile:{name}:{active_language()}:{enterprise.pk}", lambda: ids_of(enterprise))


def profile_context(request, enterprise, preview=False):
    """What a profile shows: on its page, and in the editors' preview of a draft."""
    directory = directory_page(request)
    profile_path = profile_url(enterprise.slug, request)
    innovations = list(enterprise.innovations.all())
    series = impact_series(enterprise)
    return {
        "page": directory,
        "self": directory,
        "card_labels": card_labels(),
        "enterprise": enterprise,
        "impact_series": series,
        # Read from the figures in hand: the page's own query fetched them, a preview holds them.
        "impact_verified_recently": verified_recently(enterprise.impact_figures.all()),
        "innovations": innovations,
        # "all" or "some" when the visitor reads texts in the profile's language, not theirs.
        "untranslated_profile": untranslated(texts_shown(enterprise, innovations, series)),
        "stories": [] if preview else _kept(enterprise, "stories", stories_mentioning),
        "related": (
            []
            if preview
            else enterprise_cards(_kept(enterprise, "related", related_enterprises), request)
        ),
        "structured": organization_json_ld(enterprise, request, profile_path),
        "canonical_path": profile_path,
        "page_title": enterprise.name,
        "meta_description": translated(enterprise, "summary").text,
        "og_image": enterprise.logo,
        "is_preview": preview,
        # Freshness: archived listings stay reachable, but say so and keep out of search engines.
        "archived": enterprise.archived_at is not None,
        "out_of_date": freshness.is_out_of_date(enterprise),
        "claimable": not preview and enterprise.live and can_be_claimed(enterprise),
        "noindex": enterprise.archived_at is not None,
    }
