import pytest
from django.test import Client

from tests.home.registration_helpers import registration_event


@pytest.fixture
def open_event(event_index):
    """An upcoming event taking registrations on its page: 2 seats and a waiting list."""
    return registration_event(event_index)


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """Sends a form as a visitor's browser does; what waits for the commit (the e-mails) runs
    as the request finishes, as it does outside a test's transaction."""

    def send(path, data, client=None, **extra):
        client = client or Client()
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, data, **extra)

    return send
