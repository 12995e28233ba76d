"""Building blocks for tests of registering for an event: an event taking registrations, a
filled-in form, and the links in the e-mails."""

import json
import re
import time

from django.core import signing

from directory.antiabuse import TIMER_SALT
from tests.home.factories import EventPageFactory

AUDIENCES = [
    ("aud-social", "Social enterprises"),
    ("aud-policy", "Policy makers and public bodies"),
    ("aud-support", "Networks, funders and support organisations"),
]
QUESTION = "What do you think we need to do next to grow this movement?"


def audiences_stream():
    return json.dumps([{"type": "audience", "value": name, "id": key} for key, name in AUDIENCES])


def registration_event(parent, **fields):
    fields = {
        "title": "Demo Day",
        "registration_enabled": True,
        "registration_capacity": 2,
        "registration_waiting_list": True,
        "registration_audiences": audiences_stream(),
        "registration_question": QUESTION,
        **fields,
    }
    return EventPageFactory(parent=parent, **fields)


def started_a_minute_ago():
    return signing.dumps(time.time() - 60, salt=TIMER_SALT)


def registration_data(**overrides):
    data = {
        "registration-name": "Ada Peeters",
        "registration-email": "ada@example.org",
        "registration-organisation": "Kringloop Noord",
        "registration-audience": "aud-social",
        "registration-needs": "",
        "registration-answer": "",
        "registration-consent": "on",
        "registration-started": started_a_minute_ago(),
        "fax_number": "",
    }
    data.update(
        {
            f"registration-{key}" if key != "fax_number" else key: value
            for key, value in overrides.items()
        }
    )
    return data


def register_path(event):
    return event.url + "register/"


def cancel_link(message):
    """The path of the cancel link in an e-mail."""
    found = re.search(r"http://testserver(/\S+/cancel/[^/\s]+/)", message.body)
    assert found, message.body
    return found.group(1)
