from django.db.models import Prefetch
from django.http import Http404
from django.template.response import TemplateResponse

from directory.models import Enterprise, ImpactFigure, Innovation
from directory.profile_context import profile_context
from showcase.security import allow_map_tiles


def enterprise_profile(request, slug):
    enterprise = (
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
    if enterprise is None:
        raise Http404("No such enterprise")
    context = profile_context(request, enterprise)
    response = TemplateResponse(request, "directory/enterprise_detail.html", context)
    if enterprise.latitude is not None and enterprise.longitude is not None:
        # The profile shows its place on a map.
        allow_map_tiles(response)
    return response
