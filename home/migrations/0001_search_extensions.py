"""Accent-insensitive, typo-tolerant search on PostgreSQL from the very first migration.

Creates the unaccent and pg_trgm extensions (unaccent first: the trigram indexes are built on
unaccented text), an immutable f_unaccent() wrapper usable in indexes, and the
"showcase_search" text search configuration: English stemming on accent-free words.
Other databases skip this migration.
"""

from django.db import migrations

FORWARD_SQL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
    $func$ SELECT public.unaccent('public.unaccent', $1) $func$
    """,
    """
    DO $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'showcase_search') THEN
            CREATE TEXT SEARCH CONFIGURATION showcase_search (COPY = pg_catalog.english);
            ALTER TEXT SEARCH CONFIGURATION showcase_search
                ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;
        END IF;
    END
    $$
    """,
]

REVERSE_SQL = [
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS showcase_search",
    "DROP FUNCTION IF EXISTS f_unaccent(text)",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in FORWARD_SQL:
        schema_editor.execute(statement)


def reverse(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in REVERSE_SQL:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(forward, reverse, elidable=False)]
