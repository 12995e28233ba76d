"""Reads the demo's YAML data files and checks that each entry holds the keys its loader expects.

A typo in a key would otherwise be dropped without a word or end in a TypeError far from the
file, so every entry is checked as it is read and a mistake names the file and the entry.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# The key that best names an entry in a message, in order of preference.
NAMING_KEYS = ("slug", "name", "title")


class DataFileError(ValueError):
    """A demo data file that cannot be read, or an entry in it of the wrong shape."""


@dataclass(frozen=True)
class Entry:
    """The keys one kind of entry must hold and may hold.

    `nested` gives the shape of what some keys hold: an Entry for one mapping, or a one-item
    list `[Entry]` for a list of them.
    """

    kind: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    nested: Mapping[str, "Entry | list[Entry]"] = field(default_factory=dict)

    def label(self, data, position):
        for key in NAMING_KEYS:
            if isinstance(data, dict) and isinstance(data.get(key), str) and data[key]:
                return f"{self.kind} '{data[key]}'"
        return f"{self.kind} {position}"

    def check(self, data, where):
        if not isinstance(data, dict):
            fail(where, f"expected a mapping of keys, found {describe(data)}")
        missing = [key for key in self.required if key not in data]
        if missing:
            fail(where, f"missing required {keys(missing)}")
        allowed = (*self.required, *self.optional)
        unknown = [str(key) for key in data if key not in allowed]
        if unknown:
            fail(where, f"unknown {keys(unknown)}; allowed keys: {', '.join(allowed)}")
        for key, shape in self.nested.items():
            if key in data:
                check(shape, data[key], where, key)
        return data


def check(shape, data, where, key=None):
    """Check what `key` holds against an Entry, or against `[Entry]` for a list of entries."""
    inside = (*where, key) if key else where
    if not isinstance(shape, list):
        return shape.check(data, inside)
    (entry,) = shape
    if not isinstance(data, list):
        fail(inside, f"expected a list of {entry.kind} entries, found {describe(data)}")
    for position, item in enumerate(data, start=1):
        entry.check(item, (*where, entry.label(item, position)))
    return data


def read(path, shape):
    """The checked contents of one YAML data file."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as file:
            data = yaml.safe_load(file)
    except (OSError, yaml.YAMLError) as error:
        raise DataFileError(f"{path}: {error}") from error
    return check(shape, data, (str(path),))


def fail(where, problem):
    path, *inside = where
    place = f"{path}: {', '.join(inside)}" if inside else path
    raise DataFileError(f"{place}: {problem}")


def keys(names):
    quoted = ", ".join(f"'{name}'" for name in names)
    return f"key {quoted}" if len(names) == 1 else f"keys {quoted}"


def describe(data):
    return "nothing" if data is None else f"a {type(data).__name__} ({str(data)[:40]!r})"
