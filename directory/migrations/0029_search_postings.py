"""Postings beside the search rows (directory.search.postings): a row per listed enterprise and
word of its search vector, with that word's rank, so that a search for one common word reads an
index in rank order rather than ranking every match. PostgreSQL alone, like the search rows; the
postings are written here from the rows already in place."""

from django.db import migrations

CREATE = [
    """
    CREATE TABLE IF NOT EXISTS directory_search_posting (
        lexeme text NOT NULL,
        language varchar(10) NOT NULL,
        rank real NOT NULL,
        sort_name varchar(300) NOT NULL,
        enterprise_id bigint NOT NULL
            REFERENCES directory_enterprise_search (enterprise_id) ON DELETE CASCADE
    )
    """,
    # A word's postings per language in the results' order, every column there: the ids and the
    # first page come from the index alone.
    "CREATE INDEX IF NOT EXISTS directory_search_posting_order ON directory_search_posting "
    "(lexeme, language, rank DESC, sort_name, enterprise_id)",
    # Rewriting or dropping one enterprise's postings.
    "CREATE INDEX IF NOT EXISTS directory_search_posting_enterprise "
    "ON directory_search_posting (enterprise_id)",
]
# The postings as the search index writes them (directory.search.postings), copied here so that
# this migration keeps making what it made.
FILL = """
    INSERT INTO directory_search_posting (lexeme, language, rank, sort_name, enterprise_id)
    SELECT u.lexeme,
        CASE s.language WHEN 'nl' THEN 'nl' WHEN 'fr' THEN 'fr' ELSE 'en' END,
        ts_rank('{0.05,0.1,0.4,1.0}'::float4[], s.search_vector,
                ('''' || u.lexeme || ''' | ''' || u.lexeme || ''':*A')::tsquery),
        s.sort_name, s.enterprise_id
    FROM directory_enterprise_search s CROSS JOIN LATERAL unnest(s.search_vector) u
    WHERE u.lexeme ~ '^[[:alnum:]]+$'
"""
DROP = ["DROP TABLE IF EXISTS directory_search_posting"]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in [*CREATE, FILL]:
            schema_editor.execute(statement)


def reverse(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("directory", "0028_search_rows_language")]

    operations = [migrations.RunPython(forward, reverse)]
