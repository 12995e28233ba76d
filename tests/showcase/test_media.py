"""Uploaded images on a single server without S3: the site serves MEDIA_ROOT's images itself,
with their type, caching and nosniff, and nothing else: no other file type, no documents, no
way out of the folder, never the private folder."""

from pathlib import Path

import pytest

from tests.directory.submission_helpers import image_bytes
from tests.production import run_in_production

pytestmark = pytest.mark.django_db
PNG = image_bytes((20, 20))


def put(root, path, content):
    target = Path(root) / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return target


def body_of(response):
    return b"".join(response.streaming_content)


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("original_images/logo.png", "image/png"),
        ("images/logo.fill-160x160.format-webp.webp", "image/webp"),
        ("images/photo.fill-1200x630.jpg", "image/jpeg"),
    ],
)
def test_uploaded_images_are_served_with_type_caching_and_nosniff(
    client, settings, path, content_type
):
    put(settings.MEDIA_ROOT, path, PNG)
    response = client.get(f"/media/{path}")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Cache-Control"] == "public, max-age=86400"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Last-Modified" in response
    assert body_of(response) == PNG
    again = client.get(f"/media/{path}", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304


@pytest.mark.parametrize(
    "path",
    [
        "original_images/page.html",
        "original_images/logo.svg",
        "documents/report.pdf",
        "original_images/missing.png",
        "original_images/../documents/report.png",
        "original_images/%2e%2e/documents/report.png",
        "original_images/",
        "pending/original_images/waiting.png",
    ],
)
def test_nothing_else_in_or_beside_the_media_folder_is_served(client, settings, path):
    put(settings.MEDIA_ROOT, "original_images/page.html", b"<script>alert(1)</script>")
    put(settings.MEDIA_ROOT, "original_images/logo.svg", b"<svg onload='alert(1)'/>")
    put(settings.MEDIA_ROOT, "documents/report.pdf", b"%PDF-1.4")
    put(settings.MEDIA_ROOT, "documents/report.png", PNG)
    put(settings.PRIVATE_MEDIA_ROOT, "pending/original_images/waiting.png", PNG)
    put(settings.PRIVATE_MEDIA_ROOT, "original_images/waiting.png", PNG)
    assert client.get(f"/media/{path}").status_code == 404


def test_a_private_folder_set_inside_the_media_folder_is_still_never_served(client, settings):
    settings.PRIVATE_MEDIA_ROOT = Path(settings.MEDIA_ROOT) / "original_images" / "held"
    put(settings.PRIVATE_MEDIA_ROOT, "original_images/waiting.png", PNG)
    assert client.get("/media/original_images/held/original_images/waiting.png").status_code == 404


PROBE = """
import django
django.setup()
from django.http import Http404
from django.test import Client, RequestFactory
from django.urls import resolve
from showcase.media import serve_media

client = Client(HTTP_HOST="spark.example.org")
response = client.get("/media/original_images/logo.png", secure=True)
print(response.status_code, response["Content-Type"], response["Cache-Control"],
      response["X-Content-Type-Options"], sep="|")
print(resolve("/media/pending/original_images/waiting.png").func is serve_media)
for path in ("pending/original_images/waiting.png", "original_images/../../private/waiting.png"):
    try:
        serve_media(RequestFactory().get("/"), path)
        print("served", path)
    except Http404:
        print("404")
"""


def test_production_without_s3_serves_uploaded_images(tmp_path):
    media, private = tmp_path / "media", tmp_path / "private"
    put(media, "original_images/logo.png", PNG)
    put(private, "pending/original_images/waiting.png", PNG)
    result = run_in_production("-c", PROBE, MEDIA_ROOT=str(media), PRIVATE_MEDIA_ROOT=str(private))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "200|image/png|public, max-age=86400|nosniff",
        "True",
        "404",
        "404",
    ]
