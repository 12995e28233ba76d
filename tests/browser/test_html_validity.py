"""Every page type is valid HTML by the W3C Nu Html Checker (vnu.jar, run on this machine's Java).

`make validator` installs the checker from the npm registry into .venv; without it (or without
Java) the test is skipped with its reason, unless REQUIRE_BROWSER=1 makes that a failure.
"""

import json
import os
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

VNU_JAR = Path(
    os.environ.get("VNU_JAR")
    or Path(__file__).resolve().parents[2] / ".venv/node/node_modules/vnu-jar/build/dist/vnu.jar"
)


def _checker_missing():
    if not VNU_JAR.is_file():
        return f"the Nu Html Checker is not installed at {VNU_JAR} (run `make validator`)"
    if shutil.which("java") is None:
        return "Java is not installed (apt-get install -y default-jre-headless)"
    return ""


def test_every_page_type_is_valid_html(demo_site, page_types, tmp_path):
    missing = _checker_missing()
    if missing:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(missing)
        pytest.skip(missing)

    files = {}
    for number, path in enumerate(page_types):
        target = tmp_path / f"page-{number}.html"
        try:
            with urllib.request.urlopen(demo_site.url + path) as response:  # noqa: S310
                target.write_bytes(response.read())
        except urllib.error.HTTPError as error:  # the 404 page is a page too
            target.write_bytes(error.read())
        files[target.name] = path

    checked = subprocess.run(
        [shutil.which("java"), "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]
        + [str(tmp_path / name) for name in files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(checked.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{files.get(message.get('url', '').rsplit('/', 1)[-1])} line {message.get('lastLine')}: "
        f"{message['message']}"
        for message in messages
        if message.get("type") == "error"
    ]
    assert not errors, "\n".join(errors)
