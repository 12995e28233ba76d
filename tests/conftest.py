import os

import pytest
from hypothesis import HealthCheck, settings
from wagtail.models import Page, Site

from tests.browser import chromium
from tests.directory.factories import DirectoryPageFactory
from tests.home.factories import (
    EventIndexPageFactory,
    HomePageFactory,
    StoryIndexPageFactory,
)
from tests.live_server import serve_one_request_at_a_time_on_shared_sqlite

# A bounded number of generated inputs in CI; HYPOTHESIS_PROFILE=thorough tries many more.
_hypothesis = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("ci", max_examples=25, **_hypothesis)
settings.register_profile("thorough", max_examples=400, **_hypothesis)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
serve_one_request_at_a_time_on_shared_sqlite()


def _browser_tests_not_run(config):
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    stats = reporter.stats if reporter else {}
    return chromium.not_run([*stats.get("skipped", []), *stats.get("xfailed", [])])


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    not_run = _browser_tests_not_run(config)
    if not_run:
        terminalreporter.write_sep("!", "BROWSER TESTS DID NOT RUN", red=True, bold=True)
        terminalreporter.write_line(chromium.notice(len(not_run)), red=True, bold=True)


def pytest_sessionstart(session):
    """The Dutch and French pages need the compiled catalogues, however pytest was started."""
    from home.management.commands.compile_translations import compile_stale

    compile_stale()


def pytest_sessionfinish(session, exitstatus):
    if chromium.REQUIRE_BROWSER and _browser_tests_not_run(session.config):
        session.exitstatus = 1


@pytest.fixture(scope="session", autouse=True)
def migration_data(django_db_setup, django_db_blocker):
    """What the migrations put in, copied before any transactional test can flush it away; the
    browser tests' demo database starts from it."""
    from django.db import connection

    with django_db_blocker.unblock():
        return connection.creation.serialize_db_to_string()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and cached pages must not leak from one test into the next."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home_page(db):
    """A home page at the root of the default site, as load_demo_content makes it."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="spark")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.hostname = "testserver"
    site.port = 80
    site.save()
    return home


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def story_index(home_page):
    return StoryIndexPageFactory(parent=home_page)


@pytest.fixture
def directory_page(home_page):
    page = DirectoryPageFactory(parent=home_page)
    page.save_revision().publish()
    return page
