"""The uploaded files as text and rows: UTF-8 with or without a byte order mark, separated by
commas or semicolons, with the columns of the directory's downloads."""

import csv
import io
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from directory.views.exports import CSV_FIELDS, FIGURE_CSV_FIELDS

# Columns the site computes: read and left aside, so that a download imports as it is.
COMPUTED = [
    "profile_url",
    "innovations",
    "impact_figures",
    "first_published",
    "last_published",
    "last_confirmed",
]
ENTERPRISE_COLUMNS = list(CSV_FIELDS)
REQUIRED_COLUMNS = ["name"]
FIGURE_COLUMNS = ["slug", *FIGURE_CSV_FIELDS]
REQUIRED_FIGURE_COLUMNS = ["slug", "indicator", "value", "year"]
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_ROWS = 20_000

# The apostrophe the downloads put before a formula character (showcase.spreadsheets), taken off.
_FORMULA_GUARD = re.compile(r"(^|[,;\t])'(?=[=+\-@\t\r])")


def max_bytes():
    return getattr(settings, "DIRECTORY_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_rows():
    return getattr(settings, "DIRECTORY_IMPORT_MAX_ROWS", DEFAULT_MAX_ROWS)


def unguarded(value):
    """A cell as it was before the download made it formula-safe."""
    return _FORMULA_GUARD.sub(r"\1", value)


def decoded(upload):
    """The upload's text; a ValidationError for a file too large, empty, binary or not UTF-8."""
    if upload.size > max_bytes():
        raise ValidationError(
            _("The file is %(size)s MB; the limit is %(limit)s MB. Split it into smaller files.")
            % {"size": round(upload.size / 1024 / 1024, 1), "limit": max_bytes() // 1024 // 1024}
        )
    data = upload.read()
    if not data.strip():
        raise ValidationError(_("The file is empty."))
    if b"\x00" in data:
        raise ValidationError(
            _("This is not a CSV file. Save the spreadsheet as “CSV UTF-8” and upload that.")
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _(
                "The file is not UTF-8 text (the first unreadable byte is at position "
                "%(position)s). Save it as “CSV UTF-8” and upload it again."
            )
            % {"position": error.start}
        ) from error
    if not text.strip():
        raise ValidationError(_("The file is empty."))
    return text


def delimiter_of(text):
    """Comma or semicolon, whichever the header line holds more of."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _reader(text, delimiter):
    return csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)


def header_of(text, delimiter, known, required, label):
    """The header's column names, checked: every one known, none twice, the required present."""
    try:
        header = next(_reader(text, delimiter), None)
    except csv.Error as error:
        raise ValidationError(
            _("%(file)s is not a readable CSV file: %(error)s")
            % {
                "file": label,
                "error": error,
            }
        ) from error
    if not header or not any(cell.strip() for cell in header):
        raise ValidationError(_("%(file)s has no header row.") % {"file": label})
    columns = [cell.strip() for cell in header]
    unknown = [column for column in columns if column not in known]
    if unknown:
        raise ValidationError(
            _(
                "%(file)s has columns the directory does not know: %(unknown)s. Use the columns "
                "of the directory's download: %(known)s."
            )
            % {"file": label, "unknown": ", ".join(unknown), "known": ", ".join(known)}
        )
    repeated = sorted({column for column in columns if columns.count(column) > 1})
    if repeated:
        raise ValidationError(
            _("%(file)s has these columns twice: %(columns)s.")
            % {"file": label, "columns": ", ".join(repeated)}
        )
    missing = [column for column in required if column not in columns]
    if missing:
        raise ValidationError(
            _("%(file)s lacks the required columns: %(columns)s.")
            % {"file": label, "columns": ", ".join(missing)}
        )
    return columns


def column_count(text, delimiter):
    return len(next(_reader(text, delimiter), []))


def records(text, delimiter):
    """(line, {column: cell} or None when the row's cells do not fit the header, cell count)
    for each row under the header; blank lines are skipped. Cells lose the formula guard."""
    reader = _reader(text, delimiter)
    columns = [cell.strip() for cell in next(reader)]
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        line = reader.line_num
        if len(cells) != len(columns):
            yield line, None, len(cells)
            continue
        yield (
            line,
            {column: unguarded(cell) for column, cell in zip(columns, cells, strict=True)},
            0,
        )


def count_rows(text, delimiter, label):
    """How many rows the file has, checking it can be read to the end."""
    try:
        count = sum(1 for _row in records(text, delimiter))
    except csv.Error as error:
        raise ValidationError(
            _("%(file)s cannot be read as CSV: %(error)s") % {"file": label, "error": error}
        ) from error
    return count


def read_enterprise_file(upload):
    """(text, delimiter, row count) of the enterprises file, or a ValidationError saying why not."""
    text = decoded(upload)
    delimiter = delimiter_of(text)
    label = _("The enterprises file")
    header_of(text, delimiter, ENTERPRISE_COLUMNS, REQUIRED_COLUMNS, label)
    count = count_rows(text, delimiter, label)
    if not count:
        raise ValidationError(_("The file has a header but no rows under it."))
    if count > max_rows():
        raise ValidationError(
            _("The file has %(count)s rows; the limit is %(limit)s. Split it into smaller files.")
            % {"count": count, "limit": max_rows()}
        )
    return text, delimiter, count


def read_figures_file(upload):
    """(text, delimiter) of the impact figures file, or a ValidationError saying why not."""
    text = decoded(upload)
    delimiter = delimiter_of(text)
    label = _("The impact figures file")
    header_of(text, delimiter, FIGURE_COLUMNS, REQUIRED_FIGURE_COLUMNS, label)
    count_rows(text, delimiter, label)
    return text, delimiter
