"""The site served by gunicorn as in production, for the benchmark and for tests that need it."""

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def start_gunicorn(env, port, workers, timeout):
    """Starts gunicorn on loopback with the given environment; the caller stops it."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "showcase.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            f"--timeout={timeout}",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_until_it_answers(url, seconds):
    """Whether the address answered 200 within the time: a first request loads the whole site."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.2)
    return False
