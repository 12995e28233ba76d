from django.db import connection
from django.db.models import FloatField, Value
from django.db.models.expressions import RawSQL

from directory.search.text import query_words
from directory.search.typos import GUESS_WEIGHT, MIN_WORD_LENGTH, closest

TABLE = "directory_enterprise_fts"
VOCABULARY = "directory_enterprise_fts_vocab"
# Known words compared with a typo: same first letter, about the same length.
LENGTH_SLACK = 3

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
    def __init__(self):
        # One request asks for the same words several times (results, then facets).
        self._corrections = {}

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
    def word_clause(word, guesses=()):
        # The word anywhere (stemmed), or as the start of a word in the name; or a guess for it.
        return "(" + " OR ".join([f'"{word}"', f'name : "{word}" *', *guesses]) + ")"

    def unmatched(self, cursor, words):
        """The words that no live profile contains, found in one statement."""
        words = [word for word in words if len(word) >= MIN_WORD_LENGTH]
        if not words:
            return []
        probe = (
            f"SELECT %s WHERE EXISTS (SELECT 1 FROM {TABLE} "  # noqa: S608
            f"JOIN directory_enterprise e ON e.id = {TABLE}.rowid "
            f"WHERE {TABLE} MATCH %s AND e.live)"
        )
        cursor.execute(
            " UNION ALL ".join([probe] * len(words)),
            [value for word in words for value in (word, self.word_clause(word))],
        )
        matched = {row[0] for row in cursor.fetchall()}
        return [word for word in words if word not in matched]

    def corrections(self, words):
        """Guesses for each query word that matches nothing in the directory."""
        with connection.cursor() as cursor:
            unknown = self.unmatched(cursor, words)
            if not unknown:
                return {}
            # The vocabulary is ordered by term: a range of first letters is a cheap read.
            near = (
                f"SELECT %s, term FROM {VOCABULARY} WHERE term >= %s AND term < %s "  # noqa: S608
                "AND length(term) BETWEEN %s AND %s"
            )
            cursor.execute(
                " UNION ALL ".join([near] * len(unknown)),
                [
                    value
                    for word in unknown
                    for value in (
                        word,
                        word[0],
                        chr(ord(word[0]) + 1),
                        len(word) - LENGTH_SLACK,
                        len(word) + LENGTH_SLACK,
                    )
                ],
            )
            candidates = {}
            for word, term in cursor.fetchall():
                candidates.setdefault(word, []).append(term)
        found = {word: closest(word, terms) for word, terms in candidates.items()}
        return {word: guesses for word, guesses in found.items() if guesses}

    def apply(self, queryset, query):
        words = query_words(query)
        if not words:
            return queryset.none().annotate(rank=Value(0.0, output_field=FloatField()))
        key = tuple(words)
        if key not in self._corrections:
            self._corrections[key] = self.corrections(words)
        corrections = self._corrections[key]
        guessed = [f'"{guess}"' for word in words for guess in corrections.get(word, [])]
        match = " AND ".join(
            self.word_clause(word, [f'"{guess}"' for guess in corrections.get(word, [])])
            for word in words
        )
        typed = " AND ".join(self.word_clause(word) for word in words if word not in corrections)
        # The MATCH expressions are parameters; only the constant table name is interpolated.
        matching_ids = RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [match])  # noqa: S608, S611
        # bm25() is lower for better matches; negate it so that higher ranks first everywhere.
        score = (
            f"coalesce((SELECT -bm25({TABLE}, 10.0, 4.0, 1.0) FROM {TABLE} "  # noqa: S608
            f"WHERE {TABLE} MATCH %s AND rowid = directory_enterprise.id), 0)"
        )
        parts, params = [], []
        if typed:
            parts.append(score)
            params.append(typed)
        if guessed:
            parts.append(f"{GUESS_WEIGHT} * {score}")
            params.append(" OR ".join(guessed))
        rank = RawSQL(" + ".join(parts), params, output_field=FloatField())  # noqa: S611
        return queryset.filter(id__in=matching_ids).annotate(rank=rank)
