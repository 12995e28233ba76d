"""What a newcomer's `make run` does: the embedded database and the dev settings."""

import copy
import importlib
import threading
import time

import pytest
from django.db import connection, connections
from django.db.backends.sqlite3.base import DatabaseWrapper
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_an_unknown_address_under_make_run_shows_the_sites_own_404_page(client, home_page):
    dev = importlib.import_module("showcase.settings.dev")
    with override_settings(DEBUG=dev.DEBUG):
        response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "We cannot find that page" in response.text
    assert "Django tried these URL patterns" not in response.text


def _open(alias, path):
    """Another connection to a database file, configured as the site configures its own."""
    settings_dict = copy.deepcopy(connections.settings["default"])
    settings_dict["NAME"] = str(path)
    return DatabaseWrapper(settings_dict, alias)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the embedded database only")
def test_two_editors_writing_at_once_wait_for_each_other_instead_of_failing(tmp_path):
    """An autosave and a publish that overlap: both land, neither sees 'database is locked'."""
    path = tmp_path / "demo.sqlite3"
    setup = _open("probe_setup", path)
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, author TEXT)")
    setup.close()

    errors = []
    first_has_begun = threading.Event()

    def write(alias, author, started=None):
        try:
            db = _open(alias, path)
            db.ensure_connection()
            # What transaction.atomic() does first on SQLite: BEGIN in the configured mode.
            db._start_transaction_under_autocommit()
            with db.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM revision")
                if started:
                    started.set()
                    time.sleep(0.4)
                cursor.execute("INSERT INTO revision (author) VALUES (%s)", [author])
            db.commit()
            db.close()
        except Exception as error:  # noqa: BLE001 - the failure is what the test reports
            errors.append(error)

    publish = threading.Thread(target=write, args=("probe_publish", "publish", first_has_begun))
    publish.start()
    first_has_begun.wait(5)
    autosave = threading.Thread(target=write, args=("probe_autosave", "autosave"))
    autosave.start()
    publish.join(30)
    autosave.join(30)

    assert errors == []
    check = _open("probe_check", path)
    with check.cursor() as cursor:
        cursor.execute("SELECT author FROM revision ORDER BY id")
        assert [row[0] for row in cursor.fetchall()] == ["publish", "autosave"]
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    check.close()
