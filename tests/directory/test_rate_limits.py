"""The public forms' rate limit holds under simultaneous requests and outlives the page cache.

Each test runs on the in-process caches of the test settings and, when a Redis answers at
127.0.0.1:6379, on Redis as production configures it (databases 10 and 11, a key prefix of
the test's own).
"""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from django.core.cache import caches
from django.db import connections
from django.test import Client, override_settings

from showcase.caches import RATE_LIMITS, cache_settings
from tests.directory.factories import EnterpriseFactory

LIMIT = 5
SIMULTANEOUS = 12


def local_redis_caches():
    """The caches production configures, on the local Redis, under keys of their own."""
    return cache_settings(
        redis_url="redis://127.0.0.1:6379/10", key_prefix=f"showcase-tests-{uuid.uuid4().hex}"
    )


def redis_answers():
    limits = local_redis_caches()[RATE_LIMITS]["LOCATION"]
    try:
        redis.Redis.from_url(limits, socket_connect_timeout=0.5).ping()
    except redis.ConnectionError:
        return False
    return True


@pytest.fixture(
    params=[
        "in-process",
        pytest.param(
            "redis",
            marks=pytest.mark.skipif(
                not redis_answers(), reason="No Redis at 127.0.0.1:6379 to count in"
            ),
        ),
    ]
)
def cache_backend(request, settings):
    settings.DIRECTORY_UPDATE_LINK_RATE = (LIMIT, 60)
    if request.param == "in-process":
        yield request.param
        return
    with override_settings(CACHES=local_redis_caches()):
        yield request.param


@pytest.fixture
def listing(directory_page):
    return EnterpriseFactory(name="Kringloop Noord", origin="public")


def ask_for_update_link(enterprise, client=None):
    client = client or Client()
    path = f"/en/directory/{enterprise.slug}/update/"
    return client.post(path, {"email": "someone@example.org"}, REMOTE_ADDR="203.0.113.50")


def ask_all_at_once(enterprise, count):
    """`count` visitors' browsers on one address send the form at the same instant."""
    start = threading.Barrier(count)

    def one_request(_number):
        try:
            client = Client()
            start.wait(timeout=30)
            return ask_for_update_link(enterprise, client).status_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(one_request, range(count)))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_requests_never_pass_the_limit(cache_backend, listing):
    # A first visit stores the site's settings row: SQLite's in-memory test database refuses a
    # write beside concurrent readers outright, where a database file would make them wait.
    assert Client().get(f"/en/directory/{listing.slug}/update/").status_code == 200
    statuses = ask_all_at_once(listing, SIMULTANEOUS)
    assert statuses.count(200) == LIMIT
    assert statuses.count(429) == SIMULTANEOUS - LIMIT
    assert ask_for_update_link(listing).status_code == 429


@pytest.mark.django_db
def test_clearing_the_page_cache_does_not_forgive_an_address(cache_backend, listing):
    for _request in range(LIMIT):
        assert ask_for_update_link(listing).status_code == 200
    caches["default"].clear()
    refused = ask_for_update_link(listing)
    assert refused.status_code == 429
    assert "Please try again in 1 minute." in refused.content.decode()


@pytest.mark.django_db
def test_many_other_addresses_do_not_push_an_address_out_of_the_count(cache_backend, listing):
    from django.test import RequestFactory

    from directory import antiabuse

    def attempt(address):
        request = RequestFactory().post("/", REMOTE_ADDR=address)
        try:
            antiabuse.check_rate_limit(request, "eviction", LIMIT, 60)
        except antiabuse.Rejected:
            return 429
        return 200

    assert [attempt("203.0.113.7") for _ in range(LIMIT)] == [200] * LIMIT
    # Visitors from a thousand other addresses (or one attacker rotating them) come next.
    for number in range(1000):
        attempt(f"10.0.{number // 250}.{number % 250}")
    assert attempt("203.0.113.7") == 429
