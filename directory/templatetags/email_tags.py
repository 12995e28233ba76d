from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def email_breaks(address):
    """The address with line-break opportunities before "@" and each dot, so a narrow column
    wraps it between its parts rather than in the middle of a word."""
    parts = [conditional_escape(part) for part in str(address).split(".")]
    escaped = "<wbr>.".join(parts)
    return mark_safe(escaped.replace("@", "<wbr>@"))  # noqa: S308 - every part escaped above
