from django.db.models import Prefetch
from django.http import Http404
from django.template.response import TemplateResponse

from directory.models import Enterprise, ImpactFigure, Innovation
from directory.profile_context import profile_context
from showcase.page_cache import kept
from showcase.security import allow_map_tiles


def live_profile(slug):
    """The live enterprise with everything its profile shows, or None."""
    return (
        Enterprise.objects.live()
        .filter(slug=slug)
        .select_related("logo")
        .prefetch_related(
            "sectors",
            "sdgs",
            "certifications",
            # Joined to what they link to, rather than one more query for each link.
            Prefetch("innovations", queryset=Innovation.objects.select_related("image")),
            Prefetch(
                "impact_figures",
                queryset=ImpactFigure.objects.select_related("sdg", "catalogue_indicator"),
            ),
        )
        .first()
    )


def enterprise_profile(request, slug):
    # Six queries, kept for the content version: only a publish changes a live profile.
    enterprise = kept(f"profile:enterprise:{slug}", lambda: live_profile(slug))
    if enterprise is None:
        raise Http404("No such enterprise")
    context = profile_context(request, enterprise)
    response = TemplateResponse(request, "directory/enterprise_detail.html", context)
    if enterprise.latitude is not None and enterprise.longitude is not None:
        # The profile shows its place on a map.
        allow_map_tiles(response)
    return response
