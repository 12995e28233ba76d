"""Uploaded images served by the site itself: the public ones on a single server without object
storage, and logos awaiting moderation to signed-in editors, wherever they are stored.

Only the image library's two folders are served publicly, only as the image types the site
accepts, and never anything from the private folder where uploads wait for moderation.
Documents have their own view (Wagtail's), which applies their collections' privacy.
"""

from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.utils._os import safe_join
from django.views.decorators.http import last_modified, require_safe

from showcase.storage import PENDING

CONTENT_TYPES = {
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}
# Originals, and the renditions made from them.
PUBLIC_FOLDERS = ("original_images", "images")


def public_file(path):
    """The image file a public media address names, or None for anything else."""
    folder = path.split("/", 1)[0]
    suffix = Path(path).suffix.lower()
    if folder not in PUBLIC_FOLDERS or suffix not in CONTENT_TYPES:
        return None
    try:
        candidate = Path(safe_join(settings.MEDIA_ROOT, path)).resolve()
    except (SuspiciousFileOperation, ValueError):
        return None
    # Resolved, so neither "..", nor a link, nor a private folder set inside MEDIA_ROOT leads out.
    if not candidate.is_relative_to(Path(settings.MEDIA_ROOT).resolve() / folder):
        return None
    if candidate.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve()):
        return None
    return candidate if candidate.is_file() else None


def _modified(request, path):
    found = public_file(path)
    return datetime.fromtimestamp(found.stat().st_mtime, tz=UTC) if found else None


@require_safe
@last_modified(_modified)
def serve_media(request, path):
    found = public_file(path)
    if found is None:
        raise Http404("No such image")
    response = FileResponse(found.open("rb"), content_type=CONTENT_TYPES[found.suffix.lower()])
    # A replaced or deleted image may be seen for a day at most where it was cached.
    response["Cache-Control"] = f"public, max-age={settings.MEDIA_CACHE_SECONDS}"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def serve_pending(request, path):
    """A logo awaiting moderation, or a rendition of it, for the admin's signed-in users only
    (the admin's URLs require it): editors see it in the preview and the image library."""
    name = PENDING + path
    private = storages["private"]
    content_type = CONTENT_TYPES.get(Path(path).suffix.lower())
    if content_type is None or ".." in Path(path).parts or not private.exists(name):
        raise Http404("No such image")
    response = FileResponse(private.open(name, "rb"), content_type=content_type)
    response["Cache-Control"] = "private, max-age=600"
    response["X-Content-Type-Options"] = "nosniff"
    return response
