"""SQLite: an FTS5 table of words stemmed in the profile's language; candidates for typo
correction scored by `similarity()`, pg_trgm's trigram measure.

FTS5 cannot stem Dutch or French, so the words are stemmed before they reach it: `stemmed()`,
registered on each connection beside `similarity()`, stems a profile's texts as it is indexed
(directory.search.languages), and each query word is stemmed in every language. A query is the
OR of the query written in each language, as on PostgreSQL; a profile ranks by the query written
in its own language, the one its words were stemmed in.
"""

from functools import lru_cache, partial

from django.db import connection
from django.db.models import FloatField
from django.db.models.expressions import RawSQL

from directory.search.base import EnterpriseSearch, QueryLanguage
from directory.search.languages import DEFAULT, LANGUAGES, stem, stemmed_text
from directory.search.typos import CANDIDATE_SIMILARITY, CANDIDATES_PER_WORD, candidate_lengths

TABLE = "directory_enterprise_fts"
# bm25() weights of the name, place (summary, city, region) and body columns.
COLUMN_WEIGHTS = "10.0, 4.0, 1.0"

_REINDEX = f"""
    INSERT INTO {TABLE} (rowid, name, place, body)
    SELECT e.id, stemmed(e.language, e.name),
        stemmed(e.language, e.summary || ' ' || e.city || ' ' || e.region),
        stemmed(e.language, e.description
        || ' ' || coalesce((SELECT group_concat(title || ' ' || description, ' ')
                            FROM directory_innovation WHERE enterprise_id = e.id), '')
        || ' ' || coalesce((SELECT group_concat(indicator, ' ')
                            FROM directory_impactfigure WHERE enterprise_id = e.id), ''))
    FROM directory_enterprise e
"""  # noqa: S608 - TABLE is a constant

_MATCHED = (
    f"SELECT %s WHERE EXISTS (SELECT 1 FROM {TABLE} "  # noqa: S608
    f"JOIN directory_enterprise e ON e.id = {TABLE}.rowid WHERE {TABLE} MATCH %s AND e.live)"
)

# The same selection as PostgreSQL's: the most alike words of a possible length, then by word.
_CANDIDATES = """
    SELECT * FROM (
        SELECT %s, word FROM directory_searchterm
        WHERE length(word) BETWEEN %s AND %s AND similarity(word, %s) >= %s
        ORDER BY similarity(word, %s) DESC, word
        LIMIT %s
    )
"""


@lru_cache(maxsize=4096)
def trigrams(word):
    """pg_trgm's trigrams of a word: padded with two spaces in front and one behind."""
    padded = f"  {word} "
    return frozenset(padded[start : start + 3] for start in range(len(padded) - 2))


def similarity(word, other):
    """Shared trigrams over all trigrams of either word, as pg_trgm's similarity() computes."""
    if word is None or other is None:
        return None
    mine, theirs = trigrams(word), trigrams(other)
    shared = len(mine & theirs)
    return shared / (len(mine) + len(theirs) - shared)


def add_functions(sender, connection, **kwargs):
    """Receives connection_created: gives each SQLite connection the lexicon's similarity() and
    the index's stemmed(language, text)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("similarity", 2, similarity, deterministic=True)
        connection.connection.create_function("stemmed", 2, stemmed_text, deterministic=True)


def _chunks(ids, size=500):
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _in_any_language(queries):
    """One MATCH expression: the query in any of its languages (each reading once)."""
    return " OR ".join(f"({query})" for query in dict.fromkeys(queries.values()))


class SqliteEnterpriseSearch(EnterpriseSearch):
    languages = {
        language.code: QueryLanguage(
            term='"{}"',
            name_prefix='name : "{}" *',
            both=" AND ",
            either=" OR ",
            stem=partial(stem, language.code),
        )
        for language in LANGUAGES
    }

    def write_documents(self, ids):
        with connection.cursor() as cursor:
            if ids is None:
                cursor.execute(f"DELETE FROM {TABLE}")  # noqa: S608
                cursor.execute(_REINDEX)
                return
            for chunk in _chunks(ids):
                marks = ", ".join("%s" for _ in chunk)
                cursor.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({marks})", chunk)  # noqa: S608
                cursor.execute(f"{_REINDEX} WHERE e.id IN ({marks})", chunk)

    def unindex(self, ids):
        with connection.cursor() as cursor:
            for chunk in _chunks(ids):
                marks = ", ".join("%s" for _ in chunk)
                cursor.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({marks})", chunk)  # noqa: S608

    # A search here narrows the listed enterprises' queryset, which knows who is listed.
    def relist(self, ids):
        pass

    def forget_unlisted(self):
        pass

    def matching(self, queryset, queries):
        # The MATCH expression is a parameter; only the constant table name is interpolated.
        ids = RawSQL(  # noqa: S611
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s",  # noqa: S608
            [_in_any_language(queries)],
        )
        return queryset.filter(id__in=ids)

    def relevance(self, queries):
        # bm25() is lower for better matches; negated, so that higher ranks first on both.
        # A language search does not know is read as DEFAULT, as stemmed() indexes it.
        others = [code for code in queries if code != DEFAULT.code]
        own_reading = (
            "CASE directory_enterprise.language "
            + " ".join("WHEN %s THEN %s" for _ in others)
            + " ELSE %s END"
        )
        score = (
            f"coalesce((SELECT -bm25({TABLE}, {COLUMN_WEIGHTS}) FROM {TABLE} "  # noqa: S608
            f"WHERE {TABLE} MATCH {own_reading} AND rowid = directory_enterprise.id), 0)"
        )
        params = [value for code in others for value in (code, queries[code])]
        return RawSQL(score, [*params, queries[DEFAULT.code]], output_field=FloatField())  # noqa: S611

    def unmatched(self, probes):
        with connection.cursor() as cursor:
            cursor.execute(
                " UNION ALL ".join([_MATCHED] * len(probes)),
                [
                    value
                    for word, queries in probes.items()
                    for value in (word, _in_any_language(queries))
                ],
            )
            matched = {row[0] for row in cursor.fetchall()}
        return [word for word in probes if word not in matched]

    def candidates(self, words):
        params = []
        for word in words:
            shortest, longest = candidate_lengths(word)
            params += [word, shortest, longest, word, CANDIDATE_SIMILARITY, word]
            params.append(CANDIDATES_PER_WORD)
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join([_CANDIDATES] * len(words)), params)
            return cursor.fetchall()
