"""Production: everything secret or site-specific comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False

for _required in ("SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL"):
    if not os.environ.get(_required):
        raise ImproperlyConfigured(
            f"{_required} must be set in the environment for production settings."
        )

# Logos awaiting moderation must not land in the public bucket.
if AWS_STORAGE_BUCKET_NAME and not AWS_PRIVATE_STORAGE_BUCKET_NAME:  # noqa: F405
    raise ImproperlyConfigured(
        "AWS_PRIVATE_STORAGE_BUCKET_NAME must be set with AWS_STORAGE_BUCKET_NAME: a bucket "
        "without public access, where logos wait until an editor publishes them."
    )

# Each worker keeps its database connection between requests (a new one costs a few
# milliseconds); it is checked before reuse, so a restarted database costs one retry, not an error.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")  # noqa: F405
WAGTAILADMIN_BASE_URL = os.environ["WAGTAILADMIN_BASE_URL"]

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# Several worker processes only see each other's invalidations through a shared cache: without
# REDIS_URL, pages would stay stale in the other workers, so the page cache stays off.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", bool(REDIS_URL))  # noqa: F405

LOG_FORMAT = os.environ.get("LOG_FORMAT", "json")
LOGGING["handlers"]["stdout"]["formatter"] = "json" if LOG_FORMAT == "json" else "text"  # noqa: F405
CSP_PUBLIC_DIRECTIVES = {**CSP_PUBLIC_DIRECTIVES, "upgrade-insecure-requests": True}  # noqa: F405
CONTENT_SECURITY_POLICY = {"DIRECTIVES": CSP_PUBLIC_DIRECTIVES}
CSP_ADMIN_DIRECTIVES = {**CSP_ADMIN_DIRECTIVES, "upgrade-insecure-requests": True}  # noqa: F405
# Load balancers ask over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
