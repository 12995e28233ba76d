from urllib.parse import quote

from django import template
from django.apps import apps
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Site

from home import languages
from showcase.fragments import kept_fragments
from showcase.page_cache import kept

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    """The current site's home page, looked up once per request."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_site_root_page"):
        site = Site.find_for_request(request)
        request._site_root_page = _localized_root(site) if site else None
    return request._site_root_page


def _localized_root(site):
    """The site's home page in the visitor's language, kept for the content version."""
    return kept(
        f"site:root:{site.pk}:{languages.active_language()}",
        lambda: languages.localized(site.root_page).specific,
    )


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    root = site_root(context)
    items = [child for child in footer_pages(context) if child["show_in_menus"]]
    current_path = getattr(context.get("page"), "url_path", "") or ""
    return {
        "items": [{**item, "active": current_path.startswith(item["url_path"])} for item in items],
        "root": root,
        "request": request,
    }


@register.simple_tag(takes_context=True)
def absolute_url(context, url=None):
    request = context["request"]
    return request.build_absolute_uri(url if url is not None else request.path)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address on its site, or this address without its query string."""
    request = context.get("request")
    if request is None:
        return ""
    if context.get("canonical_path"):
        return request.build_absolute_uri(context["canonical_path"])
    page = context.get("page")
    if page is not None and hasattr(page, "get_url"):
        return request.build_absolute_uri(page.get_url(request))
    return request.build_absolute_uri(request.path)


def elided_pages(page_obj):
    """Page numbers around the current page, with ellipses for the gaps."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)


@register.simple_tag(takes_context=True)
def og_image(context):
    """The image to share: one the view chose, else the page's own."""
    if context.get("og_image"):
        return context["og_image"]
    page = context.get("page")
    getter = getattr(page, "get_og_image", None)
    return getter() if callable(getter) else None


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The home page's children in the visitor's language, for both the main navigation (those
    shown in menus) and the footer (all of them): each a dict of its title, address, language
    when not the visitor's, and path. Read once per content version, language and site, since
    every page shows them and only a publish changes them."""
    request = context.get("request")
    pages = getattr(request, "_home_children", None)
    if pages is None:
        root = site_root(context)
        pages = kept(
            f"site:home-children:{languages.active_language()}:{getattr(root, 'pk', None)}",
            lambda: _home_children(root, request),
        )
        if request is not None:
            request._home_children = pages
    return pages


@register.simple_tag(takes_context=True)
def pagination(context, page_obj):
    """{% pagination page_obj %}: links to the pages around this one, keeping the address's
    other parameters. Written here rather than as a template: a dozen links, each with its
    address, took a third of a millisecond through includes and tags."""
    if page_obj.paginator.num_pages <= 1:
        return ""
    params = context["request"].GET.copy()

    def address(number):
        params["page"] = number
        return escape(f"?{params.urlencode()}")

    # Translated outside the f-strings: xgettext does not read calls inside them.
    page, pages = escape(_("Page")), escape(_("Pages"))
    previous, previous_page = escape(_("Previous")), escape(_("Previous page"))
    following, next_page = escape(_("Next")), escape(_("Next page"))
    links = []
    if page_obj.has_previous():
        links.append(
            f'<li><a rel="prev" href="{address(page_obj.previous_page_number())}" '
            f'aria-label="{previous_page}">{previous}</a></li>'
        )
    for number in elided_pages(page_obj):
        if number == page_obj.paginator.ELLIPSIS:
            links.append('<li><span aria-hidden="true">…</span></li>')
        else:
            current = ' aria-current="page"' if number == page_obj.number else ""
            links.append(
                f'<li><a{current} href="{address(number)}"><span class="visually-hidden">{page} '
                f"</span>{number}</a></li>"
            )
    if page_obj.has_next():
        links.append(
            f'<li><a rel="next" href="{address(page_obj.next_page_number())}" '
            f'aria-label="{next_page}">{following}</a></li>'
        )
    items = "\n    ".join(links)
    return mark_safe(  # noqa: S308 - every value interpolated is escaped above or an int
        f'<nav class="pagination" aria-label="{pages}">\n  <ul>\n    {items}\n  </ul>\n</nav>'
    )


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, the same on every page of a site in one language: rendered once per content
    version, site and language, from nothing but the request and the site's settings."""
    request = context.get("request")
    footer = {"request": request, "settings": context.get("settings")}
    if request is None:
        return render_to_string("includes/footer.html", footer)
    name = f"site:footer:{request.get_host()}:{languages.active_language()}"
    return mark_safe(kept(name, lambda: str(render_to_string("includes/footer.html", footer))))  # noqa: S308


def _home_children(root, request):
    if root is None:
        return []
    children = (
        languages.children_in_active_language(root)
        .order_by("path")
        .only("title", "url_path", "locale_id", "show_in_menus")
    )
    visitor = languages.active_language()
    return [
        {
            "title": child.title,
            "url": languages.address_in_active_language(child, request),
            "url_path": child.url_path,
            "show_in_menus": child.show_in_menus,
            "language": "" if (language := languages.language_of(child)) == visitor else language,
        }
        for child in children
    ]


@register.simple_tag(takes_context=True)
def localized_pageurl(context, page):
    """A page's address in the visitor's language, its fallback address if not translated."""
    return languages.address_in_active_language(page, context.get("request"))


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each language: the switcher's links and the hreflang alternates.

    Each entry has the language's code and own name, `alternate` (the absolute address of a
    real translation, or None) and `switch` (where the switcher goes: the translation, else
    this page's address in that language, which serves the original).
    """
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_language_versions", None)
    if cached is not None:
        return cached
    found = languages.alternates(request, context.get("page"))
    current = languages.active_language()
    versions = []
    for code in languages.LANGUAGE_CODES:
        target = found.get(code) or request.build_absolute_uri(
            languages.swap_language(request.get_full_path(), code)
        )
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "alternate": found.get(code),
                "switch": f"{reverse('choose_language', args=[code])}?next="
                + _path_of(request, target),
                "current": code == current,
                "open_graph": languages.OPEN_GRAPH_LOCALES.get(code, code),
            }
        )
    request._language_versions = versions
    return versions


def _path_of(request, absolute):
    prefix = request.build_absolute_uri("/")[:-1]
    return quote(absolute.removeprefix(prefix), safe="/")


@register.simple_tag(takes_context=True)
def untranslated_language(context, page=None):
    """The page's own language when it is not the visitor's (an untranslated page), else ""."""
    page = page if page is not None else context.get("page")
    if page is None or not hasattr(page, "locale_id"):
        return ""
    language = languages.language_of(page)
    return "" if language == languages.active_language() else language


# The card of each kind of page: its template (which knows its page by the kind's name), the
# page model and the image the card shows.
PAGE_CARDS = {
    "event": ("components/event_card.html", "home.EventPage", "image"),
    "story": ("components/story_card.html", "home.StoryPage", "lead_image"),
}


@register.simple_tag(takes_context=True)
def page_cards(context, pages, kind):
    """{% page_cards stories "story" %}: each page's card, rendered once per content version
    and language (showcase.fragments), however many lists show it. `pages` are pages or their
    ids; the pages of ids are read only for cards not kept yet."""
    request = context.get("request")
    given = {page.pk: page for page in pages if not isinstance(page, int)}
    ids = [page if isinstance(page, int) else page.pk for page in pages]

    def render(missing):
        template_name, model, image = PAGE_CARDS[kind]
        unread = [pk for pk in missing if pk not in given]
        if unread:
            given.update(apps.get_model(model).objects.select_related(image).in_bulk(unread))
        return {
            pk: render_to_string(template_name, {kind: given[pk], "request": request})
            for pk in missing
            if pk in given
        }

    host = request.get_host() if request is not None else ""
    return mark_safe("".join(kept_fragments(f"{kind}-card", ids, render, host)))  # noqa: S308


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """{% breadcrumb_trail page as crumbs %}: the page's ancestors below the tree's root, each a
    dict of its title, address and whether it is the home page. Kept for the content version:
    every variant of a page (filters, pages of results) shows the same trail."""
    request = context.get("request")
    host = request.get_host() if request is not None else ""

    def trail():
        return [
            {"title": ancestor.title, "url": ancestor.get_url(request), "home": ancestor.depth == 2}
            for ancestor in page.get_ancestors()
            if not ancestor.is_root()
        ]

    if not page.pk:  # a new page's preview has no id yet
        return trail()
    return kept(f"page:ancestors:{host}:{page.pk}", trail)
