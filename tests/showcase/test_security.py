"""What the site tells browsers, and how it resists password guessing."""

import logging
from pathlib import Path

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse

from tests.production import run_in_production

pytestmark = pytest.mark.django_db
BASE_DIR = Path(__file__).resolve().parents[2]


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_pages_send_the_security_headers(client, home_page):
    response = client.get("/en/")
    csp = directives(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert len(response["X-Request-ID"]) == 32


def test_the_admin_may_frame_its_own_previews(client, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_home"))
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


def test_production_settings_pass_the_deployment_checks():
    result = run_in_production("manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_cookies_are_https_only_and_hsts_is_on():
    result = run_in_production(
        "-c",
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "s.SECURE_HSTS_SECONDS >= 31536000, s.DEBUG, "
        "'upgrade-insecure-requests' in s.CONTENT_SECURITY_POLICY['DIRECTIVES'])",
    )
    assert result.stdout.split() == ["True", "True", "True", "True", "False", "True"], result.stderr


def test_weak_passwords_are_refused():
    for weak in ("password", "12345678901234", "short"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("a sensible long passphrase 2026")


def test_repeated_wrong_passwords_lock_the_admin_login(client, django_user_model):
    django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "the-right-password-2026"
    )
    login = reverse("wagtailadmin_login")
    for _ in range(4):
        response = client.post(login, {"username": "editor", "password": "wrong"})
        assert response.status_code == 200
    # The fifth failure locks the name from this address, even for the right password after it.
    assert client.post(login, {"username": "editor", "password": "wrong"}).status_code == 429
    locked = client.post(login, {"username": "editor", "password": "the-right-password-2026"})
    assert locked.status_code == 429
    assert "Too many sign-in attempts" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_right_password_after_a_few_mistakes_still_works(client, django_user_model):
    django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "the-right-password-2026"
    )
    login = reverse("wagtailadmin_login")
    for _ in range(3):
        client.post(login, {"username": "editor", "password": "wrong"})
    response = client.post(login, {"username": "editor", "password": "the-right-password-2026"})
    assert response.status_code == 302


def test_production_caches_pages_only_with_a_cache_all_workers_share():
    probe = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.PAGE_CACHE_ENABLED)"
    )
    assert run_in_production("-c", probe).stdout.strip() == "False"
    with_redis = run_in_production("-c", probe, REDIS_URL="redis://127.0.0.1:6379/13")
    assert with_redis.stdout.strip() == "True", with_redis.stderr


def test_an_undeclared_proxy_is_reported_loudly_once(client, home_page, settings, caplog):
    settings.TRUSTED_PROXY_COUNT = 0
    with caplog.at_level(logging.ERROR, logger="showcase.proxies"):
        client.get("/en/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7")
        client.get("/en/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.8")
    (record,) = caplog.records
    assert record.levelno == logging.ERROR
    assert "TRUSTED_PROXY_COUNT" in record.getMessage()
    assert "10.0.0.2" in record.getMessage()


def test_a_declared_proxy_gives_each_visitor_their_own_address(client, home_page, settings, caplog):
    from showcase.proxies import client_address

    settings.TRUSTED_PROXY_COUNT = 1
    with caplog.at_level(logging.ERROR, logger="showcase.proxies"):
        client.get("/en/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert caplog.records == []
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.7"
    )
    # The proxy appends the address it saw; what comes before it the visitor could have typed.
    assert client_address(request) == "198.51.100.7"
