from django.db import connection
from django.db.models import FloatField, Value
from django.db.models.expressions import RawSQL

from directory.search.text import query_words

TABLE = "directory_enterprise_fts"

_REINDEX = """
    INSERT INTO directory_enterprise_fts (rowid, name, place, body)
    SELECT e.id, e.name, e.summary || ' ' || e.city || ' ' || e.region,
        e.description
        || ' ' || coalesce((SELECT group_concat(title || ' ' || description, ' ')
                            FROM directory_innovation WHERE enterprise_id = e.id), '')
        || ' ' || coalesce((SELECT group_concat(indicator, ' ')
                            FROM directory_impactfigure WHERE enterprise_id = e.id), '')
    FROM directory_enterprise e
"""


def _chunks(ids, size=500):
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


class SqliteEnterpriseSearch:
    def index(self, ids=None):
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

    @staticmethod
    def match_expression(words):
        # Each word anywhere (stemmed), or as the start of a word in the name.
        return " AND ".join(f'("{word}" OR name : "{word}" *)' for word in words)

    def apply(self, queryset, query):
        words = query_words(query)
        if not words:
            return queryset.none().annotate(rank=Value(0.0, output_field=FloatField()))
        match = self.match_expression(words)
        # The MATCH expression is a parameter; only the constant table name is interpolated.
        matching_ids = RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [match])  # noqa: S608, S611
        # bm25() is lower for better matches; negate it so that higher ranks first everywhere.
        rank = RawSQL(  # noqa: S611
            f"SELECT -bm25({TABLE}, 10.0, 4.0, 1.0) FROM {TABLE} "  # noqa: S608
            f"WHERE {TABLE} MATCH %s AND rowid = directory_enterprise.id",
            [match],
            output_field=FloatField(),
        )
        return queryset.filter(id__in=matching_ids).annotate(rank=rank)
