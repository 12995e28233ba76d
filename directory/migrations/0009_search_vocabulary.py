"""SQLite: the full-text index's own vocabulary, from which typo corrections are guessed."""

from django.db import migrations

FORWARD = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS directory_enterprise_fts_vocab "
    "USING fts5vocab(directory_enterprise_fts, 'row')"
)
REVERSE = "DROP TABLE IF EXISTS directory_enterprise_fts_vocab"


def run(statement):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("directory", "0008_submission_figures_unverified")]

    operations = [migrations.RunPython(run(FORWARD), run(REVERSE))]
