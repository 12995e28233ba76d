from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html

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
