"""The switches that let several stateless app servers share one site."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.production import run_in_production

BASE_DIR = Path(__file__).resolve().parents[2]
# Reads the settings module without starting Django, which would need the S3 client installed.
PROBE = (
    "import json; import showcase.settings.test as s; "
    "print(json.dumps({'cache': s.CACHES['default']['BACKEND'], "
    "'sessions': getattr(s, 'SESSION_ENGINE', 'db'), "
    "'media': s.STORAGES['default'], 'private': s.STORAGES.get('private'), "
    "'media_root': str(s.MEDIA_ROOT), 'private_root': str(getattr(s, 'PRIVATE_MEDIA_ROOT', '')), "
    "'search': s.WAGTAILSEARCH_BACKENDS['default'], "
    "'img_src': s.CSP_PUBLIC_DIRECTIVES['img-src']}))"
)


def settings_with(**env):
    base = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "OPENSEARCH", "REDIS")) and key != "DATABASE_URL"
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**base, "DJANGO_SETTINGS_MODULE": "showcase.settings.test", **env},
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_one_server_needs_nothing_shared():
    config = settings_with()
    assert config["cache"].endswith("LocMemCache")
    assert config["media"]["BACKEND"].endswith("FileSystemStorage")
    # Logos awaiting moderation wait in a folder of their own, beside the public one.
    assert config["private"]["BACKEND"] == "showcase.storage.PrivateFileStorage"
    assert not Path(config["private_root"]).is_relative_to(config["media_root"])
    assert config["search"]["BACKEND"] == "wagtail.search.backends.database"


def test_redis_url_shares_cache_rate_limits_and_sessions():
    config = settings_with(REDIS_URL="redis://cache.internal:6379/0")
    assert config["cache"] == "showcase.caches.SharedClientRedisCache"
    assert config["sessions"] == "django.contrib.sessions.backends.cached_db"


def test_s3_bucket_moves_uploads_off_the_app_servers():
    config = settings_with(
        AWS_STORAGE_BUCKET_NAME="spark-media", AWS_S3_CUSTOM_DOMAIN="media.spark.example.org"
    )
    assert config["media"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert config["media"]["OPTIONS"]["bucket_name"] == "spark-media"
    assert config["media"]["OPTIONS"]["querystring_auth"] is False
    # Pages may show images from there.
    assert "https://media.spark.example.org" in config["img_src"]


def test_s3_keeps_logos_awaiting_moderation_in_a_private_bucket():
    config = settings_with(
        AWS_STORAGE_BUCKET_NAME="spark-media",
        AWS_PRIVATE_STORAGE_BUCKET_NAME="spark-pending",
        AWS_S3_CUSTOM_DOMAIN="media.spark.example.org",
    )
    private = config["private"]
    assert private["BACKEND"] == "storages.backends.s3.S3Storage"
    assert private["OPTIONS"]["bucket_name"] == "spark-pending"
    assert private["OPTIONS"]["default_acl"] == "private"
    assert private["OPTIONS"]["querystring_auth"] is True
    assert private["OPTIONS"]["custom_domain"] is None


def test_production_on_s3_refuses_to_start_without_a_private_bucket():
    result = run_in_production(
        "-c", "import showcase.settings.production", AWS_STORAGE_BUCKET_NAME="spark-media"
    )
    assert result.returncode != 0
    assert "AWS_PRIVATE_STORAGE_BUCKET_NAME must be set" in result.stderr


def test_opensearch_url_moves_site_search_to_opensearch():
    config = settings_with(OPENSEARCH_URL="https://search.internal:9200")
    assert config["search"]["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert config["search"]["URLS"] == ["https://search.internal:9200"]


def production_database(**env):
    result = run_in_production(
        "-c",
        "import json; import showcase.settings.production as s; "
        "print(json.dumps(s.DATABASES['default'], default=str))",
        DATABASE_URL="postgres://spark@db.internal:5432/spark",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_keeps_its_database_connections_and_checks_them():
    database = production_database(DB_CONN_MAX_AGE=None)
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True
    assert production_database(DB_CONN_MAX_AGE="0")["CONN_MAX_AGE"] == 0


def test_postgresql_plans_for_solid_state_disks():
    # With spinning disks' costs, a word searched in three languages reads every enterprise.
    assert production_database()["OPTIONS"]["options"] == "-c random_page_cost=1.1"
    tuned = production_database(DB_RANDOM_PAGE_COST="2")
    assert tuned["OPTIONS"]["options"] == "-c random_page_cost=2"
