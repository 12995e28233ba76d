"""The suite keeps its own house rule: shared fixtures live in conftest.py files and helpers in
plain modules, so that no module of the suite imports a test module."""

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_names(tree):
    """Every dotted name an import statement mentions, down to each imported member."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def imports_a_test_module(source):
    return any(
        part.startswith("test_")
        for name in imported_names(ast.parse(source))
        for part in name.split(".")
    )


def test_no_module_of_the_suite_imports_a_test_module():
    offenders = [
        str(path.relative_to(TESTS.parent))
        for path in sorted(TESTS.rglob("*.py"))
        if imports_a_test_module(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], (
        "These import a test module; move what they share into a conftest.py (fixtures) "
        "or a helper module that is not named test_*: " + ", ".join(offenders)
    )
