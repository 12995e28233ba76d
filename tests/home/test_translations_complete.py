"""No English interface text is left on the Dutch and French site.

Every page type of the demo site is rendered in each language; any text or label that is an
English message of the catalogue with a different translation is a string the page forgot to
translate. Content still in its original language is marked with its own `lang` and left out.
"""

import io
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Site

pytestmark = pytest.mark.django_db

LANGUAGES = ("nl", "fr")
PAGES = [
    "",
    "directory/",
    "directory/?country=BE&sector=circular-economy&sdg=12",
    "directory/?q=nothing-matches-this-word",
    "directory/?country=XX&page=99",
    "directory/submit/",
    "impact/",
    "directory/map/?country=BE",
    "impact/?country=BE",
    "directory/update/",
    "events/",
    "events/spark-social-enterprise-day-2019/",
    "events/demo-social-enterprise-meet-up-2027/",
    "stories/",
    "stories/closing-day-brussels/",
    "stories/international-safaris/",
    "about/",
    "privacy/",
    "open-data/",
    "search/?q=safari",
    "search/?q=nothing-matches-this",
    "no-such-page/",
]
# What a visitor reads besides text: labels of controls and images.
ATTRIBUTES = ("placeholder", "aria-label", "title", "alt", "value", "content")


def english_messages(language):
    """English msgid -> translation, for messages whose translation reads differently."""
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    return {
        entry.msgid.strip(): entry.msgstr
        for entry in polib.pofile(str(path))
        if entry.msgstr and entry.msgstr.strip() != entry.msgid.strip() and len(entry.msgid) > 2
    }


def visible_texts(html, language):
    """(where, text) of every text and label that is in the page's own language."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    for element in soup.find_all(True):
        if _in_other_language(element, language):
            continue
        for attribute in ATTRIBUTES:
            if element.name == "meta" and attribute == "content" and not _described(element):
                continue
            if attribute == "value" and element.name not in ("input", "button"):
                continue
            if attribute == "value" and element.get("type") not in ("submit", "button", "reset"):
                continue
            value = element.get(attribute)
            if isinstance(value, str) and value.strip():
                yield f"<{element.name} {attribute}>", value.strip()
        for text in element.find_all(string=True, recursive=False):
            if text.strip():
                yield f"<{element.name}>", " ".join(text.split())


def _described(meta):
    return meta.get("name") == "description" or meta.get("property") in (
        "og:title",
        "og:description",
    )


def _in_other_language(element, language):
    for node in (element, *element.parents):
        if getattr(node, "get", None) and node.get("lang"):
            return node["lang"] != language
    return False


def untranslated(html, language, messages, content_words):
    return [
        f"{where}: {text!r}"
        for where, text in visible_texts(html, language)
        if text in messages and text not in content_words
    ]


def test_every_page_type_is_in_dutch_and_in_french(client):
    from taggit.models import Tag

    from directory.models import Enterprise
    from tests.directory.submission_helpers import submission_data

    call_command("load_demo_content", stdout=io.StringIO())
    host = Site.objects.get(is_default_site=True).hostname
    profile = Enterprise.objects.filter(live=True).order_by("pk").first()
    # Story topics are words editors chose, not the interface's.
    content_words = set(Tag.objects.values_list("name", flat=True))
    left = []
    for language in LANGUAGES:
        messages = english_messages(language)
        for address in [*PAGES, f"directory/{profile.slug}/", f"directory/{profile.slug}/claim/"]:
            response = client.get(f"/{language}/{address}", HTTP_HOST=host)
            assert response.status_code in (200, 404), address
            html = response.content.decode()
            left += [
                f"/{language}/{address} {problem}"
                for problem in untranslated(html, language, messages, content_words)
            ]
        # A form sent with mistakes: its error messages.
        sent = client.post(
            f"/{language}/directory/submit/",
            submission_data(**{"profile-name": "", "profile-website": "not a website"}),
            HTTP_HOST=host,
        )
        assert sent.status_code == 400
        summary = BeautifulSoup(sent.content, "html.parser").select_one(".error-summary")
        assert summary is not None, f"/{language}/directory/submit/ shows no error summary"
        left += [
            f"/{language}/directory/submit/ (sent with mistakes) {problem}"
            for problem in untranslated(sent.content.decode(), language, messages, content_words)
        ]
    assert left == [], "English left in the interface:\n" + "\n".join(left)
