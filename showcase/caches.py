"""The site's two caches: pages and other throwaway values, and the public forms' rate limits.

Rate limits live apart from everything else, so that clearing the page cache (a flush of its
Redis database) never forgives an address its recent requests.
"""

from urllib.parse import urlsplit, urlunsplit

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

RATE_LIMITS = "ratelimit"
RATE_LIMIT_ENTRIES = 200_000
# Wagtail's own alias for the cache of image renditions.
RENDITIONS = "renditions"
RENDITION_SECONDS = 10 * 60
# What pages keep per content version (showcase.page_cache.kept, showcase.fragments), also held
# in each process.
KEPT_NEARBY = "kept-nearby"

_REDIS = "showcase.caches.SharedClientRedisCache"
_IN_PROCESS = "django.core.cache.backends.locmem.LocMemCache"
_NONE = "django.core.cache.backends.dummy.DummyCache"


class SharedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, building one redis.Redis per connection pool instead of one per
    cache call: each build fills a table of a few hundred response callbacks, which cost a
    page a few milliseconds over a few dozen calls. A redis.Redis is safe to share between
    threads; its connections come from the pool either way."""

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = getattr(pool, "_showcase_client", None)
        if client is None:
            client = pool._showcase_client = self._client(connection_pool=pool)
        return client


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient


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
    # Wagtail looks up each image's renditions here: a page with a dozen images asks a dozen
    # times. A rendition never changes once made (new crops or focal points are new renditions),
    # so each process keeps those it has seen, for a while.
    renditions = {
        "BACKEND": _IN_PROCESS,
        "LOCATION": RENDITIONS,
        "TIMEOUT": RENDITION_SECONDS,
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
    # With Redis, each process also holds the kept parts it has read: a page reads about ten, a
    # network round trip each. Their keys name the content version, which every request reads
    # from Redis, so a process never serves a part older than the last publish. Without Redis
    # the default cache is in this process already.
    nearby = {
        "BACKEND": _IN_PROCESS,
        "LOCATION": KEPT_NEARBY,
        # Cards are most of it, a kilobyte or two each: a few tens of megabytes at most.
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
    if not redis_url:
        nearby = {"BACKEND": _NONE}
    if pages_disabled:
        default = renditions = nearby = {"BACKEND": _NONE}
    return {
        "default": default,
        RATE_LIMITS: limits,
        RENDITIONS: renditions,
        KEPT_NEARBY: nearby,
    }
