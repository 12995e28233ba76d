"""The site's two caches: pages and other throwaway values, and the public forms' rate limits.

Rate limits live apart from everything else, so that clearing the page cache (a flush of its
Redis database) never forgives an address its recent requests.
"""

from urllib.parse import urlsplit, urlunsplit

RATE_LIMITS = "ratelimit"
RATE_LIMIT_ENTRIES = 200_000

_REDIS = "django.core.cache.backends.redis.RedisCache"
_IN_PROCESS = "django.core.cache.backends.locmem.LocMemCache"
_NONE = "django.core.cache.backends.dummy.DummyCache"


def next_database(redis_url):
    """The same Redis server, the database after the one `redis_url` names (0 if none)."""
    parts = urlsplit(redis_url)
    database = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{database + 1}"))


def cache_settings(redis_url="", rate_limit_url="", key_prefix="showcase", pages_disabled=False):
    """CACHES for Django: in this process only, or in Redis for every app server to share.

    `pages_disabled` turns the default cache off (to measure the site without it); rate limits
    are still counted.
    """
    if redis_url:
        default = {"BACKEND": _REDIS, "LOCATION": redis_url, "KEY_PREFIX": key_prefix}
        limits = {
            "BACKEND": _REDIS,
            "LOCATION": rate_limit_url or next_database(redis_url),
            "KEY_PREFIX": key_prefix,
        }
    else:
        # In-process caches with the same LOCATION share their store: keep the two apart.
        default = {"BACKEND": _IN_PROCESS, "LOCATION": "default"}
        # Room for every address a busy day brings: a full in-process cache culls entries, and
        # a count culled is a limit forgiven (two entries an address and form).
        limits = {
            "BACKEND": _IN_PROCESS,
            "LOCATION": RATE_LIMITS,
            "OPTIONS": {"MAX_ENTRIES": RATE_LIMIT_ENTRIES},
        }
    if pages_disabled:
        default = {"BACKEND": _NONE}
    return {"default": default, RATE_LIMITS: limits}
