"""The demo pages in Dutch and French, created as Wagtail translations of the English ones.

Each translation is a copy of its original in the other language's page tree (so it keeps the
original's images, dates, links and settings), with the text of translations-<code>.yaml.
Running it again translates only what has no translation yet.
"""

import json

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from home.demo import content
from home.models import EventPage, HomePage, SiteSettings, StoryPage


class DemoTranslator:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if home is None:
            return
        for code, text in content.translations().items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None:
                continue
            self.translate_pages(home, locale, text)
            self.follow_menu_order(home, locale)
            self.translate_site(code, text.get("site", {}))

    def translate_pages(self, home, locale, text):
        pages = text["pages"]
        self.translate(home, locale, pages["home"])
        children = {child.slug: child for child in home.get_children()}
        for key, slug in (
            ("about", content.ABOUT["slug"]),
            ("privacy", content.PRIVACY["slug"]),
            ("events", "events"),
            ("stories", "stories"),
            ("directory", "directory"),
            ("impact", "impact"),
        ):
            if key in pages and slug in children:
                self.translate(children[slug], locale, pages[key])
        for model, key in ((EventPage, "events"), (StoryPage, "stories")):
            for slug, fields in text.get(key, {}).items():
                original = model.objects.filter(locale=home.locale, slug=slug).first()
                if original is not None:
                    self.translate(original, locale, fields)

    @staticmethod
    def follow_menu_order(home, locale):
        """Each language's menu in the original's order, whatever order they were translated in."""
        translated_home = home.get_translation_or_none(locale)
        if translated_home is None:
            return
        for child in home.get_children():
            translation = child.get_translation_or_none(locale)
            if translation is not None:
                translation.move(translated_home, pos="last-child")

    def translate(self, original, locale, fields):
        if original.get_translation_or_none(locale) is not None:
            return
        page = original.specific.copy_for_translation(locale, copy_parents=True)
        for name, value in fields.items():
            if name == "registration_audiences":
                value = translated_audiences(original.specific, value)
            setattr(page, name, json.dumps(value) if name == "body" else value)
        if isinstance(page, EventPage):
            page.organisers.set(original.specific.organisers.all())
            page.partners.set(original.specific.partners.all())
        page.save_revision().publish()
        self.log(f"Translated {original.title} into {locale.get_display_name()}")

    def translate_site(self, code, text):
        """The site's tagline and funding statement, one field per language."""
        site_settings = SiteSettings.load()
        changed = []
        for name, value in text.items():
            field = f"{name}_{code}"
            if hasattr(site_settings, field) and not getattr(site_settings, field):
                setattr(site_settings, field, value)
                changed.append(field)
        if changed:
            site_settings.save(update_fields=changed)


def translated_audiences(original, names):
    """The original's audiences under the translated names, each keeping its block id (which
    registrations record, the same in every language)."""
    blocks = list(original.registration_audiences.raw_data)
    return json.dumps(
        [
            {"type": "audience", "value": name, "id": block["id"]}
            for block, name in zip(blocks, names, strict=True)
        ]
    )
