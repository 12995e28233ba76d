"""Builds the site's page tree and launch content; running it again adds only what is missing."""

import datetime
import io
import json
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.demo import content
from home.demo.images import artwork, monogram
from home.models import (
    CustomImage,
    EventIndexPage,
    EventPage,
    HomePage,
    Organisation,
    SiteSettings,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)


def demo_image(title, data, alt_text, filename):
    """The image with this title, created from the given bytes the first time."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    return CustomImage.objects.create(
        title=title, alt_text=alt_text, file=ImageFile(io.BytesIO(data), name=filename)
    )


def ensure_child(parent, model, slug, **fields):
    """Return the child page with this slug, creating and publishing it if it is missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


class DemoContentLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        home = self.home_page()
        self.site_settings()
        organisations = self.organisations()
        self.about_pages(home)
        self.events(home, organisations)
        self.stories(home)
        return home

    def home_page(self):
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=Locale.get_default()).first()
        if home is None:
            root = Page.get_first_root_node()
            hero = demo_image(
                "Spark artwork: home", artwork("home", "sparks"), "", "spark-home.png"
            )
            home = HomePage(slug="spark-home", hero_image=hero, **content.HOME)
            root.add_child(instance=home)
            home.save_revision().publish()
            self.log("Created the home page")
        if site is None:
            site = Site(is_default_site=True)
        if site.root_page_id != home.pk:
            old_root = site.root_page if site.pk else None
            base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            site.root_page = home
            site.hostname = base.hostname or "localhost"
            site.port = base.port or (443 if base.scheme == "https" else 80)
            site.site_name = "Spark Social Enterprise"
            site.save()
            # Wagtail's placeholder welcome page is of no use once the real home page exists.
            if (
                old_root is not None
                and old_root.depth == 2
                and not isinstance(old_root.specific, HomePage)
            ):
                old_root.delete()
            self.log(f"Pointed the default site at the home page ({site.hostname}:{site.port})")
        return home

    def site_settings(self):
        site_settings = SiteSettings.load()
        if not site_settings.contact_email:
            site_settings.tagline = content.SITE_TAGLINE
            site_settings.funding_statement = content.FUNDING_STATEMENT
            site_settings.contact_email = content.CONTACT_EMAIL
            site_settings.save()
        elif site_settings.contact_email in content.PREVIOUS_CONTACT_EMAILS:
            # Earlier demo databases carried a placeholder; an editor's own address stays.
            site_settings.contact_email = content.CONTACT_EMAIL
            site_settings.save(update_fields=["contact_email"])

    def organisations(self):
        organisations = {}
        for data in content.ORGANISATIONS:
            organisation = Organisation.objects.filter(name=data["name"]).first()
            if organisation is None:
                logo = demo_image(
                    f"Monogram: {data['name']}",
                    monogram(data["name"]),
                    "",
                    "monogram.png",
                )
                organisation = Organisation.objects.create(logo=logo, **data)
                self.log(f"Added organisation {organisation.name}")
            organisations[organisation.name] = organisation
        return organisations

    def about_pages(self, home):
        for data, in_menu in ((content.ABOUT, True), (content.PRIVACY, False)):
            fields = {key: value for key, value in data.items() if key != "slug"}
            fields["body"] = json.dumps(fields["body"])
            page, created = ensure_child(
                home, StandardPage, data["slug"], show_in_menus=in_menu, **fields
            )
            if created:
                self.log(f"Created page {page.title}")

    def events(self, home, organisations):
        index, created = ensure_child(
            home, EventIndexPage, "events", show_in_menus=True, **content.EVENT_INDEX
        )
        self.event(index, content.SPARK_DAY, organisations, "spark-day", "Social Enterprise Day")
        self.event(index, content.DEMO_DAY, organisations, "demo-day", "Demo event")

    def event(self, index, entry, organisations, seed, picture_title):
        data = dict(entry)
        organisers = [organisations[name] for name in data.pop("organisers")]
        partners = [organisations[name] for name in data.pop("partners")]
        slug = data.pop("slug")
        motif = data.pop("artwork")
        if index.get_children().filter(slug=slug).exists():
            return
        data["body"] = json.dumps(data["body"])
        for name in ("start_time", "end_time"):
            if name in data:
                data[name] = datetime.time.fromisoformat(data[name])
        if "registration_audiences" in data:
            data["registration_audiences"] = json.dumps(
                [{"type": "audience", "value": name} for name in data["registration_audiences"]]
            )
        data["image"] = demo_image(
            f"Spark artwork: {picture_title}", artwork(seed, motif), "", f"{seed}.png"
        )
        event = EventPage(slug=slug, **data)
        event.organisers.set(organisers)
        event.partners.set(partners)
        index.add_child(instance=event)
        event.save_revision().publish()
        self.log(f"Created event {event.title}")

    def stories(self, home):
        index, _created = ensure_child(
            home, StoryIndexPage, "stories", show_in_menus=True, **content.STORY_INDEX
        )
        for data in content.STORIES:
            data = dict(data)
            slug = data.pop("slug")
            if index.get_children().filter(slug=slug).exists():
                continue
            tags = data.pop("tags")
            data.pop("enterprises", None)
            data.pop("event", None)
            motif = data.pop("artwork")
            data["body"] = json.dumps(data["body"])
            data["lead_image"] = demo_image(
                f"Spark artwork: {data['title']}", artwork(slug, motif), "", f"{slug}.png"
            )
            story = StoryPage(slug=slug, **data)
            story.tags.add(*tags)
            index.add_child(instance=story)
            story.save_revision().publish()
            self.log(f"Created story {story.title}")

    @transaction.atomic
    def link_stories(self):
        """Link the demo stories to their enterprises and event, once those exist."""
        from directory.models import Enterprise, StoryEnterpriseLink

        # The originals: their translations are made afterwards, links included.
        home_locale = Locale.get_default()
        for data in content.STORIES:
            story = StoryPage.objects.filter(slug=data["slug"], locale=home_locale).first()
            if story is None:
                continue
            story = story.get_latest_revision_as_object()
            changed = False
            event_slug = data.get("event")
            if event_slug and story.event_id is None:
                story.event = EventPage.objects.filter(slug=event_slug, locale=home_locale).first()
                changed = story.event is not None
            if data.get("enterprises") and not story.enterprise_links.exists():
                found = Enterprise.objects.in_bulk(data["enterprises"], field_name="slug")
                links = [
                    StoryEnterpriseLink(enterprise=found[slug])
                    for slug in data["enterprises"]
                    if slug in found
                ]
                story.enterprise_links.set(links)
                changed = changed or bool(links)
            if changed:
                story.save_revision().publish()
                self.log(f"Linked story {story.title} to its enterprises and event")
