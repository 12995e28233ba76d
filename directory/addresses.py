"""Links to the directory page's routes, from wherever editors have put the page."""

from directory.models import DirectoryPage
from home.languages import (
    active_language,
    address_in_active_language,
    only_page_in_active_language,
)
from showcase.page_cache import kept

# Where links point while no directory page is published: the default page's address.
UNPUBLISHED_PATH = "/directory/"
# Renaming or moving a page moves the content version on; the timeout only bounds how long a
# process that cannot see the shared version keeps an old address.
PATH_CACHE_SECONDS = 600
SAMPLE_SLUG = "profile-slug"
_UNKNOWN = object()


def directory_page(request=None):
    """The live directory page in the visitor's language, looked up at most once per request.

    A request the page itself serves already holds it (DirectoryPage.serve). Links written in
    another language than the request's (an e-mail in its reader's language, the sitemap's
    alternates) look their own page up.
    """
    in_request_language = _in_request_language(request)
    page = getattr(request, "directory_page", _UNKNOWN)
    if page is _UNKNOWN or not in_request_language:
        page = only_page_in_active_language(DirectoryPage)
        if request is not None and in_request_language:
            request.directory_page = page
    return page


def _in_request_language(request):
    language = active_language()
    return request is not None and getattr(request, "LANGUAGE_CODE", language) == language


def directory_path(request=None):
    """The directory page's address ("/nl/directory/"), per language, on the request and per
    content version. Links to profiles on cards, in sitemaps and in e-mails thus cost no query.
    """
    paths = getattr(request, "_directory_paths", None)
    if paths is None:
        paths = {}
        if request is not None:
            request._directory_paths = paths
    language = active_language()
    if language not in paths:
        page = getattr(request, "directory_page", None)
        if page is not None and _in_request_language(request):
            paths[language] = address_in_active_language(page, request)
        else:
            paths[language] = _shared_path(request)
    return paths[language]


def _shared_path(request):
    def find():
        page = directory_page(request)
        return address_in_active_language(page) if page is not None else UNPUBLISHED_PATH

    return kept(f"directory:path:{active_language()}", find, timeout=PATH_CACHE_SECONDS)


def route_url(name, *args, request=None):
    """The address of one of the directory page's routes: route_url("profile", slug)."""
    return directory_path(request) + DirectoryPage.get_resolver().reverse(name, *args)


def profile_url(slug, request=None):
    return route_url("profile", slug, request=request)


def profile_addresses(request=None, absolute=False):
    """slug -> profile address, for long lists: the route is reversed once, not once a row."""
    sample = profile_url(SAMPLE_SLUG, request)
    if absolute:
        sample = request.build_absolute_uri(sample)
    before, after = sample.rsplit(SAMPLE_SLUG, 1)
    return lambda slug: f"{before}{slug}{after}"
