"""Work that waits until the visitor has the answer: a django-tasks backend for it.

A WSGI server (gunicorn, the development server, Django's test client) writes the whole response,
then closes it, and Django sends `request_finished`. Tasks enqueued during the request run from
then on, so how long the answer took says nothing about what they do. By default they go to one
thread of the worker process, so the worker also closes the connection and takes its next request
at once; a worker that stops gracefully (a restart, a deploy) first finishes what is queued.
Outside a request (a management command, the shell) a task runs at once.
"""

import os
import threading
from concurrent.futures import ThreadPoolExecutor

from django.core.signals import request_finished, request_started
from django.db import connections
from django_tasks.backends.immediate import ImmediateBackend

# The TASKS alias of AfterResponseBackend in the settings.
AFTER_RESPONSE = "after_response"
_requests = threading.local()
_executor = {"pid": None, "pool": None}


class AfterResponseBackend(ImmediateBackend):
    """Runs each task after the response of the request that enqueued it.

    OPTIONS: IN_BACKGROUND (default True) runs them in a thread of their own; False runs them in
    the worker itself once the response is written, as the tests do so that what a request sent
    is there as soon as the request returns.
    """

    def _execute_task(self, task_result):
        pending = getattr(_requests, "pending", None)
        if pending is None:
            super()._execute_task(task_result)
        else:
            pending.append((self, task_result))

    @property
    def in_background(self):
        return self.options.get("IN_BACKGROUND", True)


def _run(batch, in_background):
    try:
        for backend, task_result in batch:
            # django-tasks records and logs a task's failure; the next task still runs.
            ImmediateBackend._execute_task(backend, task_result)
    finally:
        for connection in connections.all(initialized_only=True):
            if in_background:
                connection.close()  # this thread's own connection, idle until the next batch
            elif not connection.in_atomic_block:  # leave a test's transaction alone
                connection.close_if_unusable_or_obsolete()


def _pool():
    """One thread per worker process, made after the fork that started the worker."""
    if _executor["pid"] != os.getpid():
        _executor["pool"] = ThreadPoolExecutor(max_workers=1, thread_name_prefix="after-response")
        _executor["pid"] = os.getpid()
    return _executor["pool"]


def _run_pending():
    pending, _requests.pending = getattr(_requests, "pending", None) or [], None
    inline = [item for item in pending if not item[0].in_background]
    if len(inline) < len(pending):
        _pool().submit(_run, [item for item in pending if item[0].in_background], True)
    if inline:
        _run(inline, False)


def _request_started(**kwargs):
    # Tasks of a request whose response was never closed run now rather than never.
    _run_pending()
    _requests.pending = []


def _request_finished(**kwargs):
    _run_pending()


def connect():
    request_started.connect(_request_started, dispatch_uid="showcase.tasks.request_started")
    request_finished.connect(_request_finished, dispatch_uid="showcase.tasks.request_finished")
