"""Settings shared by every environment; each environment module overrides what differs."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from showcase.caches import cache_settings
from showcase.security import admin_policy, public_policy

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
# The local demo of `make run`: a published demo login and uploads served by Django itself.
LOCAL_DEMO = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "directory",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "csp",
    # The public API's documentation page takes its scripts from here, not from a CDN.
    "ninja",
    "axes",
]

MIDDLEWARE = [
    "showcase.request_id.RequestIDMiddleware",
    "showcase.proxies.UndeclaredProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "showcase.security.PolicyHeadersMiddleware",
    "showcase.security.ContentSecurityPolicyMiddleware",
    # Cached pages skip everything below: sessions, authentication, routing, the database.
    "showcase.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language is the address's prefix; "/" and unprefixed addresses go to the visitor's.
    "showcase.locale.PageLocaleMiddleware",
    # The public API: English, open to every origin, rate-limited, answering 304s.
    "showcase.api_http.PublicApiMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    # Which site and page an address serves, remembered per content version (home.routing).
    "home.routing.RememberedRoutingMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "showcase.urls"
WSGI_APPLICATION = "showcase.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's default cost of a random read (4) is a spinning disk's: with it, the planner
    # reads every enterprise rather than the full-text index for a word searched in three
    # languages (14 ms against 3 at 10,000). Databases today sit on SSDs, where 1.1 is right.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", f"-c random_page_cost={os.environ.get('DB_RANDOM_PAGE_COST', '1.1')}"
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded database serves an editor's autosave and a publish at the same moment:
    # WAL lets readers go on during a write, IMMEDIATE takes the write lock when a transaction
    # starts (so it waits instead of failing half-way), and the timeout is how long it waits.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )

REDIS_URL = os.environ.get("REDIS_URL", "")
# CACHE_DISABLED turns the default cache off, to see the site with no cache at all; rate limits
# still count. (`make bench` keeps it on: its "page cache off" rows are production without pages.)
_PAGES_DISABLED = env_bool("CACHE_DISABLED")
CACHES = cache_settings(
    redis_url=REDIS_URL,
    rate_limit_url=os.environ.get("RATE_LIMIT_REDIS_URL", ""),
    key_prefix=os.environ.get("CACHE_KEY_PREFIX", "showcase"),
    pages_disabled=_PAGES_DISABLED,
)
if REDIS_URL and not _PAGES_DISABLED:
    # Sessions read from the shared cache and survive in the database.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("nl", _("Dutch")),
    ("fr", _("French")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Remembered for a year once a visitor picks a language in the switcher (home.languages).
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Logos sent by the public wait here, outside MEDIA_ROOT and never served, until published.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
# How long browsers and proxies may keep an uploaded image the site serves itself.
MEDIA_CACHE_SECONDS = 60 * 60 * 24
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Several app servers: uploads go to S3-compatible storage (django-storages; `pip install .[s3]`).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
# Logos awaiting moderation: a folder outside MEDIA_ROOT, or on S3 a bucket of their own that
# allows no public access (production refuses to start on S3 without it). showcase.storage.
AWS_PRIVATE_STORAGE_BUCKET_NAME = os.environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME", "")


def s3_storage(bucket_name, **options):
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket_name,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
            **options,
        },
    }


if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = s3_storage(AWS_STORAGE_BUCKET_NAME)
    STORAGES["private"] = s3_storage(
        AWS_PRIVATE_STORAGE_BUCKET_NAME,
        custom_domain=None,
        default_acl="private",
        querystring_auth=True,
    )
else:
    STORAGES["private"] = {"BACKEND": "showcase.storage.PrivateFileStorage"}
# The image library's originals and renditions: pending/ names private, the rest public.
STORAGES["images"] = {"BACKEND": "showcase.storage.ImageStorage"}
WAGTAILIMAGES_RENDITION_STORAGE = "images"
# Without object storage the site serves MEDIA_ROOT's images itself (showcase.media).
SERVE_MEDIA = not AWS_STORAGE_BUCKET_NAME

# Complex page models exceed Django's default of 1,000 fields per form in the editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Spark Social Enterprise <contact@spark-social-enterprise.eu>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = "Spark Social Enterprise"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
# Pages, events and stories exist once per language; editors translate them with
# wagtail-localize. The interface's languages and the content's are the same three.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "AUTO_UPDATE": True,
    }
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Accent-free English stemming, created by home's first migration.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "showcase_search"
# Site search on OpenSearch instead of the database (`pip install .[opensearch]`, then
# `manage.py update_index`). The directory's own search stays in PostgreSQL.
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")
if OPENSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.opensearch2",
        "URLS": [OPENSEARCH_URL],
        "INDEX": os.environ.get("OPENSEARCH_INDEX", "showcase"),
        "TIMEOUT": 5,
        "AUTO_UPDATE": True,
    }
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Editors' e-mail hashes stay off gravatar.com, and the admin does not call home for updates:
# both would also need the admin's Content Security Policy to allow third parties.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# The maps' background (the directory's map, profiles): OpenStreetMap's tiles, with the credit
# their licence asks for. Only pages that show a map let images come from the tile host
# (showcase.security.allow_map_tiles). OpenStreetMap's tile policy asks for a Referer, which
# SECURE_REFERRER_POLICY sends: the site's origin.
MAP_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
MAP_TILE_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)

# Content Security Policy: showcase.security picks the public or the admin policy per request.
WAGTAILADMIN_PATH_PREFIX = "/admin/"
# The public read API (showcase/api.py), outside the language prefixes like the admin.
API_PATH_PREFIX = "/api/"
_MEDIA_HOSTS = env_list("CSP_EXTRA_IMAGE_SOURCES")
if os.environ.get("AWS_S3_CUSTOM_DOMAIN"):
    _MEDIA_HOSTS.append(f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN']}")
elif os.environ.get("AWS_S3_ENDPOINT_URL"):
    _MEDIA_HOSTS.append(os.environ["AWS_S3_ENDPOINT_URL"])
CSP_PUBLIC_DIRECTIVES = public_policy(_MEDIA_HOSTS)
CSP_ADMIN_DIRECTIVES = admin_policy(_MEDIA_HOSTS)
CONTENT_SECURITY_POLICY = {"DIRECTIVES": CSP_PUBLIC_DIRECTIVES}

# Guessing admin passwords: five failures for a name from one address lock it for 15 minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USE_ATTEMPT_EXPIRATION = True
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_CLIENT_IP_CALLABLE = "showcase.proxies.client_address"

# Whole-page cache for anonymous visitors (showcase.page_cache).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Not pages: never looked up in the cache. Pages that must not be cached say so themselves
# (never_cache), wherever they are.
PAGE_CACHE_EXCLUDED_PREFIXES = ("/admin/", "/documents/", MEDIA_URL, "/healthz", API_PATH_PREFIX)

# `make bench` only: a header with each response's query count, and a minimal view to compare with.
BENCHMARK_MODE = env_bool("BENCHMARK_MODE")
if BENCHMARK_MODE:
    MIDDLEWARE.insert(1, "showcase.query_count.QueryCountMiddleware")

LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "showcase.request_id.RequestIDFilter"}},
    "formatters": {
        "json": {"()": "showcase.logging_format.JSONFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT if LOG_FORMAT in ("json", "text") else "text",
        }
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        # Lockout messages name people and addresses: keep only errors.
        "axes": {"handlers": ["stdout"], "level": "ERROR", "propagate": False},
    },
}

# Countries of the 2 Seas area come first in country menus.
COUNTRIES_FIRST = ["BE", "FR", "NL", "GB"]
COUNTRIES_FIRST_REPEAT = False
# No separator line: its empty value reads as "chosen" in a select that has no country yet.

# Work apart from the request (django-tasks). Wagtail's own tasks run at once, as by default;
# e-mails whose timing could tell something run after the response (showcase/tasks.py).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "after_response": {"BACKEND": "showcase.tasks.AfterResponseBackend"},
}

# Public forms: seconds a person needs at least, and (requests, seconds) allowed per address.
DIRECTORY_FORM_MIN_SECONDS = int(os.environ.get("DIRECTORY_FORM_MIN_SECONDS", "4"))
# ... and at most: the form's fill-time token expires then (an open form gets a new one).
DIRECTORY_FORM_MAX_SECONDS = int(os.environ.get("DIRECTORY_FORM_MAX_SECONDS", str(4 * 60 * 60)))
DIRECTORY_SUBMISSION_RATE = (5, 60 * 60)
# Editors' bulk imports (Directory > Import enterprises): the largest file, in bytes and rows.
DIRECTORY_IMPORT_MAX_BYTES = int(os.environ.get("DIRECTORY_IMPORT_MAX_BYTES", "20971520"))
DIRECTORY_IMPORT_MAX_ROWS = int(os.environ.get("DIRECTORY_IMPORT_MAX_ROWS", "20000"))
# Every sending of the listing or update form, valid or not, counted before it is validated.
DIRECTORY_FORM_POST_RATE = (20, 60 * 60)
DIRECTORY_UPDATE_LINK_RATE = (5, 60 * 60)
# Owners' sends through an update link, counted per link (the listing and its owner, whichever
# of their links is used) and, apart, per address.
DIRECTORY_OWNER_UPDATE_RATE = (5, 60 * 60)
DIRECTORY_REMOVAL_REQUEST_RATE = (3, 60 * 60)
# Requests to the public API per address, and the window in seconds they are counted over.
API_RATE = (120, 60)
# Registrations for events taken per address, and e-mails sent again to an address that was
# already registered (per registration).
EVENT_REGISTRATION_RATE = (10, 60 * 60)
EVENT_REGISTRATION_RESEND_RATE = (3, 60 * 60)
# Days after an event its registrations' personal data is deleted, keeping anonymous counts
# (`manage.py purge_past_registrations`, daily). The privacy notice states the same number.
REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", "90"))
# How many reverse proxies in front of the site append to X-Forwarded-For (0: none trusted).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
