"""One JSON object per log line, for log collectors; no request data beyond method and path."""

import json
import logging
import re
from datetime import UTC, datetime

from directory.routes import SIGNED_LINK

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "request_id"}
# Attributes Django attaches that may hold personal data (cookies, form fields, addresses).
_NEVER = {"request", "server_time"}


# An event page's link that cancels one registration (home.models.events).
CANCEL_LINK = re.compile(r"(/cancel/)[^/\s]+")


def redact(text):
    """Signed links are keys to a listing or a registration: keep them out of the logs,
    wherever the page lives."""
    return CANCEL_LINK.sub(r"\1[link]", SIGNED_LINK.sub(r"\1[link]", text))


class JSONFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
            "request_id": getattr(record, "request_id", "-"),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["method"] = request.method
            entry["path"] = redact(request.path)
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        for key, value in record.__dict__.items():
            if key not in _STANDARD and key not in _NEVER and key not in entry:
                entry[key] = (
                    value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
                )
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)
