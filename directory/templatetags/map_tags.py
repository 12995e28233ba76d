from html import escape

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def map_attributes():
    """The data attributes static/js/maps.js draws a map with: the tiles, their credit and the
    marker's pictures (named here, as the static storage may rename them)."""
    return format_html(
        'data-tile-url="{}" data-attribution="{}" data-icon="{}" data-icon-retina="{}" '
        'data-icon-shadow="{}"',
        settings.MAP_TILE_URL,
        settings.MAP_TILE_ATTRIBUTION,
        static("vendor/leaflet/images/marker-icon.png"),
        static("vendor/leaflet/images/marker-icon-2x.png"),
        static("vendor/leaflet/images/marker-shadow.png"),
    )


@register.simple_tag
def map_list_items(places):
    """{% map_list_items places %}: the list beside the map, an item per enterprise. Written here
    with the standard library's escape rather than in a template loop or with format_html: a
    map may list thousands, and each of those costs more per item than the whole item here."""
    # Translated outside the f-string: xgettext does not read calls inside one.
    not_located = escape(gettext("not on the map"))
    note = f' <span class="map-list__note">{not_located}</span>'
    items = []
    for place in places:
        located = place["located"]
        where = (
            f' data-latitude="{escape(place["latitude"])}"'
            f' data-longitude="{escape(place["longitude"])}"'
            if located
            else ""
        )
        items.append(
            f'<li class="map-list__item"{where}><a href="{escape(place["url"])}">'
            f'{escape(place["name"])}</a> <span class="map-list__place">'
            f"{escape(place['place'])}</span>{'' if located else note}</li>"
        )
    return mark_safe("\n".join(items))  # noqa: S308 - every value above is escaped
