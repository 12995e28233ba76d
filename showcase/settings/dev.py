"""Local development: the embedded SQLite database, e-mail printed to the console."""

import os

from .base import *  # noqa: F403

# Off by default so the demo answers as the real site does (its own 404 page, for one);
# DJANGO_DEBUG=1 brings back Django's debug pages while developing.
DEBUG = env_bool("DJANGO_DEBUG", False)  # noqa: F405
LOCAL_DEMO = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", *ALLOWED_HOSTS]  # noqa: F405
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
