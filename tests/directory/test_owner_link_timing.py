"""Asking for an update link takes as long for the owner's address as for anyone else's: the
e-mail leaves after the answer, so the time of the answer tells nothing about the address.

The settings are production's: the e-mail goes from a thread of the worker. The mail server is
made slow (half a second a message), so that sending inside the request would add half a second
to every owner's answer: far above the noise of a busy machine, which the medians of alternating
requests absorb.
"""

import re
import statistics
import time

import pytest
import requests
from django.core import mail

from tests.directory import slow_mail
from tests.directory.submission_helpers import OWNER

ROUNDS = 8
NEUTRAL = "is the address on record for this listing, we have sent it a link"


@pytest.fixture
def slow_mail_server(settings):
    settings.EMAIL_BACKEND = "tests.directory.slow_mail.SlowBackend"
    # As in production: the e-mail goes from a thread of its own after the response.
    settings.TASKS = {
        **settings.TASKS,
        "after_response": {"BACKEND": "showcase.tasks.AfterResponseBackend"},
    }
    settings.DIRECTORY_UPDATE_LINK_RATE = (10 * ROUNDS, 3600)


def ask_for_link(live_server, listing, email):
    """One visitor's request, timed as they see it: from sending to the last byte of the answer."""
    session = requests.Session()
    address = f"{live_server.url}/en/directory/{listing.slug}/update/"
    form = session.get(address, timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    started = time.perf_counter()
    answer = session.post(
        address,
        {"csrfmiddlewaretoken": token, "email": email},
        headers={"Connection": "close"},
        timeout=30,
    )
    elapsed = time.perf_counter() - started
    assert answer.status_code == 200 and NEUTRAL in answer.text
    return elapsed


def wait_for_mail(count, timeout=30):
    deadline = time.monotonic() + timeout
    while len(mail.outbox) < count:
        assert time.monotonic() < deadline, "the update link was never sent"
        time.sleep(0.05)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_answer_takes_as_long_for_the_owner_as_for_anyone(
    live_server, owner_listing, slow_mail_server
):
    listing = owner_listing()
    owner, others = [], []
    for number in range(ROUNDS):
        # Alternate which goes first, so that neither gains from a warm cache.
        order = [(owner, OWNER), (others, "someone@else.example")]
        for times, email in order if number % 2 == 0 else reversed(order):
            times.append(ask_for_link(live_server, listing, email))
            if email == OWNER:
                wait_for_mail(len(owner))  # the link still arrives, each time
    difference = statistics.median(owner) - statistics.median(others)
    assert difference < slow_mail.DELAY_SECONDS / 2, (owner, others)
    assert len(mail.outbox) == ROUNDS
    assert all(OWNER in message.to for message in mail.outbox)
