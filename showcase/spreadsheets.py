"""Text that goes into a CSV file and must never run as a formula in a spreadsheet program."""

import re

# Spreadsheets run cells starting with these characters as formulas.
# A formula character at the start of a cell, or after any separator a spreadsheet may split
# on (a comma, a semicolon as in Belgium, France and the Netherlands, a tab), gets an apostrophe.
_FORMULA_START = re.compile(r"(^|[,;\t])(?=[=+\-@\t\r])")


def formula_safe(value):
    """`value` as text that no spreadsheet program will run."""
    return _FORMULA_START.sub(r"\1'", str(value))


class Echo:
    """A file-like object whose write() hands the line back, for streaming csv.writer output."""

    def write(self, value):
        return value
