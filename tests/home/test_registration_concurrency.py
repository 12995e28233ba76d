"""Registrations and cancellations arriving at the same instant, on PostgreSQL.

Each visitor is a thread with a test client of its own and its own database connection; a
barrier releases them together. SQLite's in-memory test database has one connection for all
threads, so these tests need PostgreSQL.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import mail
from django.db import connection, connections
from django.test import Client

from home.models import Registration
from tests.home.registration_helpers import (
    cancel_link,
    register_path,
    registration_data,
    registration_event,
)

CAPACITY = 5
EXTRA = 20

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs a database with a connection per thread"
    ),
]


def all_at_once(count, action):
    start = threading.Barrier(count)

    def one(number):
        try:
            start.wait(timeout=30)
            return action(number)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(one, range(count)))


@pytest.fixture
def crowded_event(event_index, settings):
    settings.EVENT_REGISTRATION_RATE = (1000, 60)
    settings.DIRECTORY_FORM_POST_RATE = (1000, 60)
    return registration_event(event_index, registration_capacity=CAPACITY)


def register_everyone(event, count):
    def send(number):
        data = registration_data(email=f"person{number}@example.org")
        return Client().post(register_path(event), data, REMOTE_ADDR=f"198.51.100.{number}")

    return [response.status_code for response in all_at_once(count, send)]


def test_simultaneous_registrations_never_exceed_the_seats(crowded_event):
    statuses = register_everyone(crowded_event, CAPACITY + EXTRA)
    assert statuses == [302] * (CAPACITY + EXTRA)
    registrations = list(Registration.objects.order_by("created_at", "pk"))
    assert [r.status for r in registrations] == ["confirmed"] * CAPACITY + ["waiting"] * EXTRA
    # One e-mail each; those waiting are told their place in the order they arrived.
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in registrations)
    waiting_mail = {m.to[0]: m.body for m in mail.outbox}
    for position, registration in enumerate(registrations[CAPACITY:], start=1):
        assert f"waiting list: {position}." in waiting_mail[registration.email]


def test_simultaneous_cancellations_promote_the_first_people_waiting(crowded_event):
    register_everyone(crowded_event, CAPACITY + EXTRA)
    confirmed = list(Registration.objects.confirmed().order_by("pk"))
    links = {m.to[0]: cancel_link(m) for m in mail.outbox}
    first_waiting = [r.email for r in Registration.objects.waiting()[:CAPACITY]]
    mail.outbox.clear()

    def cancel(number):
        return Client().post(links[confirmed[number].email], {}).status_code

    assert all_at_once(CAPACITY, cancel) == [200] * CAPACITY
    now_confirmed = set(Registration.objects.confirmed().values_list("email", flat=True))
    assert now_confirmed == set(first_waiting)
    assert Registration.objects.filter(status="cancelled").count() == CAPACITY
    assert Registration.objects.waiting().count() == EXTRA - CAPACITY
    assert sorted(m.to[0] for m in mail.outbox) == sorted(first_waiting)
