"""Response headers that tell browsers what this site may do: CSP, Permissions-Policy."""

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


def preview_policy(public_directives):
    """A preview is the public page as it will be, framed by the admin's preview panel."""
    return {**public_directives, "frame-ancestors": [SELF]}


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
