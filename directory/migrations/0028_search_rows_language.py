"""The search rows (EnterpriseSearchRow) gain each profile's language, so that a search ranks
a row by the words read in that language alone (directory.search.postgres.rank_sql)."""

from django.db import migrations, models

FORWARD = [
    "ALTER TABLE directory_enterprise_search "
    "ADD COLUMN IF NOT EXISTS language varchar(10) NOT NULL DEFAULT 'en'",
    "UPDATE directory_enterprise_search s SET language = e.language "
    "FROM directory_enterprise e WHERE e.id = s.enterprise_id",
    # The index writes the language of every row it writes.
    "ALTER TABLE directory_enterprise_search ALTER COLUMN language DROP DEFAULT",
]
REVERSE = ["ALTER TABLE directory_enterprise_search DROP COLUMN IF EXISTS language"]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def reverse(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in REVERSE:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("directory", "0027_search_rows_name_vector")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="enterprisesearchrow",
                    name="language",
                    field=models.CharField(default="en", max_length=10),
                    preserve_default=False,
                ),
            ],
        ),
        migrations.RunPython(forward, reverse),
    ]
