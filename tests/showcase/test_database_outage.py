"""The site against a real database that goes away and comes back, served by gunicorn.

Visitors get a friendly 503 while it is gone, the site recovers by itself when it returns, and a
submission acknowledged before the outage is still there afterwards.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
import requests
from bs4 import BeautifulSoup

from bench.servers import start_gunicorn, wait_until_it_answers
from tests.showcase.private_postgres import PrivatePostgres, free_port, postgres_bin

BASE_DIR = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    postgres_bin() is None, reason="PostgreSQL server binaries (initdb, pg_ctl) are not installed"
)


@pytest.fixture(scope="module")
def database():
    server = PrivatePostgres()
    server.create()
    yield server
    server.destroy()


# The submission form is one of the directory page's routes: the bare site needs that page.
DIRECTORY_PAGE = (
    "from directory.demo.loader import ensure_directory_page\n"
    "from home.demo.loader import DemoContentLoader\n"
    "ensure_directory_page(DemoContentLoader(log=lambda message: None).home_page())"
)


@pytest.fixture(scope="module")
def site(database):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "showcase.settings.test",
        "DATABASE_URL": database.url,
        "DB_CONN_MAX_AGE": "60",
        "DIRECTORY_FORM_MIN_SECONDS": "0",
    }
    for command in (["migrate", "--noinput"], ["shell", "-c", DIRECTORY_PAGE]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            timeout=600,
        )
    port = free_port()
    server = start_gunicorn(env, port, workers=1, timeout=30)
    base = f"http://127.0.0.1:{port}"
    # The first request loads the whole site into the worker: give it time on a busy machine.
    wait_until_it_answers(f"{base}/healthz", seconds=120)
    yield base
    server.terminate()
    server.wait(timeout=10)


def open_form(base):
    session = requests.Session()
    form = BeautifulSoup(
        session.get(f"{base}/en/directory/submit/", timeout=10).text, "html.parser"
    )
    return session, form


def submit_listing(base, name, opened=None):
    session, form = opened or open_form(base)
    sector = form.find("input", attrs={"name": "profile-sectors"})["value"]
    data = {
        "csrfmiddlewaretoken": form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"],
        "submitter-started": form.find("input", attrs={"name": "submitter-started"})["value"],
        "profile-name": name,
        "profile-summary": "Acknowledged before the outage.",
        "profile-description": "A listing that must survive.",
        "profile-country": "BE",
        "profile-city": "Gent",
        "profile-sectors": sector,
        "innovations-TOTAL_FORMS": "3",
        "innovations-INITIAL_FORMS": "0",
        "figures-TOTAL_FORMS": "5",
        "figures-INITIAL_FORMS": "0",
        "submitter-submitter_name": "Tester",
        "submitter-submitter_email": "tester@example.org",
        "submitter-consent": "on",
    }
    return session.post(
        f"{base}/en/directory/submit/",
        data=data,
        headers={"Referer": f"{base}/en/directory/submit/"},
        allow_redirects=False,
        timeout=10,
    )


def stored_names(database):
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:{database.port}/showcase") as connection:
        rows = connection.execute(
            "SELECT e.name FROM directory_enterprise e "
            "JOIN directory_submission s ON s.enterprise_id = e.id"
        ).fetchall()
    return {row[0] for row in rows}


def test_outage_gives_a_friendly_503_and_the_site_recovers_with_nothing_lost(database, site):
    acknowledged = submit_listing(site, "Before The Outage")
    assert acknowledged.status_code == 302
    opened_before = open_form(site)

    database.stop()
    page = requests.get(f"{site}/", timeout=10)
    assert page.status_code == 503
    assert "The site is briefly unavailable" in page.text
    assert "Traceback" not in page.text and "psycopg" not in page.text
    assert page.headers["Retry-After"] == "60"
    assert requests.get(f"{site}/healthz", timeout=10).status_code == 503
    during = submit_listing(site, "During The Outage", opened_before)
    assert during.status_code == 503

    database.start()
    statuses = []
    for _ in range(10):
        statuses.append(requests.get(f"{site}/healthz", timeout=10).status_code)
        if statuses[-1] == 200:
            break
        time.sleep(0.5)
    assert statuses[-1] == 200, statuses
    assert requests.get(f"{site}/directory/submit/", timeout=10).status_code == 200
    assert stored_names(database) == {"Before The Outage"}
