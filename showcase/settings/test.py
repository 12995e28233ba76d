"""Settings for the test suite: fast hashing, mail kept in memory, no external services."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# E-mails still leave after the response, but from the request's own thread, so a test finds
# them in mail.outbox as soon as its request returns (test_owner_link_timing runs them apart).
TASKS = {
    **TASKS,  # noqa: F405
    "after_response": {
        "BACKEND": "showcase.tasks.AfterResponseBackend",
        "OPTIONS": {"IN_BACKGROUND": False},
    },
}
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
LOGGING["loggers"]["django"]["level"] = "WARNING"  # noqa: F405
