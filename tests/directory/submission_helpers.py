"""Building blocks for tests of the public forms: valid posts, images good and bad, e-mail links,
and an editor's decision on what was sent."""

import io
import re
import time

from django.core import mail, signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.models import WorkflowState

from directory.antiabuse import TIMER_SALT
from directory.models import Sector

SUBMIT = "/en/directory/submit/"
# The submitter's address in submission_data().
SUBMITTER = "an@fietsherstel-noord.example"
# The form's fields that take free text, which is stored as plain text.
FREE_TEXT_FIELDS = [
    "profile-name",
    "profile-summary",
    "profile-description",
    "profile-city",
    "profile-region",
    "profile-street_address",
    "innovations-0-title",
    "innovations-0-description",
    "figures-0-indicator",
    "figures-0-unit",
]
# The address on record for the listing the owner_listing fixture makes.
OWNER = "owner@kringloop.example"


def started_a_minute_ago():
    return signing.dumps(time.time() - 60, salt=TIMER_SALT)


def submission_data(**overrides):
    circular = Sector.objects.get(slug="circular-economy").pk
    data = {
        "profile-name": "Fietsherstel Noord",
        "profile-summary": "A bicycle repair workshop in Gent that trains young mechanics.",
        "profile-description": "We repair bicycles.\n\nWe train young people.",
        "profile-country": "BE",
        "profile-region": "Oost-Vlaanderen",
        "profile-city": "Gent",
        "profile-street_address": "Dok-Zuid 3",
        "profile-postal_code": "9000",
        "profile-sectors": [circular],
        "profile-sdgs": ["8", "12"],
        "profile-legal_form": "vzw_asbl",
        "profile-year_founded": "2015",
        "profile-size_band": "small",
        "profile-website": "https://fietsherstel-noord.example",
        "profile-public_email": "hallo@fietsherstel-noord.example",
        "innovations-TOTAL_FORMS": "3",
        "innovations-INITIAL_FORMS": "0",
        "innovations-MIN_NUM_FORMS": "0",
        "innovations-MAX_NUM_FORMS": "3",
        "innovations-0-title": "Repair subscriptions",
        "innovations-0-description": "Households pay a small yearly fee for repairs.",
        "innovations-0-year": "2021",
        "innovations-0-stage": "pilot",
        "figures-TOTAL_FORMS": "5",
        "figures-INITIAL_FORMS": "0",
        "figures-MIN_NUM_FORMS": "0",
        "figures-MAX_NUM_FORMS": "5",
        "figures-0-indicator": "bicycles repaired",
        "figures-0-value": "1250",
        "figures-0-unit": "bicycles",
        "figures-0-year": "2024",
        "figures-0-sdg": "12",
        "submitter-submitter_name": "An Peeters",
        "submitter-submitter_role": "Coordinator",
        "submitter-submitter_email": SUBMITTER,
        "submitter-consent": "on",
        "submitter-started": started_a_minute_ago(),
        # The owner's update form keeps its timer here; the listing form ignores it.
        "started": started_a_minute_ago(),
        "fax_number": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def image_bytes(size=(200, 200), fmt="PNG", colour=(13, 79, 139)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format=fmt)
    return buffer.getvalue()


def upload(name, content, content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def png_upload(name, **image):
    """A PNG logo as a browser sends it; `image` as for image_bytes()."""
    return upload(name, image_bytes(**image))


def noise_png(side):
    import os

    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, format="PNG")
    return buffer.getvalue()


def link_in(message, path_fragment):
    match = re.search(r"https?://\S*" + re.escape(path_fragment) + r"\S*", message.body)
    assert match, f"No link to {path_fragment} in:\n{message.body}"
    return match.group(0).replace("http://testserver", "")


def last_mail_to(address):
    messages = [message for message in mail.outbox if address in message.to]
    assert messages, f"No e-mail to {address}; sent: {[m.to for m in mail.outbox]}"
    return messages[-1]


def submit(client, **overrides):
    """Send the new-listing form as a person would, with submission_data() changed by overrides."""
    return client.post(SUBMIT, submission_data(**overrides))


def confirm_by_email(client):
    """The submitter follows the confirmation link of the last e-mail they received."""
    return client.post(link_in(last_mail_to(SUBMITTER), "/en/directory/submit/confirm/"))


def approve(client, editor, enterprise, action="approve", comment=""):
    """The editor's decision on the listing's moderation task, taken as in the admin."""
    state = WorkflowState.objects.for_instance(enterprise).get(status="in_progress")
    client.force_login(editor)
    url = reverse(
        "wagtailsnippets_directory_enterprise:workflow_action",
        args=[enterprise.pk, action, state.current_task_state.pk],
    )
    response = client.post(url, {"comment": comment})
    client.logout()
    return response
