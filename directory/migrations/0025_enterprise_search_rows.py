"""Facet counts for searches read a narrow row per enterprise (EnterpriseSearchRow), a table that
exists on PostgreSQL alone; the model is unmanaged, so the table is made here and filled from the
search vectors and links already in place."""

import django.contrib.postgres.fields
import django.contrib.postgres.search
from django.conf import settings
from django.db import migrations, models

CREATE = [
    """
    CREATE TABLE IF NOT EXISTS directory_enterprise_search (
        enterprise_id bigint PRIMARY KEY,
        country varchar(2) NOT NULL,
        sort_name varchar(300) NOT NULL,
        search_vector tsvector,
        sectors bigint[] NOT NULL,
        goals integer[] NOT NULL,
        certifications bigint[] NOT NULL,
        verified boolean NOT NULL
    )
    """,
    "CREATE INDEX IF NOT EXISTS directory_search_row_gin "
    "ON directory_enterprise_search USING gin (search_vector)",
]
# The rows as the search index writes them (directory.search.postgres), copied here so that this
# migration keeps making the table it made, whatever later migrations add to it.
FILL = """
    INSERT INTO directory_enterprise_search
        (enterprise_id, country, sort_name, search_vector, sectors, goals, certifications, verified)
    SELECT e.id, e.country, e.sort_name, e.search_vector,
        ARRAY(SELECT sector_id FROM directory_enterprise_sectors WHERE enterprise_id = e.id),
        ARRAY(SELECT sustainabledevelopmentgoal_id FROM directory_enterprise_sdgs
              WHERE enterprise_id = e.id),
        ARRAY(SELECT certification_id FROM directory_enterprise_certifications
              WHERE enterprise_id = e.id),
        EXISTS (SELECT 1 FROM directory_impactfigure f WHERE f.enterprise_id = e.id AND f.verified)
    FROM directory_enterprise e
    ON CONFLICT (enterprise_id) DO NOTHING
"""
DROP = ["DROP TABLE IF EXISTS directory_enterprise_search"]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in [*CREATE, FILL]:
        schema_editor.execute(statement)


def reverse(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0024_import_unchanged_rows"),
        ("home", "0010_registration_organisers"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="EnterpriseSearchRow",
            fields=[
                ("enterprise_id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("country", models.CharField(max_length=2)),
                ("search_vector", django.contrib.postgres.search.SearchVectorField(null=True)),
                (
                    "sectors",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.BigIntegerField(), size=None
                    ),
                ),
                (
                    "goals",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.IntegerField(), size=None
                    ),
                ),
                (
                    "certifications",
                    django.contrib.postgres.fields.ArrayField(
                        base_field=models.BigIntegerField(), size=None
                    ),
                ),
                ("verified", models.BooleanField()),
            ],
            options={
                "db_table": "directory_enterprise_search",
                "managed": False,
            },
        ),
        migrations.AddIndex(
            model_name="enterprise",
            index=models.Index(
                condition=models.Q(("archived_at__isnull", True), ("live", True)),
                fields=["id"],
                name="enterprise_listed_id",
            ),
        ),
        migrations.RunPython(forward, reverse),
    ]
