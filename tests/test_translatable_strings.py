"""Every interface string the code marks for translation reaches the catalogue.

`make messages` extracts the strings with xgettext, which does not read calls inside f-strings:
a string translated there would drop out of locale/*/django.po at the next refresh, and its
translation with it, since the catalogue keeps no obsolete entries.
"""

import ast
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
APPS = ("directory", "home", "showcase")
TRANSLATING = {"_", "gettext", "ngettext", "pgettext", "npgettext", "gettext_lazy"}


def translated_inside_f_strings(source):
    """(line, function) of each translation call inside an f-string of this source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Name)
                and inner.func.id in TRANSLATING
            ):
                found.append((inner.lineno, inner.func.id))
    return found


def test_the_check_finds_a_translation_inside_an_f_string():
    assert translated_inside_f_strings("x = f\"<p>{gettext('Next')}</p>\"") == [(1, "gettext")]
    assert translated_inside_f_strings('label = gettext("Next")\nx = f"<p>{label}</p>"') == []


def test_no_translated_string_is_written_inside_an_f_string():
    found = [
        f"{path.relative_to(BASE)}:{line} {function}()"
        for app in APPS
        for path in sorted((BASE / app).rglob("*.py"))
        if "migrations" not in path.parts
        for line, function in translated_inside_f_strings(path.read_text(encoding="utf-8"))
    ]
    assert found == []
