"""Which site and page an address serves, remembered for the content version.

Wagtail finds the site by a query on every request, and a page by walking the tree from the
site's home page, a query or two per level of the address. The answers only change when a site
is saved or a page is published, moved, renamed or deleted, all of which move the content
version on, so they are kept: the site per host, the page per site, language and address. The
page is then fetched by its id in one query, and its own route() still resolves what lies
beneath it (a routable page's sub-address) and refuses it if it is not live.
"""

import hashlib

from django.apps import apps
from django.core.cache import cache, caches
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from home.languages import active_language
from showcase.caches import KEPT_NEARBY
from showcase.page_cache import NEARBY_SECONDS, content_version, is_anonymous, kept

ROUTE_SECONDS = 60 * 60


def _components(path):
    return [component for component in (path or "").split("/") if component]


def _key(request, components):
    # A digest, not the address: addresses are as long as visitors make them.
    address = hashlib.sha256("/".join(components).encode()).hexdigest()
    return f"route:{content_version()}:{request.get_host()}:{active_language()}:{address}"


def remember_site(request):
    """Fill Wagtail's own per-request answer (Site.find_for_request) from the cache."""
    if hasattr(request, "_wagtail_site"):
        return
    request._wagtail_site = kept(
        f"site:{request._get_raw_host()}:{request.get_port()}",
        lambda: Site.find_for_request(request),
        timeout=ROUTE_SECONDS,
    )


def remembered_route(request, path):
    """Fill Wagtail's own per-request answer (Page.route_for_request) from the cache, or find
    it and remember it."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    components = _components(path)
    key = _key(request, components)
    found = _remembered(key)
    if found is not None and _reuse(request, components, found):
        return
    result = Page.route_for_request(request, path)
    site = Site.find_for_request(request)
    if result is None or site is None:
        return
    page = result[0]
    consumed = page.depth - site.root_page.depth
    _remember(key, (page._meta.label, page.pk, consumed))
    _page(request, page._meta.label, page.pk, found=page)  # kept before anything renders it


def _remembered(key):
    """A route from this process's copies, else from the shared cache: the key names the content
    version, so a copy is never older than the last publish."""
    nearby = caches[KEPT_NEARBY]
    found = nearby.get(key)
    if found is None:
        found = cache.get(key)
        if found is not None:
            nearby.set(key, found, timeout=NEARBY_SECONDS)
    return found


def _remember(key, route):
    cache.set(key, route, timeout=ROUTE_SECONDS)
    caches[KEPT_NEARBY].set(key, route, timeout=NEARBY_SECONDS)


def _page(request, label, pk, found=None):
    """The page by its id; `found` is the one routing just fetched, if any."""

    def fetch():
        return found or apps.get_model(label).objects.filter(pk=pk).first()

    if is_anonymous(request):
        return kept(f"route-page:{label}:{pk}", fetch, timeout=ROUTE_SECONDS)
    return fetch()


def _reuse(request, components, found):
    label, pk, consumed = found
    page = _page(request, label, pk)
    if page is None:
        return False
    try:
        request._wagtail_route_for_request = page.route(request, components[consumed:])
    except Http404:
        request._wagtail_route_for_request = None
    return True


class RememberedRoutingMiddleware:
    """Serves Wagtail's pages through remember_site() and remembered_route(). Other views
    (health checks, media, the API) neither need a site nor touch the cache here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve:
            remember_site(request)
            remembered_route(request, view_args[0] if view_args else view_kwargs.get("path"))
