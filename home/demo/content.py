"""The site's launch content about the Spark Social Enterprise project, read from the YAML files
beside this module, where editors and translators can read and change it."""

from pathlib import Path

from home.demo.data_files import Entry, read

DATA = Path(__file__).resolve().parent

# A body is a list of blocks in Wagtail's raw StreamField form.
BLOCK = Entry("block", required=("type", "value"))
INDEX_PAGE = Entry("index page", required=("title", "intro"))
HOME_PAGE = Entry(
    "home page", required=("title", "intro"), optional=("seo_title", "search_description")
)
STANDARD_PAGE = Entry(
    "page",
    required=("title", "slug", "intro", "body"),
    optional=("search_description",),
    nested={"body": [BLOCK]},
)
ORGANISATION = Entry(
    "organisation",
    required=("name",),
    optional=("role", "country", "city", "website", "short_description"),
)
EVENT = Entry(
    "event",
    required=("title", "slug", "artwork", "start_date", "organisers", "partners", "body"),
    optional=(
        *("search_description", "summary", "audience", "what_to_expect"),
        *("end_date", "start_time", "end_time", "time_zone", "registration_url"),
        *("registration_enabled", "registration_capacity", "registration_waiting_list"),
        *("registration_audiences", "registration_question"),
        *("venue_name", "street_address", "postal_code", "city", "region", "country"),
    ),
    nested={"body": [BLOCK]},
)
STORY = Entry(
    "story",
    required=("title", "slug", "artwork", "date", "tags", "intro", "body"),
    # The enterprises (by slug) and event (by slug) a story features, linked once they exist.
    optional=("enterprises", "event"),
    nested={"body": [BLOCK]},
)

SITE = read(
    DATA / "site.yaml",
    Entry(
        "site file",
        required=("contact_email", "previous_contact_emails", "tagline", "funding_statement"),
    ),
)
PAGES = read(
    DATA / "pages.yaml",
    Entry(
        "pages file",
        required=("home", "about", "privacy"),
        nested={"home": HOME_PAGE, "about": STANDARD_PAGE, "privacy": STANDARD_PAGE},
    ),
)
EVENTS = read(
    DATA / "events.yaml",
    Entry(
        "events file",
        required=("index", "spark_day", "demo_day"),
        nested={"index": INDEX_PAGE, "spark_day": EVENT, "demo_day": EVENT},
    ),
)
STORIES_FILE = read(
    DATA / "stories.yaml",
    Entry(
        "stories file",
        required=("index", "stories"),
        nested={"index": INDEX_PAGE, "stories": [STORY]},
    ),
)

CONTACT_EMAIL = SITE["contact_email"]
PREVIOUS_CONTACT_EMAILS = tuple(SITE["previous_contact_emails"])
SITE_TAGLINE = SITE["tagline"]
FUNDING_STATEMENT = SITE["funding_statement"]
HOME = PAGES["home"]
ABOUT = PAGES["about"]
PRIVACY = PAGES["privacy"]
ORGANISATIONS = read(DATA / "organisations.yaml", [ORGANISATION])
EVENT_INDEX = EVENTS["index"]
SPARK_DAY = EVENTS["spark_day"]
# An upcoming event, marked as a demo, that takes registrations.
DEMO_DAY = EVENTS["demo_day"]
STORY_INDEX = STORIES_FILE["index"]
STORIES = STORIES_FILE["stories"]

# The demo pages in the site's other languages: translations-<code>.yaml, translated text only.
TEXT_PAGE = Entry(
    "translated page",
    required=("title",),
    optional=("seo_title", "search_description", "intro", "summary", "body"),
    nested={"body": [BLOCK]},
)
# The directory's page also says, below its downloads, under which licence its data is reused.
DIRECTORY_TEXT = Entry(
    "translated directory page",
    required=TEXT_PAGE.required,
    optional=(*TEXT_PAGE.optional, "data_licence_note"),
    nested=TEXT_PAGE.nested,
)
TRANSLATED_EVENT = Entry(
    "translated event",
    required=("title",),
    optional=(
        *("search_description", "summary", "audience", "what_to_expect", "body"),
        *("registration_audiences", "registration_question"),
    ),
    nested={"body": [BLOCK]},
)
TRANSLATIONS_FILE = Entry(
    "translations file",
    required=("pages",),
    optional=("site", "events", "stories"),
    nested={
        "site": Entry("site", required=(), optional=("tagline", "funding_statement")),
        "pages": Entry(
            "pages",
            required=("home",),
            optional=("about", "privacy", "events", "stories", "directory", "impact"),
            nested={
                **{
                    key: TEXT_PAGE
                    for key in ("home", "about", "privacy", "events", "stories", "impact")
                },
                "directory": DIRECTORY_TEXT,
            },
        ),
    },
)


def translations():
    """{language code: translated demo text} for each translations file beside this module."""
    found = {}
    for path in sorted(DATA.glob("translations-*.yaml")):
        code = path.stem.removeprefix("translations-")
        found[code] = read(path, TRANSLATIONS_FILE)
        for slug, fields in found[code].get("events", {}).items():
            TRANSLATED_EVENT.check(fields, (str(path), "events", slug))
        for slug, fields in found[code].get("stories", {}).items():
            TEXT_PAGE.check(fields, (str(path), "stories", slug))
    return found
