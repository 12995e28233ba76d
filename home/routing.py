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
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from home.languages import active_language
from showcase.page_cache import is_anonymous, kept

ROUTE_SECONDS = 60 * 60


def _components(path):
    return [component for component in (path or "").split("/") if component]


def _name(request, components):
    # A digest, not the address: addresses are as long as visitors make them.
    address = hashlib.sha256("/".join(components).encode()).hexdigest()
    return f"route:{request.get_host()}:{active_language()}:{address}"


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
    it and remember it. An address that leads nowhere is not remembered: Wagtail answers it."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    components = _components(path)
    found = kept(
        _name(request, components),
        lambda: _find(request, path),
        timeout=ROUTE_SECONDS,
        keep_none=False,
    )
    # Finding the route just now filled Wagtail's answer already.
    if found is not None and not hasattr(request, "_wagtail_route_for_request"):
        _reuse(request, components, found)


def _find(request, path):
    """(page model, page id, how many of the address's parts lead to the page), or None."""
    result = Page.route_for_request(request, path)
    site = Site.find_for_request(request)
    if result is None or site is None:
        return None
    page = result[0]
    _page(request, page._meta.label, page.pk, found=page)  # kept before anything renders it
    return page._meta.label, page.pk, page.depth - site.root_page.depth


def _page(request, label, pk, found=None):
    """The page by its id; `found` is the one routing just fetched, if any."""

    def fetch():
        return found or apps.get_model(label).objects.filter(pk=pk).first()

    if is_anonymous(request):
        return kept(f"route-page:{label}:{pk}", fetch, timeout=ROUTE_SECONDS)
    return fetch()


def _reuse(request, components, found):
    """Wagtail's answer from the page remembered; left to Wagtail if the page is gone."""
    label, pk, consumed = found
    page = _page(request, label, pk)
    if page is None:
        return
    try:
        request._wagtail_route_for_request = page.route(request, components[consumed:])
    except Http404:
        request._wagtail_route_for_request = None


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
