from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.http import Http404
from django.template.response import TemplateResponse

from directory.listing import with_card_data
from directory.models import DirectoryPage, Enterprise
from directory.structured_data import organization_json_ld
from home.models import StoryPage

RELATED_COUNT = 4


def related_enterprises(enterprise):
    """Live profiles sharing a sector, closest first; profiles from the same country break ties."""
    sector_ids = [sector.pk for sector in enterprise.sectors.all()]
    same_sector = Q(sectors__in=sector_ids)
    candidates = (
        Enterprise.objects.filter(live=True)
        .filter(same_sector | Q(country=enterprise.country))
        .exclude(pk=enterprise.pk)
        .annotate(
            shared_sectors=Count("sectors", filter=same_sector, distinct=True),
            same_country=Case(
                When(country=enterprise.country, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
        )
        .order_by("-shared_sectors", "-same_country", "name")
    )
    ids = list(candidates.values_list("pk", flat=True)[:RELATED_COUNT])
    by_id = {item.pk: item for item in with_card_data(Enterprise.objects.filter(pk__in=ids))}
    return [by_id[pk] for pk in ids if pk in by_id]


def stories_mentioning(enterprise):
    return (
        StoryPage.objects.live()
        .public()
        .filter(enterprise_links__enterprise=enterprise)
        .select_related("lead_image")
        .order_by("-date")
        .distinct()
    )


def impact_series(enterprise):
    """Impact figures grouped by indicator and unit; a group with several years becomes a chart."""
    groups = {}
    for figure in enterprise.impact_figures.all():
        groups.setdefault((figure.indicator.strip().lower(), figure.unit), []).append(figure)
    series = []
    for figures in groups.values():
        figures.sort(key=lambda figure: figure.year)
        top = max(float(figure.value) for figure in figures) or 1.0
        series.append(
            {
                "indicator": figures[-1].indicator,
                "unit": figures[-1].unit,
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


def profile_context(request, enterprise, preview=False, directory=None):
    directory = directory or DirectoryPage.objects.live().first()
    directory_url = directory.url if directory else "/directory/"
    profile_path = f"{directory_url}{enterprise.slug}/"
    return {
        "page": directory,
        "self": directory,
        "directory_url": directory_url,
        "enterprise": enterprise,
        "impact_series": impact_series(enterprise),
        "innovations": list(enterprise.innovations.all()),
        "stories": [] if preview else list(stories_mentioning(enterprise)),
        "related": [] if preview else related_enterprises(enterprise),
        "structured": organization_json_ld(enterprise, request, profile_path),
        "canonical_path": profile_path,
        "page_title": enterprise.name,
        "meta_description": enterprise.summary,
        "og_image": enterprise.logo,
        "is_preview": preview,
    }


def enterprise_profile(request, directory, slug):
    enterprise = (
        Enterprise.objects.filter(live=True, slug=slug)
        .select_related("logo")
        .prefetch_related(
            "sectors", "sdgs", "certifications", "innovations__image", "impact_figures__sdg"
        )
        .first()
    )
    if enterprise is None:
        raise Http404("No such enterprise")
    context = profile_context(request, enterprise, directory=directory)
    return TemplateResponse(request, "directory/enterprise_detail.html", context)
