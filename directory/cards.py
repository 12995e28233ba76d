"""Enterprise cards as HTML, each rendered once per content version, language and day.

A card shows only what a publish changes (the live profile, its sectors, goals and logo) and the
"verified impact" mark, which also changes with the date. Every list of cards (the directory's
results, the home page's featured enterprises, a story's, a profile's related ones) asks for
them by id, so a page of results costs one cache read instead of a few queries and two dozen
template renders; only the cards not yet rendered are fetched and rendered.
"""

from django.template.loader import render_to_string

from directory.addresses import directory_path
from directory.listing import card_labels
from directory.models import Enterprise
from showcase.fragments import kept_fragments

CARD_TEMPLATE = "components/enterprise_card.html"


def enterprise_cards(ids, request=None):
    """The cards of these enterprises, in the order of `ids`; an id with no enterprise has no
    card. The caller decides which enterprises may be shown."""
    # Cards link to profiles under this site's directory page, in this language.
    where = f"{request.get_host() if request else ''}{directory_path(request)}"
    return kept_fragments("enterprise-card", ids, lambda missing: _render(missing, request), where)


def _render(ids, request):
    enterprises = Enterprise.objects.for_cards().in_bulk(ids)
    labels = card_labels()
    return {
        pk: render_to_string(
            CARD_TEMPLATE, {"enterprise": enterprise, "card_labels": labels, "request": request}
        )
        for pk, enterprise in enterprises.items()
    }
