"""The directory on a map: the search's results, with their list beside the map.

The list is the page: every enterprise of the results is in it, linked to its profile, whether
it has coordinates or not. The map is drawn from the list's own entries (static/js/maps.js), so
it cannot show anything else, and nothing on the page needs it.
"""

from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries import countries

from directory.addresses import profile_addresses, route_url
from directory.listing import directory_listing
from directory.place_names import place_name
from directory.views.search import export_query, removable_filters
from showcase.page_cache import kept
from showcase.security import allow_map_tiles

PLACE_FIELDS = ("slug", "name", "city", "country", "latitude", "longitude")


def coordinate(value):
    """A coordinate as the map's script reads it, whatever the visitor's number format."""
    return None if value is None else repr(float(value))


def map_places(listing, profile_address):
    """The listing's enterprises in the list's order: name, profile address, the place as the
    visitor reads it, and coordinates (None when the profile has none). One query."""
    country_names = {}
    for row in listing.ordered().values(*PLACE_FIELDS):
        code = row["country"]
        if code not in country_names:
            country_names[code] = countries.name(code)
        located = row["latitude"] is not None and row["longitude"] is not None
        yield {
            "name": row["name"],
            "url": profile_address(row["slug"]),
            "place": ", ".join(
                part for part in (place_name(row["city"], code), country_names[code]) if part
            ),
            "located": located,
            "latitude": coordinate(row["latitude"]) if located else None,
            "longitude": coordinate(row["longitude"]) if located else None,
        }


def kept_places(request, listing):
    """map_places() as a list; for filters alone, kept for the content version, language (the
    place names), host (the addresses) and order: filters make few combinations, words many."""

    def places():
        return list(map_places(listing, profile_addresses(request)))

    digest = listing.filterset.selection_digest()
    if digest is None:
        return places()
    key = f"directory:map:{get_language()}:{request.get_host()}:{listing.sort}:{digest}"
    return kept(key, places)


def directory_map(request, page):
    listing = directory_listing(request.GET)
    places = kept_places(request, listing)
    located = sum(place["located"] for place in places)
    filtered = bool(request.GET)
    context = page.get_context(request)
    context.update(
        {
            "listing": listing,
            "places": places,
            "total": len(places),
            "located_count": located,
            "unlocated_count": len(places) - located,
            "active_filters": removable_filters(request, listing),
            "notices": listing.notices,
            "noindex": filtered,
            "export_query": export_query(request),
            "canonical_path": route_url("map", request=request),
            "page_title": _("%(title)s: map") % {"title": page.title},
        }
    )
    response = TemplateResponse(request, "directory/directory_map.html", context)
    if filtered:
        response["X-Robots-Tag"] = "noindex"
    return allow_map_tiles(response)
