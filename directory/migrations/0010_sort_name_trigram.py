"""PostgreSQL: a trigram index lets the duplicate check find names containing a word quickly."""

from django.db import migrations

FORWARD = (
    "CREATE INDEX IF NOT EXISTS directory_enterprise_sort_name_trgm "
    "ON directory_enterprise USING gin (sort_name gin_trgm_ops)"
)
REVERSE = "DROP INDEX IF EXISTS directory_enterprise_sort_name_trgm"


def run(statement):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("directory", "0009_search_vocabulary")]

    operations = [migrations.RunPython(run(FORWARD), run(REVERSE))]
