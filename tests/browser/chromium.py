"""Where the browser tests find Debian's Chromium, and what the run says when it is missing.

Shared by tests/browser/conftest.py, which marks the tests, and tests/conftest.py, which reports
on them: with pytest-xdist only the top conftest runs in the process that prints the summary.
"""

import os
import shutil
from pathlib import Path

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
REQUIRE_BROWSER = os.environ.get("REQUIRE_BROWSER") == "1"
MISSING = f"Chromium not found at {CHROMIUM_PATH}: browser tests cannot run"


def chromium_available():
    return Path(CHROMIUM_PATH).is_file() or shutil.which(CHROMIUM_PATH) is not None


def not_run(reports):
    """The reports of browser tests that were skipped, or expected to fail, for want of Chromium."""
    return [
        report
        for report in reports
        if MISSING in (getattr(report, "wasxfail", "") or str(report.longrepr))
    ]


def notice(count):
    if REQUIRE_BROWSER:
        return f"FAILED: {MISSING} and REQUIRE_BROWSER=1 ({count} tests did not run)."
    return (
        f"SKIPPED {count} browser tests: {MISSING}. "
        "Install it with `apt-get install -y chromium` or set CHROMIUM_PATH."
    )
