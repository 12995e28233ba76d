"""One row of an import file made into an enterprise held in memory, checked as the editors' form
checks it, and matched against the directory: what the dry run reports and the import writes."""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator, validate_slug
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_countries import countries

from directory.duplicates import find_duplicates, website_domain
from directory.imports.files import COMPUTED
from directory.models import (
    Certification,
    Enterprise,
    ImpactFigure,
    Indicator,
    LegalForm,
    Origin,
    Sector,
    SizeBand,
    SparkProgramme,
    SustainableDevelopmentGoal,
)
from directory.models.enterprises import MAX_SECTORS, validate_not_reserved
from directory.names import core_words
from directory.profile_fields import CONTACT
from directory.routes import RESERVED_SLUGS
from directory.search.text import strip_accents
from directory.submissions import new_figure
from directory.translated_text import carry_over

TEXT = ["name", "summary", "description", "region", "city", "street_address", "postal_code"]
NUMBERS = ["latitude", "longitude"]
YEARS = ["year_founded", "spark_year"]
URLS = [name for name in CONTACT if name != "public_email"]
CHOICES = {
    "legal_form": LegalForm,
    "size_band": SizeBand,
    "spark_programme": SparkProgramme,
}
SLUG_LISTS = {"sectors": Sector, "certifications": Certification}
# Left as they are on an enterprise the row updates; a new one takes them from the row.
CREATE_ONLY = ["listing_type"]
# Fields an editor's import never sets: images, curation, computed search data.
NOT_CHECKED = ["logo", "search_vector", "sort_name", "translations", "live", "latest_revision"]
FIGURE_FIELDS = [
    "catalogue_indicator",
    "indicator",
    "value",
    "unit",
    "year",
    "sdg",
    "source_url",
    "verified",
    "verified_on",
]
TRUE, FALSE = ("true", "1", "yes"), ("false", "0", "no", "")


class Vocabulary:
    """Sectors, goals, certifications and indicators by slug, number or code, read once."""

    def __init__(self):
        self.sectors = {sector.slug: sector for sector in Sector.objects.all()}
        self.certifications = {item.slug: item for item in Certification.objects.all()}
        self.sdgs = {goal.number: goal for goal in SustainableDevelopmentGoal.objects.all()}
        self.indicators = {item.code: item for item in Indicator.objects.all()}
        self.languages = {code for code, _name in settings.LANGUAGES}


@dataclass
class Parsed:
    """A row's values as the model takes them, and every problem found on the way."""

    values: dict = field(default_factory=dict)
    lists: dict = field(default_factory=dict)
    figures: list | None = None
    errors: list = field(default_factory=list)
    # Fields whose cell was already refused: the model's own check would only repeat it.
    bad_fields: set = field(default_factory=set)

    @property
    def name(self):
        return self.values.get("name", "")


def _split(cell):
    return [item.strip() for item in cell.split("|") if item.strip()]


def parse_row(cells, vocabulary, figure_rows=None):
    """The row's cells as model values; `figure_rows` are its lines of the figures file, if one
    was given ([] for an enterprise that has none there)."""
    parsed = Parsed()
    values = parsed.values
    for column, raw in cells.items():
        if column in COMPUTED:
            continue
        errors = []
        cell = raw.strip()
        if column == "slug":
            if cell:
                try:
                    validate_slug(cell)
                    validate_not_reserved(cell)
                except ValidationError as error:
                    errors.append(
                        _("the slug “%(slug)s” cannot be used: %(reason)s")
                        % {"slug": cell, "reason": " ".join(error.messages)}
                    )
                values["slug"] = cell
        elif column in TEXT:
            values[column] = raw.strip()
        elif column == "country":
            code = cell.upper()
            if code and code not in countries:
                errors.append(
                    _("bad country code “%(code)s” (use two letters, such as BE or GB)")
                    % {"code": cell}
                )
            values[column] = code
        elif column in NUMBERS:
            values[column] = _number(column, cell, errors)
        elif column in YEARS:
            values[column] = _whole_number(column, cell, errors)
        elif column in URLS:
            if cell:
                _check(URLValidator(schemes=["http", "https"]), cell, errors, _("bad URL"), column)
            values[column] = cell
        elif column == "public_email":
            if cell:
                _check(EmailValidator(), cell, errors, _("bad e-mail address"), column)
            values[column] = cell
        elif column in CHOICES:
            choices = CHOICES[column]
            if cell and cell not in choices.values:
                errors.append(
                    _("unknown %(column)s “%(value)s” (use one of: %(choices)s)")
                    % {"column": column, "value": cell, "choices": ", ".join(choices.values)}
                )
            values[column] = cell or (SparkProgramme.NONE if column == "spark_programme" else "")
        elif column == "language":
            if cell and cell not in vocabulary.languages:
                errors.append(_("unknown language “%(code)s”") % {"code": cell})
            values[column] = cell or settings.LANGUAGE_CODE[:2]
        elif column == "listing_type":
            if cell and cell not in Origin.values:
                errors.append(_("unknown listing type “%(value)s”") % {"value": cell})
            values["origin"] = cell or Origin.EDITORIAL
        elif column in SLUG_LISTS:
            known = getattr(vocabulary, column)
            slugs = _split(cell)
            for slug in slugs:
                if slug not in known:
                    errors.append(
                        _("unknown %(kind)s slug “%(slug)s”")
                        % {
                            "kind": _("sector") if column == "sectors" else _("certification"),
                            "slug": slug,
                        }
                    )
            parsed.lists[column] = [known[slug] for slug in slugs if slug in known]
        elif column == "sdgs":
            goals = []
            for item in _split(cell):
                number = int(item) if item.isdigit() else None
                if number not in vocabulary.sdgs:
                    errors.append(_("unknown goal “%(goal)s” (use 1 to 17)") % {"goal": item})
                else:
                    goals.append(vocabulary.sdgs[number])
            parsed.lists["sdgs"] = goals
        if errors:
            parsed.errors.extend(errors)
            parsed.bad_fields.add("origin" if column == "listing_type" else column)
    if not values.get("name"):
        parsed.errors.append(_("missing name"))
        parsed.bad_fields.add("name")
    if figure_rows is not None:
        parsed.figures = [
            _figure(index, row, vocabulary, parsed.errors) for index, row in figure_rows
        ]
    return parsed


def _check(validator, value, errors, message, column):
    try:
        validator(value)
    except ValidationError:
        errors.append(
            _("%(problem)s (%(column)s): “%(value)s”")
            % {"problem": message, "column": column, "value": value}
        )


def _number(column, cell, errors):
    if not cell:
        return None
    try:
        return float(cell.replace(",", "."))
    except ValueError:
        errors.append(
            _("%(column)s “%(value)s” is not a number") % {"column": column, "value": cell}
        )
        return None


def _whole_number(column, cell, errors):
    if not cell:
        return None
    try:
        number = float(cell)
    except ValueError:
        number = None
    if number is None or number != int(number) or number < 0:
        errors.append(_("%(column)s “%(value)s” is not a year") % {"column": column, "value": cell})
        return None
    return int(number)


def _figure(line, cells, vocabulary, errors):
    """One line of the figures file as an impact figure; its problems name the line."""
    problems = []
    code = cells.get("indicator_code", "").strip()
    indicator = vocabulary.indicators.get(code) if code else None
    if code and indicator is None:
        problems.append(_("unknown indicator code “%(code)s”") % {"code": code})
    value_cell = cells.get("value", "").strip().replace(",", ".")
    try:
        value = Decimal(value_cell)
        if not value.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        value = None
        problems.append(_("value “%(value)s” is not a number") % {"value": cells.get("value")})
    year = _whole_number("year", cells.get("year", "").strip(), problems)
    goal_cell = cells.get("sdg", "").strip()
    goal = None
    if goal_cell:
        goal = vocabulary.sdgs.get(int(goal_cell)) if goal_cell.isdigit() else None
        if goal is None:
            problems.append(_("unknown goal “%(goal)s” (use 1 to 17)") % {"goal": goal_cell})
    verified_cell = cells.get("verified", "").strip().lower()
    if verified_cell not in TRUE + FALSE:
        problems.append(_("verified must be True or False"))
    verified_on_cell = cells.get("verified_on", "").strip()
    figure = ImpactFigure(
        catalogue_indicator=indicator,
        indicator=cells.get("indicator", "").strip(),
        value=value,
        unit=cells.get("unit", "").strip(),
        year=year,
        sdg=goal,
        source_url=cells.get("source_url", "").strip(),
        verified=verified_cell in TRUE,
        verified_on=verified_on_cell or None,
    )
    if indicator is not None and not figure.indicator:
        # Worded as the catalogue names it, in the profile's language, once that is known.
        figure.worded_by_catalogue = True
        figure.indicator = indicator.name
    if not problems:
        try:
            figure.full_clean(exclude=["enterprise", "sort_order", "translations"])
        except ValidationError as error:
            problems.extend(_messages(error))
    for problem in problems:
        errors.append(
            _("impact figures file, line %(line)s: %(problem)s")
            % {"line": line, "problem": problem}
        )
    return figure


def _messages(error, already=()):
    """A model's validation errors as short phrases: "missing city", "summary: …"; those of the
    fields named in `already` are left out."""
    if not hasattr(error, "error_dict"):
        return list(error.messages)
    messages = []
    for name, errors in error.error_dict.items():
        if name in already:
            continue
        for item in errors:
            if item.code in ("blank", "null", "required"):
                messages.append(_("missing %(field)s") % {"field": name})
            else:
                messages.extend(f"{name}: {message}" for message in item.messages)
    return messages


# Building the enterprise -------------------------------------------------------------------


def new_enterprise(slug, parsed):
    origin = parsed.values.get("origin", Origin.EDITORIAL)
    return Enterprise(slug=slug, origin=origin, live=False, has_unpublished_changes=True)


def apply_row(enterprise, parsed, creating):
    """Copy the row's values onto an enterprise held in memory; columns the file lacks leave
    the enterprise's own values as they are."""
    for name, value in parsed.values.items():
        if name == "slug" or (name == "origin" and not creating):
            continue
        setattr(enterprise, name, value)
    for name, items in parsed.lists.items():
        getattr(enterprise, name).set(items)
    if parsed.figures is not None:
        figures = [
            _catalogue_worded(index, figure, enterprise.language)
            if getattr(figure, "worded_by_catalogue", False)
            else figure
            for index, figure in enumerate(parsed.figures)
        ]
        for index, figure in enumerate(figures):
            figure.sort_order = index
            figure.pk = None
        previous = [] if creating else list(enterprise.impact_figures.all())
        enterprise.impact_figures.set(carry_over(previous, figures, ImpactFigure.translated_fields))
    return enterprise


def _catalogue_worded(index, figure, language):
    fields = {name: getattr(figure, name) for name in FIGURE_FIELDS}
    return new_figure(index, {**fields, "indicator": ""}, language)


def enterprise_errors(enterprise, parsed):
    """What the editors' form would refuse in this enterprise."""
    errors = []
    try:
        enterprise.full_clean(exclude=NOT_CHECKED)
    except ValidationError as error:
        errors.extend(_messages(error, parsed.bad_fields))
    sectors = len(enterprise.sectors.all())
    if not 1 <= sectors <= MAX_SECTORS and "sectors" not in parsed.bad_fields:
        errors.append(_("name one, two or three sectors (%(count)s named)") % {"count": sectors})
    if parsed.figures:
        seen = set()
        for figure in parsed.figures:
            key = (figure.catalogue_indicator_id, figure.year)
            if figure.catalogue_indicator_id and key in seen:
                errors.append(
                    _("the indicator “%(code)s” has two figures for %(year)s")
                    % {"code": figure.catalogue_indicator.code, "year": figure.year}
                )
            seen.add(key)
    return errors


def built(parsed, enterprise=None, slug=None):
    """The enterprise the row makes (a new one, or the latest version of `enterprise` with the
    row applied) and the reasons it cannot be saved."""
    if enterprise is None:
        draft = apply_row(new_enterprise(slug, parsed), parsed, creating=True)
    else:
        draft = apply_row(enterprise.get_latest_revision_as_object(), parsed, creating=False)
    return draft, [*parsed.errors, *enterprise_errors(draft, parsed)]


def written_values(enterprise, parsed):
    """What the row writes, as `enterprise` holds it: the values of the file's columns, its
    lists and, when a figures file was given, its figures; comparable with ==.

    Read from the live enterprise before the row is applied, and from the enterprise built()
    returns (cleaned as the import saves it), the two are equal when the row changes nothing.
    """
    values = {}
    for name in parsed.values:
        if name in ("slug", "origin"):
            continue  # never written over an existing enterprise's
        values[name] = _prepared(enterprise, Enterprise._meta.get_field(name))
    for name in parsed.lists:
        values[name] = {item.pk for item in getattr(enterprise, name).all()}
    if parsed.figures is not None:
        figures = sorted(enterprise.impact_figures.all(), key=_figure_order)
        values["impact_figures"] = [
            tuple(
                _prepared(figure, ImpactFigure._meta.get_field(name))
                for name in [*FIGURE_FIELDS, "translations"]
            )
            for figure in figures
        ]
    return values


def _figure_order(figure):
    """The order the profile shows its figures in (as the downloads list them)."""
    return (figure.sort_order is None, figure.sort_order or 0, figure.pk or 0)


def _prepared(obj, field):
    """A field's value as the database takes it: "BE" for a country, a date for "2024-03-01"."""
    return field.get_prep_value(field.value_from_object(obj))


# Matching ----------------------------------------------------------------------------------


def name_key(name, country):
    words = core_words(name)
    return f"{country}:{' '.join(words)}" if words else ""


def slug_base(name):
    base = slugify(strip_accents(name))[:150] or "enterprise"
    return f"{base}-enterprise" if base in RESERVED_SLUGS else base


def free_slug(name, taken):
    """A slug for a new enterprise that neither the directory nor `taken(slug)` holds."""
    base = slug_base(name)
    slug, number = base, 2
    while Enterprise.objects.filter(slug=slug).exists() or taken(slug):
        slug, number = f"{base}-{number}", number + 1
    return slug


def by_website(website):
    """The enterprises with this website's domain (none for a shared host such as facebook.com)."""
    domain = website_domain(website) if website else ""
    if not domain:
        return domain, []
    candidates = Enterprise.objects.filter(website__icontains=domain).only("pk", "website", "slug")
    return domain, [item for item in candidates if website_domain(item.website) == domain]


def suspected_duplicates(name, country, website):
    return [
        match
        for match in find_duplicates(name, country, website)
        if match.duplicate_reason != "website"
    ]
