"""What every answer of the public API shares, whichever endpoint gives it.

English (the data's own form: slugs, codes, English names beside their translations); open to
scripts on any site (CORS for GET, preflights answered); counted per address (API_RATE), with
429 and Retry-After beyond; an ETag and a Last-Modified on each answer, and 304 when the client
already holds it.
"""

import json
import math
from datetime import datetime, time

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from directory.antiabuse import seconds_over_limit
from showcase.page_cache import content_changed_at

READ_METHODS = ("GET", "HEAD")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    # Scripts may read the caching headers and, when refused, how long to wait.
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After, Link",
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": str(24 * 60 * 60),
}
MAX_AGE = 60


def is_api(request):
    return request.path_info.startswith(settings.API_PATH_PREFIX)


def last_modified():
    """When the answers may last have changed: the current content version began, or today did
    (the upcoming and past events part at midnight), whichever is later."""
    midnight = timezone.make_aware(datetime.combine(timezone.localdate(), time.min))
    return max(content_changed_at(), midnight.timestamp())


def too_many_requests(seconds):
    limit, window = settings.API_RATE
    minutes = max(1, math.ceil(window / 60))
    message = ngettext(
        "Too many requests from your address: the API answers %(limit)d requests per "
        "%(minutes)d minute. Try again in %(seconds)d seconds.",
        "Too many requests from your address: the API answers %(limit)d requests per "
        "%(minutes)d minutes. Try again in %(seconds)d seconds.",
        minutes,
    ) % {"limit": limit, "minutes": minutes, "seconds": seconds}
    response = HttpResponse(
        json.dumps({"detail": message}), status=429, content_type="application/json"
    )
    response["Retry-After"] = str(seconds)
    return response


def preflight():
    response = HttpResponse(status=204)
    for header, value in PREFLIGHT_HEADERS.items():
        response[header] = value
    return response


def method_not_allowed():
    response = HttpResponse(
        json.dumps({"detail": _("The API only reads: use GET.")}),
        status=405,
        content_type="application/json",
    )
    response["Allow"] = "GET, HEAD, OPTIONS"
    return response


def in_json(response):
    """An address the API does not have answers in the API's own form, not with a page."""
    if response.status_code != 404 or response.get("Content-Type", "").startswith(
        "application/json"
    ):
        return response
    message = _(
        "The API has no such address. Its endpoints are listed in %(schema)s and explained "
        "in %(docs)s."
    ) % {"schema": reverse("api:openapi-json"), "docs": reverse("api:openapi-view")}
    return HttpResponse(
        json.dumps({"detail": message}), status=404, content_type="application/json"
    )


def conditional(request, response):
    """Django's ConditionalGetMiddleware, with the date of the data as Last-Modified."""
    if request.method not in READ_METHODS or response.status_code != 200 or response.streaming:
        return response
    set_response_etag(response)
    response["Last-Modified"] = http_date(last_modified())
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return get_conditional_response(
        request,
        etag=response["ETag"],
        last_modified=parse_http_date_safe(response["Last-Modified"]),
        response=response,
    )


class PublicApiMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api(request):
            return self.get_response(request)
        with translation.override(settings.LANGUAGE_CODE):
            response = self.answer(request)
        for header, value in CORS_HEADERS.items():
            response[header] = value
        # Open data: pages on other sites may load it.
        response["Cross-Origin-Resource-Policy"] = "cross-origin"
        return response

    def answer(self, request):
        if request.method == "OPTIONS":
            return preflight()
        if request.method not in READ_METHODS:
            return method_not_allowed()
        seconds = seconds_over_limit(request, "api", *settings.API_RATE)
        if seconds:
            return too_many_requests(seconds)
        if request.method == "HEAD":
            return head_of(request, self.get_response)
        return conditional(request, in_json(self.get_response(request)))


def head_of(request, get_response):
    """HEAD: the GET answer's headers, without its body."""
    request.method = "GET"
    response = conditional(request, in_json(get_response(request)))
    request.method = "HEAD"
    if not response.streaming:
        length = len(response.content)
        response.content = b""
        if response.status_code == 200:
            response["Content-Length"] = str(length)
    return response
