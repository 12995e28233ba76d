from django.http import Http404
from django.template.response import TemplateResponse

from directory.models import Enterprise
from directory.profile_context import profile_context


def enterprise_profile(request, slug):
    enterprise = (
        Enterprise.objects.live()
        .filter(slug=slug)
        .select_related("logo")
        .prefetch_related(
            "sectors", "sdgs", "certifications", "innovations__image", "impact_figures__sdg"
        )
        .first()
    )
    if enterprise is None:
        raise Http404("No such enterprise")
    context = profile_context(request, enterprise)
    return TemplateResponse(request, "directory/enterprise_detail.html", context)
