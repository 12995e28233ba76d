import re
import sys

from django.conf import settings
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from home.site_search import matching_enterprises, matching_pages

SEARCH_QUERY_MAX_LENGTH = 200
# Databases refuse NUL and search engines choke on other control characters.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r"[^\W_]+")
SEARCH_RESULTS_PER_PAGE = 10


@never_cache
def search(request):
    query = _CONTROL_CHARACTERS.sub("", request.GET.get("q", "")).strip()[:SEARCH_QUERY_MAX_LENGTH]
    # Search for the words only: quotes and symbols mean syntax to some search backends.
    words = " ".join(_WORD.findall(query))
    pages = Paginator(matching_pages(words), SEARCH_RESULTS_PER_PAGE)
    return render(
        request,
        "home/search_results.html",
        {
            "search_query": query,
            "results": pages.get_page(request.GET.get("page")),
            "enterprises": matching_enterprises(query, request) if words else None,
            "page_title": _("Search"),
            "noindex": True,
        },
    )


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Render without context processors or the database: whatever broke may be what they need.
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "60"
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


def open_data(request):
    """What the site's data is free to reuse under, and where to take it: downloads and API."""
    from directory.addresses import route_url
    from directory.views.exports import LICENCE_NAME, LICENCE_URL
    from showcase.api_pages import MAX_PAGE_SIZE

    limit, window = settings.API_RATE
    endpoints = [
        ("list_enterprises", (), _("Published enterprises, with the directory’s filters.")),
        ("get_enterprise", ("{slug}",), _("One enterprise, by its slug.")),
        ("list_sectors", (), _("Sectors, with their names in English, Dutch and French.")),
        ("list_goals", (), _("The UN Sustainable Development Goals.")),
        ("list_certifications", (), _("Certifications.")),
        ("list_indicators", (), _("The catalogue of impact indicators, with their units.")),
        ("list_events", (), _("Events: upcoming (when=upcoming) or past (when=past).")),
    ]
    return render(
        request,
        "home/open_data.html",
        {
            "page_title": _("Open data"),
            "licence_name": LICENCE_NAME,
            "licence_url": LICENCE_URL,
            "endpoints": [
                (reverse(f"api:{name}", args=args).replace("%7B", "{").replace("%7D", "}"), text)
                for name, args, text in endpoints
            ],
            "schema_url": reverse("api:openapi-json"),
            "docs_url": reverse("api:openapi-view"),
            "downloads": [
                ("CSV", route_url("export", "csv", request=request)),
                ("JSON", route_url("export", "json", request=request)),
                ("GeoJSON", route_url("export", "geojson", request=request)),
                (_("Impact figures (CSV)"), route_url("figures_export", request=request)),
            ],
            "rate_limit": limit,
            "rate_minutes": max(1, window // 60),
            "max_page_size": MAX_PAGE_SIZE,
        },
    )
