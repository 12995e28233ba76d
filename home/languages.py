"""The site in several languages: which language a page is read in, and its other addresses.

Every public address starts with its language (/en/, /nl/, /fr/). A page not yet translated
into the visitor's language is served in its original language at the visitor's address
(home.models.fallback), so every page has an address in every language; only real
translations are announced to search engines as alternates.
"""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from wagtail.models import Locale, Page

from showcase.page_cache import kept

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# OpenGraph names a territory too: the movement's home is Belgium, between its three languages.
OPEN_GRAPH_LOCALES = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}
_locale_ids = {}


def locale_id(code):
    """The Locale row of a language, looked up once per process (locales are never renumbered)."""
    if code not in _locale_ids:
        locale = Locale.objects.filter(language_code=code).only("pk").first()
        if locale is None:
            return None
        _locale_ids[code] = locale.pk
    return _locale_ids[code]


def active_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def language_of(page):
    """The language a page is written in."""
    for code in LANGUAGE_CODES:
        if locale_id(code) == page.locale_id:
            return code
    return page.locale.language_code


def localized(page):
    """The page's live translation in the visitor's language, else the page itself.

    Wagtail's `page.localized` looks the locale up each time; this costs no query when the
    page is already in the visitor's language.
    """
    active = locale_id(active_language())
    if page.locale_id == active or active is None:
        return page
    translation = page.get_translations().live().filter(locale_id=active).first()
    return translation.specific if translation is not None else page


def privacy_url():
    """The privacy notice in the visitor's language (or the original, if not translated)."""
    notice = in_active_language(Page.objects.live().filter(slug="privacy")).first()
    return notice.url if notice else "/privacy/"


def in_active_language(pages):
    """One page per translation: the visitor's language where it is live, else the original.

    `pages` is a queryset of pages in any language; the result stays a queryset, so it can be
    ordered, filtered, sliced and paginated as before.
    """
    active, default = locale_id(active_language()), locale_id(settings.LANGUAGE_CODE)
    if active == default or active is None:
        return pages.filter(locale_id=default)
    translated = pages.model.objects.live().filter(locale_id=active).values("translation_key")
    return pages.filter(
        Q(locale_id=active) | Q(locale_id=default) & ~Q(translation_key__in=translated)
    )


def only_page_in_active_language(model):
    """The live page of a type the site has one of per language (the directory, the event
    index), in the visitor's language or else the original; None if none is live. Other pages
    link to these everywhere, so each is kept for the content version."""
    return kept(
        f"page:only:{active_language()}:{model._meta.label}",
        lambda: in_active_language(model.objects.live()).first(),
    )


def children_in_active_language(page):
    """The live children of a page and of its translations, once each, in the visitor's language."""
    parents = page.get_translations(inclusive=True)
    queryset = Page.objects.all()
    children = reduce(or_, (queryset.child_of_q(parent) for parent in parents))
    return in_active_language(queryset.filter(children).live().public())


def swap_language(path, language):
    """The same address with another language prefix: /en/about/ -> /nl/about/."""
    parts = path.split("/", 2)
    if len(parts) > 2 and parts[1] in LANGUAGE_CODES:
        return f"/{language}/{parts[2]}"
    return f"/{language}{path}"


def address_in_active_language(page, request=None):
    """A page's address for this visitor: its own, or its fallback address in their language."""
    url = page.get_url(request)
    if url is None or page.locale_id == locale_id(active_language()):
        return url
    return swap_language(url, active_language())


def alternates(request, page=None):
    """{language: absolute address} of the pages written in each language, this one included.

    For a page, its live translations (the part of the address a page's own route serves, and the
    query, carried over); for any other view, the same address under each language prefix.
    """
    if request is None:
        return {}
    query = request.META.get("QUERY_STRING", "")
    suffix = f"?{query}" if query else ""
    if page is None or not hasattr(page, "get_translations"):
        return {
            code: request.build_absolute_uri(swap_language(request.path, code) + suffix)
            for code in LANGUAGE_CODES
        }
    route = _route_remainder(request, page)
    found = {
        code: request.build_absolute_uri(url + route + suffix)
        for code, url in translation_addresses(request, page).items()
    }
    return {code: found[code] for code in LANGUAGE_CODES if code in found}


def translation_addresses(request, page):
    """{language: address} of the page's live translations, itself included: every page shows
    them (the switcher, hreflang), so they are kept for the content version and site."""

    def find():
        translations = Page.objects.filter(translation_key=page.translation_key).live()
        return {
            translated.locale.language_code: url
            for translated in translations.select_related("locale")
            if (url := translated.get_url(request))
        }

    return kept(f"page:translations:{request.get_host()}:{page.translation_key}", find)


def _route_remainder(request, page):
    """What follows the page's own address in this request: a profile's slug, a feed."""
    own = page.get_url(request) or ""
    for candidate in (request.path, swap_language(request.path, language_of(page))):
        if own and candidate.startswith(own):
            return candidate[len(own) :]
    return ""


@never_cache
def choose_language(request, code):
    """The language switcher's links: remember the choice, then go to the page in that language."""
    if code not in LANGUAGE_CODES:
        raise Http404
    target = request.GET.get("next", "")
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not (allowed and target.startswith("/")):
        target = f"/{code}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response
