"""The directory in the public API: its enterprises as the downloads give them, and its
vocabularies (sectors, goals, certifications, impact indicators) with their names in each
language.

The list is the directory page's result set (directory_listing), in the page's order; where the
page drops a value it does not know and says so, the API refuses the request with 400 and names
the value, so that a script never takes a silently wider result for the one it asked for.
"""

from typing import Annotated, Literal

from django.conf import settings
from django.http import QueryDict
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from directory.addresses import profile_addresses
from directory.filters import MAX_VALUES_PER_PARAMETER, MULTI_VALUED, SORT_CHOICES
from directory.listing import directory_listing
from directory.models import Enterprise as EnterpriseModel
from directory.models import Indicator as IndicatorModel
from directory.models import LegalForm, SizeBand
from directory.models.translated_names import in_language
from directory.search.text import MAX_QUERY_LENGTH
from directory.views.exports import enterprise_records
from directory.vocabulary import load_vocabulary
from showcase.api_pages import Error, Invalid, Paged, PageParameters, paged

router = Router(tags=["directory"])

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# What each parameter names, in a refusal: "“x” is not a known sector".
PARAMETER_NAMES = {
    "country": "country code",
    "sector": "sector slug (see /sectors)",
    "sdg": "goal number (see /goals)",
    "certification": "certification slug (see /certifications)",
    "indicator": "indicator code (see /indicators)",
}

Translations = Annotated[
    dict[str, dict[str, str]],
    Field(description="{language: {field: text}}: the texts in languages other than `language`."),
]
Names = Annotated[
    dict[str, str],
    Field(description="{language: text} for en, nl and fr; an untranslated text is the English."),
]
Slug = Annotated[str, Field(pattern=r"^[-a-zA-Z0-9_]+$", max_length=80)]


# Enterprises ------------------------------------------------------------------------------


class Innovation(Schema):
    title: str
    description: str
    year: int | None
    stage: str
    translations: Translations


class ImpactFigure(Schema):
    indicator_code: str | None = Field(description="The catalogue indicator it counts, if any.")
    indicator: str
    value: float
    unit: str
    year: int | None
    sdg: int | None
    source_url: str
    verified: bool
    verified_on: str | None = Field(description="ISO date an editor verified the figure.")
    translations: Translations


class Enterprise(Schema):
    """A published profile, field for field as in the JSON download."""

    slug: str
    name: str
    profile_url: str
    summary: str
    description: str
    country: str = Field(description="ISO 3166-1 alpha-2 code.")
    region: str
    city: str
    street_address: str
    postal_code: str
    latitude: float | None
    longitude: float | None
    sectors: list[str] = Field(description="Sector slugs.")
    sdgs: list[int] = Field(description="Goal numbers, 1 to 17.")
    legal_form: str
    year_founded: int | None
    size_band: str
    website: str
    public_email: str = Field(description="The enterprise's published contact address.")
    linkedin_url: str
    instagram_url: str
    facebook_url: str
    other_social_url: str
    spark_programme: str
    spark_year: int | None
    certifications: list[str] = Field(description="Certification slugs.")
    innovations: list[Innovation]
    impact_figures: list[ImpactFigure]
    listing_type: str = Field(description="editorial, public, demo or synthetic.")
    first_published: str | None
    last_published: str | None
    last_confirmed: str | None
    language: str = Field(description="The language the profile is written in.")
    translations: Translations


class EnterpriseFilters(Schema):
    q: str | None = Field(None, max_length=MAX_QUERY_LENGTH, description="Search words.")
    country: list[Annotated[str, Field(pattern=r"^[A-Za-z]{2}$")]] = Field(
        [], max_length=MAX_VALUES_PER_PARAMETER, description="ISO country codes; any of them."
    )
    sector: list[Slug] = Field(
        [], max_length=MAX_VALUES_PER_PARAMETER, description="Sector slugs; any of them."
    )
    sdg: list[Annotated[int, Field(ge=1, le=17)]] = Field(
        [], max_length=MAX_VALUES_PER_PARAMETER, description="Goal numbers; any of them."
    )
    certification: list[Slug] = Field(
        [], max_length=MAX_VALUES_PER_PARAMETER, description="Certification slugs; any of them."
    )
    indicator: Slug | None = Field(
        None, description="Enterprises with a verified figure for this catalogue indicator."
    )
    impact: Literal["verified"] | None = Field(
        None, description="`verified`: enterprises with at least one verified impact figure."
    )
    size: Literal[tuple(SizeBand.values)] | None = None
    legal_form: Literal[tuple(LegalForm.values)] | None = None
    sort: Literal[tuple(value for value, _label in SORT_CHOICES)] | None = Field(
        None, description="Default: relevance with search words, else name."
    )


class EnterprisePage(Paged):
    results: list[Enterprise]


def _as_parameters(filters):
    """The filters as the directory page's query string would carry them."""
    params = QueryDict(mutable=True)
    for name, value in filters.dict(exclude_none=True).items():
        params.setlist(name, [str(item) for item in value] if isinstance(value, list) else [value])
    return params


def _refuse_unknown(params, listing):
    """400 for any value the directory does not know, which its page would drop."""
    kept = listing.filterset.data
    for name in MULTI_VALUED + ("indicator",):
        for value in params.getlist(name):
            value = value.strip().upper() if name == "country" else value.strip()
            if value not in kept.getlist(name):
                raise HttpError(
                    400, f"“{value}” is not a known {PARAMETER_NAMES[name]}: `{name}` refused."
                )


@router.get(
    "/enterprises",
    response={200: EnterprisePage, 400: Error, 404: Error, 422: Invalid},
    summary="Published enterprises, filtered and ordered as on the directory page",
)
def list_enterprises(request, filters: Query[EnterpriseFilters], pages: Query[PageParameters]):
    params = _as_parameters(filters)
    listing = directory_listing(params)
    _refuse_unknown(params, listing)
    ordered = listing.ordered()
    address = profile_addresses(request, absolute=True)
    return paged(
        request,
        pages,
        ordered.count(),
        lambda start, stop: list(enterprise_records(ordered[start:stop], address)),
    )


@router.get(
    "/enterprises/{slug}",
    response={200: Enterprise, 404: Error},
    summary="One published enterprise",
)
def get_enterprise(request, slug: str):
    found = EnterpriseModel.objects.live().filter(slug=slug).order_by("pk")
    for record in enterprise_records(found, profile_addresses(request, absolute=True)):
        return record
    raise HttpError(404, f"No published enterprise has the slug “{slug[:80]}”.")


# Vocabularies -----------------------------------------------------------------------------


def _names(item, field="name"):
    return {language: in_language(item, field, language) for language in LANGUAGE_CODES}


class Sector(Schema):
    slug: str
    name: str
    names: Names
    descriptions: Names


class Goal(Schema):
    number: int
    name: str
    names: Names
    colour: str


class Certification(Schema):
    slug: str
    name: str
    names: Names
    url: str


class Indicator(Schema):
    code: str
    name: str
    names: Names
    unit: str
    units: Names
    definition: str
    definitions: Names
    goals: list[int]
    aggregation: str = Field(description="sum: figures are added up; none: they are not.")


@router.get("/sectors", response=list[Sector], summary="The directory's sectors")
def list_sectors(request):
    return [
        {
            "slug": sector.slug,
            "name": sector.name,
            "names": _names(sector),
            "descriptions": _names(sector, "description"),
        }
        for sector in load_vocabulary().sectors
    ]


@router.get("/goals", response=list[Goal], summary="The UN Sustainable Development Goals")
def list_goals(request):
    return [
        {"number": goal.number, "name": goal.name, "names": _names(goal), "colour": goal.colour}
        for goal in load_vocabulary().goals
    ]


@router.get("/certifications", response=list[Certification], summary="Certifications")
def list_certifications(request):
    return [
        {"slug": item.slug, "name": item.name, "names": _names(item), "url": item.url}
        for item in load_vocabulary().certifications
    ]


@router.get("/indicators", response=list[Indicator], summary="The catalogue of impact indicators")
def list_indicators(request):
    indicators = IndicatorModel.objects.order_by("name").prefetch_related("goals")
    return [
        {
            "code": indicator.code,
            "name": indicator.name,
            "names": _names(indicator),
            "unit": indicator.unit,
            "units": _names(indicator, "unit"),
            "definition": indicator.definition,
            "definitions": _names(indicator, "definition"),
            "goals": sorted(goal.number for goal in indicator.goals.all()),
            "aggregation": indicator.aggregation,
        }
        for indicator in indicators
    ]
