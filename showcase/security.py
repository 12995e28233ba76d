"""Response headers that tell browsers what this site may do: CSP, Permissions-Policy."""

from urllib.parse import urlsplit

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
)

EMBED_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]


def public_policy(extra_image_sources=()):
    """Public pages: our own files only, inline style attributes for goal colours, no framing."""
    return {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:", *extra_image_sources],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }


def admin_policy(extra_image_sources=()):
    """Wagtail's admin: it still needs inline scripts and styles, and frames its own previews."""
    return {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *extra_image_sources],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_SOURCES],
        "worker-src": [SELF, "blob:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }


def map_tile_source(tile_url):
    """The origin of a tile address ("https://tile.openstreetmap.org/{z}/{x}/{y}.png"): what
    img-src must allow for a map's background."""
    parts = urlsplit(tile_url)
    return f"{parts.scheme}://{parts.netloc}"


def allow_map_tiles(response):
    """This response's page shows a map: its policy also lets images come from the tile host.

    It sets django-csp's per-response addition (what its csp_update decorator sets), which the
    middleware adds to whichever policy it picks; a page served from the page cache keeps it.
    """
    update = dict(getattr(response, "_csp_update", None) or {})
    update["img-src"] = [*update.get("img-src", []), map_tile_source(settings.MAP_TILE_URL)]
    response._csp_update = update
    return response


def preview_policy(public_directives):
    """A preview is the public page as it will be, framed by the admin's preview panel; a
    profile's preview shows its map."""
    return {
        **public_directives,
        "img-src": [*public_directives["img-src"], map_tile_source(settings.MAP_TILE_URL)],
        "frame-ancestors": [SELF],
    }


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with one policy for the public site and a looser one for the admin.

    Wagtail renders a preview by sending a made-up request for the public address through the
    middleware again, so the path alone would give a preview the public "no framing" rule.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if getattr(request, "is_preview", False):
            directives = preview_policy(settings.CSP_PUBLIC_DIRECTIVES)
        elif request.path_info.startswith(settings.WAGTAILADMIN_PATH_PREFIX):
            directives = settings.CSP_ADMIN_DIRECTIVES
        else:
            directives = settings.CSP_PUBLIC_DIRECTIVES
        return PolicyParts(directives, parts.update, parts.replace, parts.nonce)


class PolicyHeadersMiddleware:
    """The browser policies Django does not send: features the pages may use, and who may load
    a response into their own page. Open data downloads say `cross-origin` themselves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
