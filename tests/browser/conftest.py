"""Browser tests drive Debian's Chromium through Playwright; they never download a browser.

Without Chromium they are skipped with a loud notice, unless REQUIRE_BROWSER=1 makes that a failure.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.db import connections

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
REQUIRE_BROWSER = os.environ.get("REQUIRE_BROWSER") == "1"
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

# Playwright's sync API runs an event loop in this thread; the live server's database calls
# happen in another thread, so Django's async-safety guard does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_available():
    return Path(CHROMIUM_PATH).is_file() or shutil.which(CHROMIUM_PATH) is not None


def pytest_collection_modifyitems(config, items):
    if chromium_available():
        return
    browser_items = [item for item in items if "tests/browser/" in str(item.fspath)]
    if not browser_items:
        return
    message = f"Chromium not found at {CHROMIUM_PATH}: browser tests cannot run"
    if REQUIRE_BROWSER:
        for item in browser_items:
            item.add_marker(pytest.mark.xfail(reason=message, run=False, strict=True))
        config._browser_missing = f"FAILED: {message} and REQUIRE_BROWSER=1."
    else:
        for item in browser_items:
            item.add_marker(pytest.mark.skip(reason=message))
        config._browser_missing = (
            f"SKIPPED {len(browser_items)} browser tests: {message}. "
            "Install it with `apt-get install -y chromium` or set CHROMIUM_PATH."
        )


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    notice = getattr(config, "_browser_missing", None)
    if notice:
        terminalreporter.write_sep("!", "BROWSER TESTS DID NOT RUN", red=True, bold=True)
        terminalreporter.write_line(notice, red=True, bold=True)


def pytest_sessionfinish(session, exitstatus):
    if REQUIRE_BROWSER and getattr(session.config, "_browser_missing", None):
        session.exitstatus = 1


@pytest.fixture
def browser(live_server):
    """Chromium for one test, started after the database is set up and stopped before its flush.

    While Playwright's sync API runs, Django's connection handler resolves to another connection
    object; stopping it first lets the serialized rollback restore the migration data.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # Close the connections opened inside Playwright's context so the test database can go.
        connections.close_all()


@pytest.fixture
def page(browser, request):
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
def demo_site(transactional_db, live_server, settings):
    """The launch content, served by the live server."""
    import io

    from django.core.management import call_command

    settings.WAGTAILADMIN_BASE_URL = live_server.url
    call_command("load_demo_content", stdout=io.StringIO())
    return live_server


# One address of every page type and form state of the demo site, for checks that walk them all.
PAGE_TYPES = [
    "/",
    "/directory/",
    "/directory/?country=BE&sector=circular-economy&sdg=12",
    "/directory/?q=nothing-matches-this-word",
    "/directory/submit/",
    "/events/",
    "/events/spark-social-enterprise-day-2019/",
    "/stories/",
    "/stories/international-safaris/",
    "/about/",
    "/privacy/",
    "/search/?q=safari",
    "/search/?q=Harbourlight",
    "/search/?q=nothing-matches-this",
    "/no-such-page/",
]


@pytest.fixture
def page_types(demo_site):
    """Every page type of the demo site: the fixed addresses and one enterprise profile."""
    from directory.models import Enterprise

    profile = Enterprise.objects.filter(live=True).order_by("pk").first()
    return [*PAGE_TYPES, profile.get_url()]
