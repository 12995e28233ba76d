"""Listings that may be the same enterprise as another one.

Two kinds: a *sure* match (the same website, or the same name once accents, case and legal-form
words such as Ltd or vzw are set aside, in the same country) stops a visitor until they say it is
another enterprise; a *near* match (a name that contains the other, or differs by a few letters)
does not trouble the visitor but is shown to the editor who reviews the listing.
"""

from difflib import SequenceMatcher
from urllib.parse import urlsplit

from django.db.models import Q

from directory.models import Enterprise, Origin
from directory.names import core_words

NEAR_RATIO = 0.85
# Candidates share one of the name's longest words; this many rows bounds the comparison.
MAX_CANDIDATES = 300
SAME_WEBSITE = "website"
SAME_NAME = "name"
SIMILAR_NAME = "similar"


# Hosts many unrelated enterprises share: social networks, link pages, shorteners and site
# builders. The same one on two listings says nothing about whether they are one enterprise.
SHARED_DOMAINS = {
    "facebook.com",
    "fb.com",
    "instagram.com",
    "linkedin.com",
    "twitter.com",
    "x.com",
    "youtube.com",
    "tiktok.com",
    "threads.net",
    "bsky.app",
    "mastodon.social",
    "linktr.ee",
    "bit.ly",
    "tinyurl.com",
    "goo.gl",
    "t.co",
    "ow.ly",
    "sites.google.com",
    "wixsite.com",
    "wix.com",
    "wordpress.com",
    "blogspot.com",
    "weebly.com",
    "squarespace.com",
    "jimdofree.com",
    "jimdosite.com",
    "webnode.page",
    "strikingly.com",
    "carrd.co",
    "notion.site",
    "canva.site",
}


def website_domain(url):
    """The host that identifies an enterprise's own website, or "" for a shared one."""
    host = (urlsplit(url).hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    if any(host == shared or host.endswith("." + shared) for shared in SHARED_DOMAINS):
        return ""
    return host


def name_likeness(name, other):
    """SAME_NAME, SIMILAR_NAME or None for two enterprise names."""
    words, other_words = core_words(name), core_words(other)
    if words == other_words:
        return SAME_NAME
    shorter, longer = sorted((words, other_words), key=len)
    if len(" ".join(shorter)) >= 5 and set(shorter) <= set(longer):
        return SIMILAR_NAME
    if SequenceMatcher(None, " ".join(words), " ".join(other_words)).ratio() >= NEAR_RATIO:
        return SIMILAR_NAME
    return None


def _distinctive_words(name):
    return sorted((word for word in core_words(name) if len(word) >= 3), key=len, reverse=True)[:2]


def find_duplicates(name, country, website, exclude=None):
    """Enterprises that may be this one, each with `duplicate_reason` and `blocks_submission`.

    The database narrows the candidates to the same website or to the same country and one of
    the name's two longest words; only those few names are compared here.
    """
    domain = website_domain(website) if website else ""
    shares_word = Q()
    for word in _distinctive_words(name):
        shares_word |= Q(sort_name__contains=word)
    query = Q(country=country) & shares_word if shares_word else Q(pk__in=[])
    if domain:
        query |= Q(website__icontains=domain)
    candidates = Enterprise.objects.exclude(origin=Origin.SYNTHETIC).filter(query)
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude)
    matches = []
    for enterprise in candidates.only(
        "pk", "name", "slug", "website", "country", "live", "sort_name"
    ).order_by("sort_name", "pk")[:MAX_CANDIDATES]:
        if domain and website_domain(enterprise.website or "") == domain:
            reason = SAME_WEBSITE
        elif enterprise.country == country:
            reason = name_likeness(name, enterprise.name)
        else:
            reason = None
        if reason:
            enterprise.duplicate_reason = reason
            enterprise.blocks_submission = reason != SIMILAR_NAME
            matches.append(enterprise)
    return matches
