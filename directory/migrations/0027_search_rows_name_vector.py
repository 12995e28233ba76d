"""The search rows (EnterpriseSearchRow) gain the words of each name on their own, without
weights, so that a search for the start of a name's word is settled by a GIN index instead of by
reading every row the words match (directory.search.postgres)."""

import django.contrib.postgres.search
from django.db import migrations

FORWARD = [
    "ALTER TABLE directory_enterprise_search ADD COLUMN IF NOT EXISTS name_vector tsvector",
    # As directory.search.postgres writes it, copied so that this migration stays as it ran.
    "UPDATE directory_enterprise_search SET name_vector = strip(ts_filter(search_vector, '{a}'))",
    "CREATE INDEX IF NOT EXISTS directory_search_row_name_gin "
    "ON directory_enterprise_search USING gin (name_vector)",
]
REVERSE = [
    "DROP INDEX IF EXISTS directory_search_row_name_gin",
    "ALTER TABLE directory_enterprise_search DROP COLUMN IF EXISTS name_vector",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def reverse(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in REVERSE:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("directory", "0026_search_rows_listed_only")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="enterprisesearchrow",
                    name="name_vector",
                    field=django.contrib.postgres.search.SearchVectorField(null=True),
                ),
            ],
        ),
        migrations.RunPython(forward, reverse),
    ]
