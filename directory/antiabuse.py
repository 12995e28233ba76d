"""Defences for the public forms: a honeypot, a minimum fill time and a per-address rate limit."""

import math
import time

from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from showcase.caches import RATE_LIMITS
from showcase.proxies import client_address

TIMER_SALT = "directory.form-timer"
HONEYPOT_FIELD = "fax_number"


class Rejected(Exception):
    """A request the site will not process; `message` says why in words a person understands."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


class TimerExpired(Exception):
    pass


def _duration(seconds):
    if seconds >= 60 * 60:
        hours = seconds // (60 * 60)
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    minutes = max(1, seconds // 60)
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}


def start_timer():
    return signing.dumps(time.time(), salt=TIMER_SALT)


def _started_at(value):
    """When the form was opened; a token older than DIRECTORY_FORM_MAX_SECONDS has expired, so
    that one token, kept or replayed by a script, does not serve for ever."""
    try:
        return float(
            signing.loads(value or "", salt=TIMER_SALT, max_age=settings.DIRECTORY_FORM_MAX_SECONDS)
        )
    except signing.SignatureExpired:
        raise TimerExpired from None
    except (signing.BadSignature, TypeError, ValueError):
        return None


def timer_is_valid(value):
    try:
        return _started_at(value) is not None
    except TimerExpired:
        return False


def keep_timer_fresh(form, key):
    """Give a sent form whose timer is missing, altered or expired a new one to show: with the
    old one, every later sending of the page would be refused."""
    if form.is_bound and not timer_is_valid(form.data.get(key)):
        form.data = form.data.copy()
        form.data[key] = start_timer()


def check_fill_time(value, minimum=None):
    minimum = settings.DIRECTORY_FORM_MIN_SECONDS if minimum is None else minimum
    try:
        started = _started_at(value)
    except TimerExpired:
        raise Rejected(
            _(
                "This form was opened more than %(duration)s ago, so it has expired. "
                "Your entries are kept below: check them and send the form again."
            )
            % {"duration": _duration(settings.DIRECTORY_FORM_MAX_SECONDS)}
        ) from None
    if started is None or time.time() - started < minimum:
        raise Rejected(
            _(
                "This form was sent faster than a person can fill it in, so it was not accepted. "
                "Your entries are kept below: check them and send the form again."
            )
        )


def check_honeypot(data):
    if data.get(HONEYPOT_FIELD):
        raise Rejected(
            _(
                "This form was not accepted because a field meant to stay empty was filled in. "
                "If you are a person, clear the field labelled “Leave this empty” and send again."
            )
        )


def _count_request(key, window_seconds):
    """This request's number in its address's current window, counted atomically.

    `add` opens a window only when none is open and `incr` is atomic, so requests arriving
    together each get a number of their own: none slips through between a read and a write.
    """
    counts = caches[RATE_LIMITS]
    for _attempt in range(2):
        counts.add(key, 0, timeout=window_seconds)
        try:
            count = counts.incr(key)
        except ValueError:
            continue  # The window closed between the two calls: open the next one.
        if count == 1:
            # Redis's INCR on a key that expired a moment before creates it without an expiry:
            # the request that opens a window sets it again, and notes when the window opened.
            counts.touch(key, window_seconds)
            counts.set(f"{key}:start", time.time(), timeout=window_seconds)
        return count
    return 1  # A cache that keeps nothing cannot count, so it limits nothing.


def seconds_over_limit(request, scope, limit, window_seconds, counted_by=None):
    """Count this request against its address, or against `counted_by` (a link, say) when given:
    0 within the limit, else the seconds until its window closes (at least 1)."""
    key = f"ratelimit:{scope}:{counted_by or client_address(request) or 'unknown'}"
    if _count_request(key, window_seconds) <= limit:
        return 0
    now = time.time()
    window_start = caches[RATE_LIMITS].get(f"{key}:start", now)
    return max(1, math.ceil(window_start + window_seconds - now))


def check_rate_limit(request, scope, limit, window_seconds, counted_by=None):
    """Count this request against its address, or against `counted_by` (a link, say) when given;
    over the limit, refuse it and say when to retry."""
    seconds = seconds_over_limit(request, scope, limit, window_seconds, counted_by)
    if not seconds:
        return
    wait = max(1, math.ceil(seconds / 60))
    raise Rejected(
        ngettext(
            "You have sent this form several times in a short while. "
            "Please try again in %(minutes)d minute.",
            "You have sent this form several times in a short while. "
            "Please try again in %(minutes)d minutes.",
            wait,
        )
        % {"minutes": wait},
        status=429,
    )
