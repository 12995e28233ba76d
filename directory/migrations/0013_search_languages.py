"""Search in each profile's own language.

PostgreSQL: accent-free Dutch and French text search configurations beside home's English
"showcase_search". Every profile is English until an editor says otherwise, so the vectors
already stored stay right.
SQLite: the full-text table no longer stems with FTS5's English porter; it holds words that
stemmed() has stemmed in the profile's language, and is refilled so.
"""

from django.db import migrations

CONFIGURATIONS = {"showcase_dutch": ("dutch", "dutch_stem"), "showcase_french": ("french", "french_stem")}

CREATE_CONFIGURATION = """
    DO $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
            CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{source});
            ALTER TEXT SEARCH CONFIGURATION {name}
                ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, {stemmer};
        END IF;
    END
    $$
"""
DROP_CONFIGURATION = "DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}"

DROP_TABLE = "DROP TABLE IF EXISTS directory_enterprise_fts"
CREATE_STEMMED_TABLE = (
    "CREATE VIRTUAL TABLE directory_enterprise_fts USING fts5("
    "name, place, body, tokenize = 'unicode61 remove_diacritics 2')"
)
CREATE_PORTER_TABLE = (
    "CREATE VIRTUAL TABLE directory_enterprise_fts USING fts5("
    "name, place, body, tokenize = 'porter unicode61 remove_diacritics 2')"
)
# The documents' texts as directory.search.sqlite indexes them at this point of the schema.
TEXTS = {
    "name": "e.name",
    "place": "e.summary || ' ' || e.city || ' ' || e.region",
    "body": """e.description
        || ' ' || coalesce((SELECT group_concat(title || ' ' || description, ' ')
                            FROM directory_innovation WHERE enterprise_id = e.id), '')
        || ' ' || coalesce((SELECT group_concat(indicator, ' ')
                            FROM directory_impactfigure WHERE enterprise_id = e.id), '')""",
}
FILL = """
    INSERT INTO directory_enterprise_fts (rowid, name, place, body)
    SELECT e.id, {name}, {place}, {body} FROM directory_enterprise e
"""


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for name, (source, stemmer) in CONFIGURATIONS.items():
            schema_editor.execute(
                CREATE_CONFIGURATION.format(name=name, source=source, stemmer=stemmer)
            )
    elif vendor == "sqlite":
        schema_editor.execute(DROP_TABLE)
        schema_editor.execute(CREATE_STEMMED_TABLE)
        # stemmed() comes with each connection (directory.search.sqlite.add_functions).
        stemmed = {column: f"stemmed(e.language, {text})" for column, text in TEXTS.items()}
        schema_editor.execute(FILL.format(**stemmed))


def reverse(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for name in CONFIGURATIONS:
            schema_editor.execute(DROP_CONFIGURATION.format(name=name))
    elif vendor == "sqlite":
        schema_editor.execute(DROP_TABLE)
        schema_editor.execute(CREATE_PORTER_TABLE)
        # FTS5's porter stems them itself.
        schema_editor.execute(FILL.format(**TEXTS))


class Migration(migrations.Migration):
    dependencies = [("directory", "0012_enterprise_language"), ("home", "0001_search_extensions")]

    operations = [migrations.RunPython(forward, reverse)]
