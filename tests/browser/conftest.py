"""Browser tests drive Debian's Chromium through Playwright; they never download a browser.

Without Chromium they are skipped with a loud notice, unless REQUIRE_BROWSER=1 makes that a failure.
"""

import os
from collections import namedtuple
from pathlib import Path

import pytest
from django.db import connection, connections

from tests.browser.chromium import CHROMIUM_PATH, MISSING, REQUIRE_BROWSER, chromium_available

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
BROWSER_TESTS = Path(__file__).resolve().parent

# Playwright's sync API runs an event loop in this thread; the live server's database calls
# happen in another thread, so Django's async-safety guard does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def is_browser_test(item):
    return BROWSER_TESTS in item.path.parents


# pytest-django's database fixtures (django_user_model and admin_user ask for `db` too) flush
# every table after a test that also uses the live server: the demo would be gone.
FLUSHING = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}


def refuse_flushing_fixtures(items):
    for item in items:
        flushing = FLUSHING.intersection(getattr(item, "fixturenames", ()))
        if flushing or item.get_closest_marker("django_db"):
            raise pytest.UsageError(
                f"{item.nodeid} asks for {sorted(flushing) or 'the django_db mark'}: browser "
                "tests share the demo database through demo_site and remove what they add "
                "(remove_afterwards); use get_user_model() rather than django_user_model."
            )


def pytest_collection_modifyitems(config, items):
    # Browser tests share one demo database, committed for the whole run: they run after every
    # other test, so none of those ever sees the demo content.
    items.sort(key=is_browser_test)
    refuse_flushing_fixtures([item for item in items if is_browser_test(item)])
    if chromium_available():
        return
    browser_items = [item for item in items if is_browser_test(item)]
    # tests/conftest.py reports these at the end of the run, and fails it under REQUIRE_BROWSER.
    marker = (
        pytest.mark.xfail(reason=MISSING, run=False, strict=True)
        if REQUIRE_BROWSER
        else pytest.mark.skip(reason=MISSING)
    )
    for item in browser_items:
        item.add_marker(marker)


@pytest.fixture(scope="session")
def browser(live_server):
    """One Chromium for the run; each test opens its own context (cookies, storage, viewport)."""
    from playwright.sync_api import expect, sync_playwright

    # Assertions wait as long as page actions do: the live server shares the machine's cores.
    expect.set_options(timeout=15_000)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # Close the connections opened inside Playwright's context so the test database can go.
        connections.close_all()


@pytest.fixture
def page(browser, demo_site, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    call = getattr(request.node, "rep_call", None)
    if call is not None and call.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture
def axe_violations():
    """axe-core's WCAG 2.1 A/AA report of violations on the page, or "" when there are none."""
    from axe_playwright_python.sync_playwright import Axe

    instance = Axe()

    def check(page):
        results = instance.run(
            page,
            options={
                "runOnly": {"type": "tag", "values": WCAG_TAGS},
                "resultTypes": ["violations"],
            },
        )
        return results.generate_report() if results.violations_count else ""

    return check


@pytest.fixture
def axe(axe_violations):
    def check(page):
        report = axe_violations(page)
        assert not report, f"{page.url}\n{report}"

    return check


@pytest.fixture
def axe_every_page(axe_violations):
    """Visits each address at the given width and reports every page with a violation."""

    def check(page, base_url, paths, width):
        page.set_viewport_size({"width": width, "height": 900})
        failures = {}
        for path in paths:
            page.goto(base_url + path)
            report = axe_violations(page)
            if report:
                failures[path] = report
        assert not failures, "\n\n".join(f"{path}\n{report}" for path, report in failures.items())

    return check


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """Takes the place of pytest-django's helper of this name, which makes every test that uses
    the live server transactional: the flush after each test would empty the demo database."""
    if "live_server" not in request.fixturenames:
        yield
        return
    # The server shares an in-memory SQLite test database only if that exists when it starts.
    request.getfixturevalue("django_db_setup")
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


@pytest.fixture(scope="session")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, demo_media):
    """The demo's pictures stay where the session's loading put them."""
    settings.MEDIA_ROOT = demo_media


@pytest.fixture(scope="session")
def demo_database(django_db_setup, migration_data, live_server, django_db_blocker, demo_media):
    """The launch content, loaded once per run and committed, as `make run` serves it."""
    import io

    from django.core.management import call_command
    from django.test import override_settings

    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=demo_media, WAGTAILADMIN_BASE_URL=live_server.url),
    ):
        restore_migration_data(migration_data)
        call_command("load_demo_content", stdout=io.StringIO())


def restore_migration_data(copy):
    """A transactional test that ran earlier ends with a flush, which also empties what the
    migrations put in (the root collection, the vocabularies): bring it back from the copy."""
    from wagtail.models import Collection

    if not Collection.objects.exists():
        connection.creation.deserialize_db_from_string(copy)


@pytest.fixture
def _leftovers():
    return []


@pytest.fixture
def demo_site(demo_database, live_server, django_db_blocker, settings, _leftovers):
    """The demo site, served by the live server, with database access for the test.

    Nothing rolls a browser test back: what it adds it removes (see remove_afterwards), so that
    every test finds the demo content as loaded. The removal comes after every page of the test
    has closed, as those fixtures depend on this one.
    """
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    with django_db_blocker.unblock():
        yield live_server
        for queryset in reversed(_leftovers):
            for leftover in queryset:
                leftover.delete()


@pytest.fixture
def remove_afterwards(demo_site, _leftovers):
    """Takes querysets of what a test adds to the demo database; they are deleted after it,
    pass or fail. Each is read only then, so it also finds what the site created meanwhile."""
    return _leftovers


SignIn = namedtuple("SignIn", "username password")


@pytest.fixture
def superuser(remove_afterwards):
    """What an administrator types into the login form; the account goes after the test."""
    from django.contrib.auth import get_user_model

    sign_in = SignIn("chief", "a-long-admin-password")
    users = get_user_model().objects
    remove_afterwards.append(users.filter(username=sign_in.username))
    users.create_superuser(sign_in.username, "chief@spark.test", sign_in.password)
    return sign_in


@pytest.fixture
def signed_in(page, demo_site, superuser):
    """The browser's page, signed in to the admin as an administrator."""
    from playwright.sync_api import expect

    page.goto(demo_site.url + "/admin/login/")
    page.get_by_label("Username").fill(superuser.username)
    page.get_by_label("Password").fill(superuser.password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
    return page


# One address of every page type and form state of the demo site, for checks that walk them all.
PAGE_TYPES = [
    "/",
    "/en/directory/",
    "/en/directory/?country=BE&sector=circular-economy&sdg=12",
    "/en/directory/?q=nothing-matches-this-word",
    "/en/directory/submit/",
    "/en/directory/map/?country=BE",
    "/en/impact/",
    "/en/events/",
    "/en/events/spark-social-enterprise-day-2019/",
    "/en/stories/",
    "/en/stories/international-safaris/",
    "/en/about/",
    "/en/privacy/",
    "/en/open-data/",
    "/en/search/?q=safari",
    "/en/search/?q=Harbourlight",
    "/en/search/?q=nothing-matches-this",
    "/en/no-such-page/",
]


@pytest.fixture
def page_types(demo_site):
    """Every page type of the demo site: the fixed addresses and one enterprise profile."""
    from directory.models import Enterprise

    profile = Enterprise.objects.filter(live=True).order_by("pk").first()
    return [*PAGE_TYPES, profile.get_url(), profile.get_url() + "claim/"]
