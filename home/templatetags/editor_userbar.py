"""Wagtail's user bar, kept from crashing on the preview of a snippet shown in a page's template."""

from django import template
from wagtail.admin.templatetags.wagtailuserbar import get_page_instance, wagtailuserbar
from wagtail.models import Revision

register = template.Library()


def _revision_is_of(revision_id, page):
    return Revision.page_revisions.filter(pk=revision_id, object_id=str(page.pk)).exists()


@register.simple_tag(takes_context=True)
def editor_userbar(context, position="bottom-right"):
    """The user bar, without the page when the moderated revision belongs to something else.

    A moderation preview of an enterprise renders the profile inside the directory page's
    template; Wagtail's user bar would look up the enterprise's revision among page revisions.
    """
    request = context.get("request")
    revision_id = getattr(request, "revision_id", None)
    page = get_page_instance(context)
    if revision_id and page is not None and not _revision_is_of(revision_id, page):
        with context.push({"page": None, "self": None}):
            return wagtailuserbar(context, position)
    return wagtailuserbar(context, position)
