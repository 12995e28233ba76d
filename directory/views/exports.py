"""The current result set as CSV or JSON, streamed row by row so that any size fits in memory."""

import csv
import json

from django.http import Http404, StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from directory.listing import directory_listing
from directory.models import Sector, SustainableDevelopmentGoal
from directory.models.pages import DirectoryPage

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NAME = "Creative Commons Attribution 4.0 International (CC BY 4.0)"
CHUNK_SIZE = 1000
CSV_FIELDS = [
    "slug",
    "name",
    "profile_url",
    "summary",
    "description",
    "country",
    "region",
    "city",
    "street_address",
    "postal_code",
    "latitude",
    "longitude",
    "sectors",
    "sdgs",
    "legal_form",
    "year_founded",
    "size_band",
    "website",
    "public_email",
    "linkedin_url",
    "instagram_url",
    "facebook_url",
    "other_social_url",
    "spark_programme",
    "spark_year",
    "certifications",
    "innovations",
    "impact_figures",
    "listing_type",
    "first_published",
    "last_published",
]
# Spreadsheets run cells starting with these characters as formulas.
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class _Echo:
    def write(self, value):
        return value


def export_rows(listing):
    from django.db.models import Prefetch

    return (
        listing.ordered()
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.order_by("name").only("slug", "name")),
            Prefetch(
                "sdgs",
                queryset=SustainableDevelopmentGoal.objects.order_by("number").only("number"),
            ),
            "certifications",
            "innovations",
            "impact_figures",
        )
        .defer("search_vector")
    )


def enterprise_record(enterprise, base_url):
    return {
        "slug": enterprise.slug,
        "name": enterprise.name,
        "profile_url": f"{base_url}{enterprise.slug}/",
        "summary": enterprise.summary,
        "description": enterprise.description,
        "country": enterprise.country.code,
        "region": enterprise.region,
        "city": enterprise.city,
        "street_address": enterprise.street_address,
        "postal_code": enterprise.postal_code,
        "latitude": enterprise.latitude,
        "longitude": enterprise.longitude,
        "sectors": [sector.slug for sector in enterprise.sectors.all()],
        "sdgs": [goal.number for goal in enterprise.sdgs.all()],
        "legal_form": enterprise.legal_form,
        "year_founded": enterprise.year_founded,
        "size_band": enterprise.size_band,
        "website": enterprise.website,
        "public_email": enterprise.public_email,
        "linkedin_url": enterprise.linkedin_url,
        "instagram_url": enterprise.instagram_url,
        "facebook_url": enterprise.facebook_url,
        "other_social_url": enterprise.other_social_url,
        "spark_programme": enterprise.spark_programme,
        "spark_year": enterprise.spark_year,
        "certifications": [item.slug for item in enterprise.certifications.all()],
        "innovations": [
            {
                "title": item.title,
                "description": item.description,
                "year": item.year,
                "stage": item.stage,
            }
            for item in enterprise.innovations.all()
        ],
        "impact_figures": [
            {
                "indicator": item.indicator,
                "value": float(item.value),
                "unit": item.unit,
                "year": item.year,
                "sdg": item.sdg_id,
                "source_url": item.source_url,
                "verified": item.verified,
                "verified_on": item.verified_on.isoformat() if item.verified_on else None,
            }
            for item in enterprise.impact_figures.all()
        ],
        "listing_type": enterprise.origin,
        "first_published": enterprise.first_published_at.isoformat()
        if enterprise.first_published_at
        else None,
        "last_published": enterprise.last_published_at.isoformat()
        if enterprise.last_published_at
        else None,
    }


def _csv_cell(value):
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return str(len(value))
        return "|".join(str(item) for item in value)
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_PREFIXES):
        return "'" + text
    return text


def stream_csv(records):
    writer = csv.writer(_Echo())
    yield "\ufeff"  # lets spreadsheet programs recognise UTF-8
    yield writer.writerow(CSV_FIELDS)
    for record in records:
        yield writer.writerow([_csv_cell(record[field]) for field in CSV_FIELDS])


def stream_json(records, count, query):
    header = {
        "licence": LICENCE_NAME,
        "licence_url": LICENCE_URL,
        "source": "Spark Social Enterprise directory",
        "generated_at": timezone.now().isoformat(),
        "query": query,
        "count": count,
    }
    yield json.dumps(header, ensure_ascii=False)[:-1] + ', "enterprises": ['
    for index, record in enumerate(records):
        yield ("," if index else "") + json.dumps(record, ensure_ascii=False)
    yield "]}"


@require_GET
def export(request, fmt):
    if fmt not in ("csv", "json"):
        raise Http404("Exports come as .csv or .json")
    listing = directory_listing(request.GET)
    directory = DirectoryPage.objects.live().first()
    base_url = request.build_absolute_uri(directory.url if directory else "/directory/")
    rows = export_rows(listing).iterator(chunk_size=CHUNK_SIZE)
    records = (enterprise_record(enterprise, base_url) for enterprise in rows)
    if fmt == "csv":
        response = StreamingHttpResponse(
            stream_csv(records), content_type="text/csv; charset=utf-8"
        )
    else:
        count = listing.ordered().count()
        applied = listing.filterset.data
        query = {key: applied.getlist(key) for key in applied if applied.getlist(key)}
        response = StreamingHttpResponse(
            stream_json(records, count, query), content_type="application/json; charset=utf-8"
        )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="spark-directory-{stamp}.{fmt}"'
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    response["X-Robots-Tag"] = "noindex"
    return response
