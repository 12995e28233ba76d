"""Every address beneath the directory page, declared once.

The directory page serves these routes (directory.models.pages) wherever editors put it; the slugs
profiles may not take and the redaction of signed links in logs are derived from this table, so
a new route or a renamed page changes them together. Nothing here touches models, because the
logging configuration reads it before the apps are loaded.
"""

import re
from dataclasses import dataclass

from django.urls import register_converter


class SignedLinkConverter:
    """A signed token from one of our e-mails: the key to one submission or listing."""

    regex = "[^/]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(SignedLinkConverter, "signed")


@dataclass(frozen=True)
class Route:
    name: str
    pattern: str
    regex: bool = False

    @property
    def carries_signed_link(self):
        return "<signed:" in self.pattern

    @property
    def first_word(self):
        """The literal word the address starts with ("submit"), if it starts with one."""
        match = re.match(r"\^?([a-z0-9-]+)", self.pattern)
        return match.group(1) if match else None


ROUTES = {
    route.name: route
    for route in (
        Route("search", ""),
        # The same results as the search, on a map beside their list.
        Route("map", "map/"),
        # A download is named like a file. Wagtail adds a slash to every route it resolves, so
        # the pattern accepts one, and reversing it leaves it out.
        Route("export", r"^export\.(?P<fmt>[a-z]+)/?$", regex=True),
        # The impact figures of the same enterprises, a row each, for the CSV's users.
        Route("figures_export", r"^impact-figures\.csv/?$", regex=True),
        Route("submit", "submit/"),
        Route("submission_sent", "submit/sent/"),
        Route("resend_confirmation", "submit/resend/"),
        Route("confirm", "submit/confirm/<signed:token>/"),
        Route("update", "update/<signed:token>/"),
        Route("request_removal", "update/<signed:token>/remove/"),
        # The yearly "Is this still right?" e-mail's one-click confirmation.
        Route("still_right", "still-right/<signed:token>/"),
        Route("request_update", "<slug:slug>/update/"),
        # "Is this your enterprise?" on a listing without an owner on record.
        Route("claim", "<slug:slug>/claim/"),
        Route("profile", "<slug:slug>/"),
    )
}

# A profile with one of these slugs would be hidden behind the directory's own addresses.
RESERVED_SLUGS = frozenset(route.first_word for route in ROUTES.values() if route.first_word)


def _signed_link_pattern():
    secret = [route.pattern for route in ROUTES.values() if route.carries_signed_link]
    before_token = sorted({pattern.split("<signed:")[0] for pattern in secret})
    alternatives = "|".join(re.escape(text) for text in before_token)
    return re.compile(rf"(/(?:{alternatives}))[^/\s]+")


# A signed link in any path, wherever the directory page lives: ".../update/<token>/".
SIGNED_LINK = _signed_link_pattern()
