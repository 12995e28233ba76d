"""Typo correction reads the lexicon on both databases: fill it from the live profiles, and drop
SQLite's view of its full-text vocabulary (stemmed words), which it read before."""

from django.db import migrations

from directory.search import lexicon

DROP_VOCABULARY = "DROP TABLE IF EXISTS directory_enterprise_fts_vocab"
CREATE_VOCABULARY = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS directory_enterprise_fts_vocab "
    "USING fts5vocab(directory_enterprise_fts, 'row')"
)


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(DROP_VOCABULARY)
    lexicon.rebuild(apps)


def reverse(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(CREATE_VOCABULARY)


class Migration(migrations.Migration):
    dependencies = [("directory", "0010_sort_name_trigram")]

    operations = [migrations.RunPython(forward, reverse)]
