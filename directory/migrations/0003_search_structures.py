"""Database structures for directory search that Django's schema cannot describe for every vendor.

PostgreSQL: GIN indexes on the enterprises' search vectors and on the lexicon's trigrams.
SQLite: an FTS5 table with the porter stemmer and diacritics removed.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    "CREATE INDEX IF NOT EXISTS directory_enterprise_search_gin "
    "ON directory_enterprise USING gin (search_vector) WHERE live",
    "CREATE INDEX IF NOT EXISTS directory_searchterm_trgm "
    "ON directory_searchterm USING gin (word gin_trgm_ops)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS directory_enterprise_search_gin",
    "DROP INDEX IF EXISTS directory_searchterm_trgm",
]
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS directory_enterprise_fts USING fts5("
    "name, place, body, tokenize = 'porter unicode61 remove_diacritics 2')",
]
SQLITE_REVERSE = ["DROP TABLE IF EXISTS directory_enterprise_fts"]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_seed_vocabularies"),
        ("home", "0001_search_extensions"),
    ]

    operations = [
        migrations.RunPython(
            run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
