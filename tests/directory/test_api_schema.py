"""Every operation of the public API, tried with requests made up from its own OpenAPI schema:
no answer is a server error, and every answer is one the schema describes."""

import datetime

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from showcase.api import api
from tests.home.factories import EventPageFactory

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


# The schema as /api/v1/openapi.json serves it; the requests go through the whole site.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
schema.app = get_wsgi_application()


@pytest.fixture(autouse=True)
def _one_connection():
    """The site's WSGI handler closes the database connection after each request, and with it
    the test's transaction; Django's test client keeps it open the same way."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _published_data(_one_connection, enterprises, event_index, settings):
    settings.API_RATE = (1_000_000, 60)
    EventPageFactory(parent=event_index, title="Coming up")
    EventPageFactory(
        parent=event_index,
        title="Gone by",
        start_date=datetime.date(2021, 5, 4),
        end_date=datetime.date(2021, 5, 5),
    )


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_operation_keeps_to_the_schema(case):
    case.call_and_validate(checks=CHECKS)
