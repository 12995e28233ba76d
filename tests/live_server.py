"""The live server the browser tests drive, safe on an in-memory SQLite test database.

There, every request thread of Django's threaded test server uses the one SQLite connection the
tests hold, and two requests at once (the admin's page explorer fetches several) misuse it:
"sqlite3.InterfaceError: bad parameter or other API misuse". With such a shared connection the
server still accepts connections on threads but lets one request at a time reach the site, its
response read to the end, streamed or not. Each database server connection stays per thread.
"""

import threading

from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread


class SharedConnectionServer(ThreadedWSGIServer):
    def set_app(self, application):
        if not self.connections_override:
            return super().set_app(application)
        lock = threading.Lock()

        def one_request_at_a_time(environ, start_response):
            with lock:
                response = application(environ, start_response)
                try:
                    return [b"".join(response)]
                finally:
                    if hasattr(response, "close"):
                        response.close()

        return super().set_app(one_request_at_a_time)


def serve_one_request_at_a_time_on_shared_sqlite():
    LiveServerThread.server_class = SharedConnectionServer
