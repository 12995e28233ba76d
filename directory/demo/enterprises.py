"""The fictional social enterprises for the directory's demo listings, read from enterprises.yaml."""

from pathlib import Path

from home.demo.data_files import Entry, read

INNOVATION = Entry("innovation", required=("title", "description"), optional=("year", "stage"))
IMPACT_FIGURE = Entry(
    "impact figure",
    required=("indicator", "value", "unit", "year", "source_url", "verified"),
    optional=("sdg", "indicator_code"),
)
ENTERPRISE = Entry(
    "enterprise",
    required=(
        *("name", "slug", "summary", "description", "country", "city"),
        # Sectors and certifications by slug, goals by number: the loader looks each one up.
        *("sectors", "sdgs", "certifications", "innovations", "impact"),
    ),
    optional=(
        *("region", "street_address", "postal_code", "latitude", "longitude"),
        *("legal_form", "year_founded", "size_band", "spark_programme", "spark_year"),
        *("website", "public_email"),
    ),
    nested={"innovations": [INNOVATION], "impact": [IMPACT_FIGURE]},
)


def with_paragraphs(enterprise):
    """A description is folded text in the file, where one blank line leaves a single line break;
    a profile separates its paragraphs by a blank line."""
    paragraphs = enterprise["description"].splitlines()
    return enterprise | {"description": "\n\n".join(paragraphs)}


ENTERPRISES = [
    with_paragraphs(item)
    for item in read(Path(__file__).with_name("enterprises.yaml"), [ENTERPRISE])
]
