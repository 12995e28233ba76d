from django import template
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    """The current site's home page, looked up once per request."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_site_root_page"):
        site = Site.find_for_request(request)
        request._site_root_page = site.root_page.specific if site else None
    return request._site_root_page


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context.get("request")
    root = site_root(context)
    items = []
    if root is not None:
        items = list(root.get_children().live().public().in_menu().only("title", "url_path"))
    current_path = getattr(context.get("page"), "url_path", "") or ""
    return {
        "items": [
            {"page": item, "active": current_path.startswith(item.url_path)} for item in items
        ],
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


@register.simple_tag
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
