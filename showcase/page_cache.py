"""A shared cache of whole public pages for anonymous visitors.

Every cached page is stored under the current content version; publishing, changing or deleting
anything the public sees moves the version on, so every page is rebuilt from fresh content at
once. With REDIS_URL set, all app servers share both the pages and the version.
"""

import hashlib
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache, caches
from django.utils.cache import patch_cache_control

from showcase.caches import KEPT_NEARBY

VERSION_KEY = "page-cache:version"
PUBLIC_MAX_AGE = 60
# After this, an unchanged version gets a later date: clients fetch it again once, nothing worse.
CHANGED_AT_SECONDS = 30 * 24 * 60 * 60
# A version can live for days; what is kept under it is read again now and then regardless.
KEPT_SECONDS = 60 * 60
NEARBY_SECONDS = 10 * 60
_MISSING = object()


# The version as this request first read it: a page asks a dozen times (vocabulary, totals,
# fragments), and one request never needs to see a version change made by another meanwhile.
_request_version = ContextVar("content_version", default=None)


def _first_version():
    """Where versions start when the shared cache has none (new, flushed or restarted): later
    than any version before (each publish adds one: they would have to come faster than one a
    microsecond), so no process takes what it holds of an older one for current."""
    return time.time_ns() // 1_000


def content_version():
    remembered = _request_version.get()
    if remembered:
        return remembered[0]
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _first_version(), timeout=None)
        version = cache.get(VERSION_KEY, 1)
    if remembered is not None:
        remembered.append(version)
    return version


def kept(name, compute, timeout=KEPT_SECONDS, keep_none=True):
    """compute()'s answer, kept until the content version moves on (or `timeout` passes).

    For what every page shows and only a publish changes. `name` must say everything else the
    answer depends on (language, host, filters): one name, one answer per version. None is kept
    like any other answer ("no such page" is worth remembering too), unless `keep_none` is
    false: where names come from visitors' addresses, which are endless. Kept in the shared
    cache, and in this process too (showcase.caches.KEPT_NEARBY) for a while."""
    key = f"kept:{content_version()}:{name}"
    nearby = caches[KEPT_NEARBY]
    found = nearby.get(key, _MISSING)
    if found is _MISSING:
        found = cache.get(key, _MISSING)
        if found is _MISSING:
            found = compute()
            if found is None and not keep_none:
                return None
            cache.set(key, found, timeout)
        nearby.set(key, found, timeout=min(timeout, NEARBY_SECONDS))
    return found


# {name: (content version, answer)}: kept_as_is() answers, one version each.
_as_is = {}


def kept_as_is(name, compute, timeout=KEPT_SECONDS):
    """kept(), and the answer itself held in this process for its version: for an answer read
    on every request, large enough that unpickling a copy each time counts (the directory's
    facet sets are half a megabyte at 100,000 enterprises), and that no reader changes."""
    version = content_version()
    held = _as_is.get(name)
    if held is not None and held[0] == version:
        return held[1]
    answer = kept(name, compute, timeout)
    _as_is[name] = (version, answer)
    return answer


def kept_unless_draft(request, page, name, compute):
    """kept(), except for a page being previewed or not saved yet: a draft shows its own."""
    if getattr(request, "is_preview", False) or not page.pk:
        return compute()
    return kept(name, compute)


def content_changed_at():
    """When the current content version began, as seen from here: the first time this cache
    was asked about it, never before the change itself (a Last-Modified that errs late)."""
    key = f"page-cache:changed-at:{content_version()}"
    cache.add(key, time.time(), timeout=CHANGED_AT_SECONDS)
    return cache.get(key) or time.time()


def invalidate(**kwargs):
    """Signal receiver: something public changed, so no cached page may be served any more."""
    remembered = _request_version.get()
    if remembered:
        remembered.clear()  # this request's own change: read the next version afresh
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, _first_version(), timeout=None)


def _key(request, version):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"page-cache:{version}:{request.get_host()}:{digest}"


def is_anonymous(request):
    """Whether the visitor has no session: nobody signed in, no page of their own."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def _cacheable(response):
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in control for word in ("private", "no-cache", "no-store", "max-age=0"))
    )


class AnonymousPageCacheMiddleware:
    """Serves and stores whole pages for visitors without a session; others get fresh pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_version.set([])
        try:
            return self._respond(request)
        finally:
            _request_version.reset(token)

    def _respond(self, request):
        if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if request.path_info.startswith(settings.PAGE_CACHE_EXCLUDED_PREFIXES):
            return self.get_response(request)
        if not is_anonymous(request):
            response = self.get_response(request)
            patch_cache_control(response, private=True)
            return response
        version = content_version()
        key = _key(request, version)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Cache"] = "HIT"
            return cached
        response = self.get_response(request)
        if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
            response.render()
        # A page that handed out a CSRF token belongs to this visitor alone.
        if (
            request.method == "GET"
            and _cacheable(response)
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        ):
            patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
            cache.set(key, response, timeout=settings.PAGE_CACHE_SECONDS)
            response["X-Cache"] = "MISS"
        return response
