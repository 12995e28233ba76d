"""Python run under the production settings, in a process of its own."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "showcase.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-for-tests-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "spark.example.org",
    "WAGTAILADMIN_BASE_URL": "https://spark.example.org",
}


def production_env(**changes):
    """This machine's environment with production's settings; a change of None removes a name.

    Storage buckets set on this machine are left out, and so is the browser tests' permission
    for Django's async-unsafe calls: a deployment has neither unless it says so.
    """
    inherited = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("AWS_") and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env = {**inherited, **PRODUCTION_ENV, **changes}
    return {key: value for key, value in env.items() if value is not None}


def run_in_production(*arguments, **changes):
    """`python <arguments>` from the checkout under production settings, never raising."""
    return subprocess.run(
        [sys.executable, *arguments],
        env=production_env(**changes),
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
