"""The current result set as CSV, JSON or GeoJSON, streamed row by row so that any size fits in
memory."""

import csv
import json
from collections import defaultdict

from django.db.models import F
from django.http import Http404, StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from directory.addresses import profile_addresses
from directory.listing import directory_listing
from directory.models import Enterprise, ImpactFigure, Innovation
from directory.profile_fields import (
    DOWNLOADED,
    IMPACT_FIGURE_FIELDS,
    INNOVATION_FIELDS,
    LISTED,
    PUBLICATION,
)
from showcase.spreadsheets import Echo, formula_safe

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NAME = "Creative Commons Attribution 4.0 International (CC BY 4.0)"
CHUNK_SIZE = 1000
# The columns of impact-figures.csv after the enterprise's slug; indicator_code is empty for a
# figure outside the catalogue, which is never added up.
FIGURE_CSV_FIELDS = [
    "indicator_code",
    "indicator",
    "value",
    "unit",
    "year",
    "sdg",
    "verified",
    "verified_on",
    "source_url",
]
FORMATS = ("csv", "json", "geojson")
# What a GeoJSON feature tells of its enterprise beside its point: enough to name, place and link
# it on a map, and to colour it by sector or goal; the JSON export has the rest.
GEOJSON_PROPERTIES = [
    "name",
    "slug",
    "profile_url",
    "summary",
    "city",
    "region",
    "country",
    "sectors",
    "sdgs",
    "certifications",
    "website",
    "listing_type",
    "language",
]
# The CSV holds one language, the one each profile is written in (its `language` column): a
# spreadsheet has no room for a text's translations, which only the JSON carries.
CSV_FIELDS = DOWNLOADED
# Read from the enterprise's own row; the other columns are computed or listed.
STORED = [name for name in DOWNLOADED if name not in ("profile_url", *PUBLICATION, *LISTED)]
ROW_FIELDS = [
    "id",
    *STORED,
    "translations",
    "origin",
    "first_published_at",
    "last_published_at",
    "last_confirmed_at",
]


def _chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _grouped(pairs):
    groups = defaultdict(list)
    for key, value in pairs:
        groups[key].append(value)
    return groups


def _children(ids):
    """Everything listed under a chunk of enterprises, in five queries, as plain values.

    The exports are data, the same whatever the visitor's language: sectors and certifications
    by slug, goals by number, places as the enterprise wrote them, never translated names.
    """
    sectors = Enterprise.sectors.through.objects.filter(enterprise_id__in=ids)
    goals = Enterprise.sdgs.through.objects.filter(enterprise_id__in=ids)
    certifications = Enterprise.certifications.through.objects.filter(enterprise_id__in=ids)
    innovations = Innovation.objects.filter(enterprise_id__in=ids).order_by("sort_order", "pk")
    figures = ImpactFigure.objects.filter(enterprise_id__in=ids).order_by("sort_order", "pk")
    return {
        "sectors": _grouped(
            sectors.order_by("sector__name").values_list("enterprise_id", "sector__slug")
        ),
        "sdgs": _grouped(
            goals.order_by("sustainabledevelopmentgoal_id").values_list(
                "enterprise_id", "sustainabledevelopmentgoal_id"
            )
        ),
        "certifications": _grouped(
            certifications.order_by("certification__name").values_list(
                "enterprise_id", "certification__slug"
            )
        ),
        "innovations": _grouped(
            (row.pop("enterprise_id"), row)
            for row in innovations.values("enterprise_id", *INNOVATION_FIELDS, "translations")
        ),
        "impact_figures": _grouped(
            (row.pop("enterprise_id"), _figure(row))
            for row in figures.values(
                "enterprise_id",
                *IMPACT_FIGURE_FIELDS,
                "verified",
                "verified_on",
                "translations",
                indicator_code=F("catalogue_indicator__code"),
            )
        ),
    }


def _figure(row):
    verified_on = row["verified_on"]
    return {
        **row,
        "value": float(row["value"]),
        "verified_on": verified_on.isoformat() if verified_on else None,
    }


def _timestamp(value):
    return value.isoformat() if value else None


def export_records(listing, profile_address):
    """The listing's enterprises, in the page's order, as plain dicts, a chunk at a time."""
    return enterprise_records(listing.ordered(), profile_address)


def enterprise_records(enterprises, profile_address):
    """These enterprises (an ordered queryset, sliced or not) as the downloads' plain dicts,
    in their order, a chunk at a time: the one serialisation the downloads and the API share."""
    rows = enterprises.values(*ROW_FIELDS).iterator(chunk_size=CHUNK_SIZE)
    for chunk in _chunks(rows, CHUNK_SIZE):
        children = _children([row["id"] for row in chunk])
        for row in chunk:
            pk = row.pop("id")
            translations = row.pop("translations")
            listing_type = row.pop("origin")
            first, last = row.pop("first_published_at"), row.pop("last_published_at")
            confirmed = row.pop("last_confirmed_at")
            record = {
                **row,
                "profile_url": profile_address(row["slug"]),
                "listing_type": listing_type,
                "first_published": _timestamp(first),
                "last_published": _timestamp(last),
                "last_confirmed": _timestamp(confirmed),
            }
            for name in LISTED:
                record[name] = children[name].get(pk, [])
            # {language: {field: text}} for the languages other than the profile's own.
            record["translations"] = translations
            yield record


def _csv_cell(value):
    """Numbers as numbers, every other value as text that no spreadsheet will run."""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return len(value)
        value = "|".join(str(item) for item in value)
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return formula_safe(value)


def stream_csv(records):
    yield "\ufeff"  # lets spreadsheet programs recognise UTF-8
    yield csv.writer(Echo()).writerow(CSV_FIELDS)
    # Every text cell quoted, numbers bare: a spreadsheet reads them as numbers.
    writer = csv.writer(Echo(), quoting=csv.QUOTE_NONNUMERIC)
    for record in records:
        yield writer.writerow([_csv_cell(record[field]) for field in CSV_FIELDS])


def about_the_data(count, query):
    """What a JSON or GeoJSON download says of itself: licence, source, date, the filters."""
    return {
        "licence": LICENCE_NAME,
        "licence_url": LICENCE_URL,
        "source": "Spark Social Enterprise directory",
        "generated_at": timezone.now().isoformat(),
        "query": query,
        "count": count,
    }


def stream_json(records, count, query):
    header = about_the_data(count, query)
    yield json.dumps(header, ensure_ascii=False)[:-1] + ', "enterprises": ['
    for index, record in enumerate(records):
        yield ("," if index else "") + json.dumps(record, ensure_ascii=False)
    yield "]}"


def stream_figures_csv(records):
    """One row per impact figure, after its enterprise's slug: the figures the CSV counts."""
    yield "\ufeff"
    yield csv.writer(Echo()).writerow(["slug", *FIGURE_CSV_FIELDS])
    writer = csv.writer(Echo(), quoting=csv.QUOTE_NONNUMERIC)
    for record in records:
        for figure in record["impact_figures"]:
            cells = [record["slug"], *(figure[field] for field in FIGURE_CSV_FIELDS)]
            yield writer.writerow([_csv_cell(cell) for cell in cells])


def _download(response, name, extension):
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.{extension}"'
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    response["X-Robots-Tag"] = "noindex"
    # Open data: any site may load it.
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


@require_GET
def export_figures(request):
    listing = directory_listing(request.GET)
    records = export_records(listing, profile_addresses(request, absolute=True))
    response = StreamingHttpResponse(
        stream_figures_csv(records), content_type="text/csv; charset=utf-8"
    )
    return _download(response, "spark-impact-figures", "csv")


def has_coordinates(record):
    return record["latitude"] is not None and record["longitude"] is not None


def geojson_feature(record):
    return {
        "type": "Feature",
        # GeoJSON writes a point as longitude, latitude (RFC 7946).
        "geometry": {"type": "Point", "coordinates": [record["longitude"], record["latitude"]]},
        "properties": {name: record[name] for name in GEOJSON_PROPERTIES},
    }


def stream_geojson(records, count, query):
    """A FeatureCollection of the enterprises with coordinates; the licence and the rest of
    about_the_data() are members of the collection beside its features."""
    header = {"type": "FeatureCollection", **about_the_data(count, query)}
    yield json.dumps(header, ensure_ascii=False)[:-1] + ', "features": ['
    located = (record for record in records if has_coordinates(record))
    for index, record in enumerate(located):
        yield ("," if index else "") + json.dumps(geojson_feature(record), ensure_ascii=False)
    yield "]}"


def applied_query(listing):
    applied = listing.filterset.data
    return {key: applied.getlist(key) for key in applied if applied.getlist(key)}


@require_GET
def export(request, fmt):
    if fmt not in FORMATS:
        raise Http404("Exports come as .csv, .json or .geojson")
    listing = directory_listing(request.GET)
    records = export_records(listing, profile_addresses(request, absolute=True))
    if fmt == "csv":
        response = StreamingHttpResponse(
            stream_csv(records), content_type="text/csv; charset=utf-8"
        )
    elif fmt == "geojson":
        located = listing.ordered().filter(latitude__isnull=False, longitude__isnull=False)
        response = StreamingHttpResponse(
            stream_geojson(records, located.count(), applied_query(listing)),
            content_type="application/geo+json",
        )
    else:
        count = listing.ordered().count()
        response = StreamingHttpResponse(
            stream_json(records, count, applied_query(listing)),
            content_type="application/json; charset=utf-8",
        )
    return _download(response, "spark-directory", fmt)
