"""The search rows (EnterpriseSearchRow) now exist for listed enterprises alone, so that a search
need not join the enterprises' table to leave out the archived and unpublished ones."""

from django.db import migrations

# As directory.search.postgres deletes them, copied so that this migration stays as it ran.
DELETE_UNLISTED = """
    DELETE FROM directory_enterprise_search s
    WHERE NOT EXISTS (
        SELECT 1 FROM directory_enterprise e
        WHERE e.id = s.enterprise_id AND e.live AND e.archived_at IS NULL
    )
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DELETE_UNLISTED)


def reverse(apps, schema_editor):
    """The unlisted enterprises' rows are not written back: counts before this migration joined
    the listed enterprises, so they never read them."""


class Migration(migrations.Migration):
    dependencies = [("directory", "0025_enterprise_search_rows")]

    operations = [migrations.RunPython(forward, reverse)]
