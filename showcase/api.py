"""The public read API, /api/v1/: the directory's enterprises and vocabularies, and the events.

Its schema (OpenAPI 3) is at /api/v1/openapi.json and its documentation at /api/v1/docs;
showcase.api_http adds what every answer shares (CORS, rate limit, ETag and 304).
"""

from django.utils.translation import gettext as _
from ninja import NinjaAPI, Swagger
from ninja.errors import HttpError, ValidationError

from directory.api import router as directory_router
from directory.views.exports import LICENCE_NAME, LICENCE_URL
from home.api import router as events_router

VERSION = "1"

api = NinjaAPI(
    title="Spark Social Enterprise directory API",
    version=VERSION,
    description=(
        "Read-only open data: the published social enterprises of the directory, its sectors, "
        "goals, certifications and impact indicators, and the events. Lists are paged "
        "(`page`, `page_size` up to 100) and give `count`, `next` and `previous`. Answers carry "
        "an ETag and a Last-Modified and answer 304 to a client that holds them; every origin "
        "may read them (CORS). Each address may send a limited number of requests a minute; "
        "beyond it the API answers 429 with Retry-After. Data licence: " + LICENCE_NAME + "."
    ),
    openapi_extra={"info": {"license": {"name": "CC BY 4.0", "url": LICENCE_URL}}},
    urls_namespace="api",
    # The bundled Swagger UI: its scripts are this site's own static files, as the
    # Content-Security-Policy requires; no validator badge from another host.
    docs=Swagger(settings={"validatorUrl": None}),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
api.add_router("", directory_router)
api.add_router("", events_router)


def _location(error):
    return ".".join(str(part) for part in error.get("loc", ())[1:] if part != "") or "request"


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    """422 with each parameter's problem in words, beside ninja's own list of errors."""
    invalid = _("invalid")  # outside the f-string, where xgettext finds it
    problems = [f"{_location(error)}: {error.get('msg', invalid)}" for error in exc.errors]
    return api.create_response(
        request, {"detail": "; ".join(problems), "errors": exc.errors}, status=422
    )


@api.exception_handler(HttpError)
def refused(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
