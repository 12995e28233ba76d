"""Health checks, the database-unavailable page, request ids and what reaches the logs."""

import io
import json
import logging
import socket

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client, override_settings

from showcase.caches import cache_settings
from showcase.logging_format import JSONFormatter

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_when_database_and_cache_work(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_without_detail_when_the_database_is_down(client, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise OperationalError('connection to server at "db.internal" (10.0.0.5) failed')

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
    assert "10.0.0.5" not in response.content.decode()


def test_healthz_answers_503_when_the_cache_is_down(client, monkeypatch):
    from django.core.cache import cache

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "set", broken)
    assert client.get("/healthz").status_code == 503


def test_visitors_get_a_friendly_503_when_the_database_is_unreachable(
    home_page, monkeypatch, caplog
):
    def refuse(self, *args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    response = Client(raise_request_exception=False).get("/en/about/")
    assert response.status_code == 503
    body = response.content.decode()
    assert "The site is briefly unavailable" in body
    assert "Connection refused" not in body and "Traceback" not in body
    assert response["Retry-After"] == "60"
    # The failure is logged for the people running the site.
    assert "could not connect to server" in caplog.text


def test_other_errors_get_the_500_page(home_page, monkeypatch):
    from home.models import HomePage

    def explode(self, request, *args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(HomePage, "serve", explode)
    response = Client(raise_request_exception=False).get("/en/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_a_proxy_request_id_is_kept_and_a_bad_one_replaced(client):
    assert (
        client.get("/healthz", HTTP_X_REQUEST_ID="abc123-proxy-id")["X-Request-ID"]
        == "abc123-proxy-id"
    )
    replaced = client.get("/healthz", HTTP_X_REQUEST_ID="<script>")["X-Request-ID"]
    assert replaced != "<script>" and len(replaced) == 32


def test_json_log_lines_carry_the_request_id_and_no_personal_data(rf):
    request = rf.post(
        "/en/directory/update/secret-signed-token/",
        {"email": "person@example.org"},
        HTTP_COOKIE="sessionid=abc",
        REMOTE_ADDR="203.0.113.9",
    )
    record = logging.makeLogRecord(
        {
            "name": "django.request",
            "levelname": "ERROR",
            "levelno": logging.ERROR,
            "msg": "Internal Server Error: %s",
            "args": (request.path,),
            "request": request,
            "status_code": 500,
            "request_id": "req-42",
        }
    )
    line = JSONFormatter().format(record)
    entry = json.loads(line)
    assert entry["request_id"] == "req-42"
    assert entry["status"] == 500
    assert entry["method"] == "POST"
    assert entry["path"] == "/en/directory/update/[link]/"
    for private in ("person@example.org", "203.0.113.9", "sessionid", "secret-signed-token"):
        assert private not in line


def redis_available():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


REDIS_CACHE = cache_settings(
    redis_url="redis://127.0.0.1:6379/15",
    rate_limit_url="redis://127.0.0.1:6379/12",
    key_prefix="showcase-tests",
)


@pytest.mark.skipif(
    not redis_available(), reason="No Redis at 127.0.0.1:6379 to share state through"
)
@override_settings(CACHES=REDIS_CACHE)
def test_app_servers_share_rate_limits_and_page_cache_through_redis(directory_page):
    from django.core.cache import caches
    from django.test import RequestFactory

    from directory.antiabuse import Rejected, check_rate_limit
    from showcase import page_cache

    caches["default"].clear()
    caches["ratelimit"].clear()
    request = RequestFactory().post("/en/directory/submit/", REMOTE_ADDR="198.51.100.7")
    check_rate_limit(request, "shared", 2, 60)
    # A second app server is a second connection to the same Redis.
    caches._settings = None
    other_server = caches.create_connection("default")
    other_limits = caches.create_connection("ratelimit")
    assert other_limits.get("ratelimit:shared:198.51.100.7") == 1
    check_rate_limit(request, "shared", 2, 60)
    with pytest.raises(Rejected):
        check_rate_limit(request, "shared", 2, 60)

    before = page_cache.content_version()
    page_cache.invalidate()
    assert other_server.get(page_cache.VERSION_KEY) == before + 1
    caches["default"].clear()


@pytest.mark.skipif(not redis_available(), reason="No Redis at 127.0.0.1:6379")
@override_settings(CACHES=REDIS_CACHE)
def test_a_process_never_serves_a_kept_part_older_than_the_shared_version(db):
    from django.core.cache import caches

    from showcase import page_cache
    from showcase.fragments import kept_fragments

    caches["default"].clear()
    answers = iter(["first", "after a publish", "after a flush"])

    def read():
        return page_cache.kept("tests:part", lambda: next(answers))

    cards = iter(["first card", "card after a publish", "card after a flush"])

    def read_card():
        (card,) = kept_fragments("tests-card", [7], lambda ids: {7: next(cards)})
        return str(card)

    assert read() == read() == "first"
    assert read_card() == read_card() == "first card"
    page_cache.invalidate()  # a publish, on any app server
    assert read() == "after a publish"
    assert read_card() == "card after a publish"
    caches["default"].clear()  # Redis flushed or restarted: versions start again, but later
    assert read() == "after a flush"
    assert read_card() == "card after a flush"
    caches["default"].clear()


def test_a_renamed_directory_keeps_its_signed_links_out_of_the_logs(client, directory_page):
    directory_page.slug = "enterprises"
    directory_page.save_revision().publish()
    lines = io.StringIO()
    handler = logging.StreamHandler(lines)
    handler.setFormatter(JSONFormatter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    token = "eyJrZXkiOjF9:1xWnk1:secret-signature"
    try:
        for path in ("submit/confirm/{}/", "update/{}/", "update/{}/remove/"):
            assert client.get("/en/enterprises/" + path.format(token)).status_code in (400, 405)
    finally:
        logger.removeHandler(handler)
    entries = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert [entry["path"] for entry in entries] == [
        "/en/enterprises/submit/confirm/[link]/",
        "/en/enterprises/update/[link]/",
        "/en/enterprises/update/[link]/remove/",
    ]
    assert "secret-signature" not in lines.getvalue()


def test_links_that_cancel_a_registration_stay_out_of_the_logs():
    token = "eyJyIjo3fQ:1xWnk1:secret-signature"
    record = logging.makeLogRecord(
        {
            "name": "django.request",
            "levelno": logging.WARNING,
            "levelname": "WARNING",
            "msg": "Bad Request: /fr/events/meetup/cancel/%s/",
            "args": (token,),
        }
    )
    entry = json.loads(JSONFormatter().format(record))
    assert entry["message"] == "Bad Request: /fr/events/meetup/cancel/[link]/"
