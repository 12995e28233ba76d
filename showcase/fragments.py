"""HTML fragments kept per content version: cards and the like, rendered once and reused on
every page that lists them, until the next publish makes them anew."""

import hashlib

from django.core.cache import cache, caches
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from showcase.caches import KEPT_NEARBY
from showcase.page_cache import NEARBY_SECONDS, content_version

FRAGMENT_SECONDS = 60 * 60


def kept_fragments(kind, ids, render, where=""):
    """The fragments of these ids, in their order, as safe HTML; an id `render` makes nothing
    for has none. `render(missing_ids)` returns {id: html} for those not kept yet. Fragments
    vary with the content version, the language, the date (what is "upcoming" or "recent") and
    `where` (what else their links depend on)."""
    ids = list(ids)
    if not ids:
        return []
    place = hashlib.sha256(where.encode()).hexdigest()[:16]
    prefix = f"fragment:{kind}:{content_version()}:{get_language()}:{timezone.localdate()}:{place}"
    keys = {pk: f"{prefix}:{pk}" for pk in ids}
    nearby = caches[KEPT_NEARBY]  # as for kept(): this process's copies, then the shared cache
    found = nearby.get_many(keys.values())
    if len(found) < len(keys):
        shared = cache.get_many([key for key in keys.values() if key not in found])
        nearby.set_many(shared, timeout=NEARBY_SECONDS)
        found.update(shared)
    missing = [pk for pk in ids if keys[pk] not in found]
    if missing:
        made = {keys[pk]: str(html) for pk, html in render(missing).items()}
        cache.set_many(made, timeout=FRAGMENT_SECONDS)
        nearby.set_many(made, timeout=NEARBY_SECONDS)
        found.update(made)
    return [mark_safe(found[keys[pk]]) for pk in ids if keys[pk] in found]  # noqa: S308
