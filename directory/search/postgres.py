from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, FloatField, Value

from directory.search.text import query_words

CONFIG = "showcase_search"
# Rank weights for D, C, B, A: a word in the name counts ten times one in the description.
RANK_WEIGHTS = [0.05, 0.1, 0.4, 1.0]
CORRECTION_MIN_LENGTH = 4
CORRECTION_SIMILARITY = 0.4

_DOCUMENTS = """
    SELECT e.id,
        e.name || ' ' || e.summary || ' ' || e.city || ' ' || e.region AS head,
        e.description || ' ' || coalesce(i.text, '') || ' ' || coalesce(f.text, '') AS body,
        e.name, e.summary || ' ' || e.city || ' ' || e.region AS place
    FROM directory_enterprise e
    LEFT JOIN (
        SELECT enterprise_id, string_agg(title || ' ' || description, ' ') AS text
        FROM directory_innovation {inner_where} GROUP BY enterprise_id
    ) i ON i.enterprise_id = e.id
    LEFT JOIN (
        SELECT enterprise_id, string_agg(indicator, ' ') AS text
        FROM directory_impactfigure {inner_where} GROUP BY enterprise_id
    ) f ON f.enterprise_id = e.id
    {outer_where}
"""

_UPDATE_VECTORS = """
    WITH docs AS ({documents})
    UPDATE directory_enterprise e SET search_vector =
        setweight(to_tsvector('{config}', docs.name), 'A')
        || setweight(to_tsvector('{config}', docs.place), 'B')
        || setweight(to_tsvector('{config}', docs.body), 'C')
    FROM docs WHERE docs.id = e.id
"""

_UPDATE_LEXICON = """
    WITH docs AS ({documents})
    INSERT INTO directory_searchterm (word)
    SELECT DISTINCT word FROM (
        SELECT regexp_split_to_table(lower(f_unaccent(docs.head || ' ' || docs.body)),
                                     '[^[:alnum:]]+') AS word
        FROM docs
    ) words
    WHERE length(word) BETWEEN 3 AND 64
    ON CONFLICT DO NOTHING
"""

_CORRECTIONS = """
    SELECT asked.word, candidate.word
    FROM unnest(%s::text[]) AS asked(word)
    CROSS JOIN LATERAL (
        SELECT word, similarity(word, asked.word) AS score
        FROM directory_searchterm
        WHERE word %% asked.word
        ORDER BY score DESC, word
        LIMIT 3
    ) candidate
    WHERE candidate.score >= %s
"""


def _documents(ids):
    if ids is None:
        return _DOCUMENTS.format(inner_where="", outer_where=""), []
    ids = list(ids)
    return (
        _DOCUMENTS.format(
            inner_where="WHERE enterprise_id = ANY(%s)", outer_where="WHERE e.id = ANY(%s)"
        ),
        [ids, ids, ids],
    )


class PostgresEnterpriseSearch:
    def __init__(self):
        self._queries = {}

    def index(self, ids=None):
        documents, params = _documents(ids)
        with connection.cursor() as cursor:
            cursor.execute(_UPDATE_VECTORS.format(documents=documents, config=CONFIG), params)
            cursor.execute(_UPDATE_LEXICON.format(documents=documents), params)

    def unindex(self, ids):
        # The vector lives on the enterprise's own row and goes with it.
        return None

    def corrections(self, words):
        """Known words close to each query word that the directory does not contain."""
        candidates = [word for word in words if len(word) >= CORRECTION_MIN_LENGTH]
        if not candidates:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(_CORRECTIONS, [candidates, CORRECTION_SIMILARITY])
            rows = cursor.fetchall()
        found = {}
        for asked, known in rows:
            found.setdefault(asked, []).append(known)
        # A word the directory contains needs no correction.
        return {asked: known for asked, known in found.items() if asked not in known}

    def build_query(self, words):
        corrections = self.corrections(words)
        clauses = []
        for word in words:
            alternatives = [word, f"{word}:*A", *corrections.get(word, [])]
            clauses.append("(" + " | ".join(alternatives) + ")")
        return SearchQuery(" & ".join(clauses), search_type="raw", config=CONFIG)

    def apply(self, queryset, query):
        """Narrow the queryset to the query's matches and annotate each with a relevance rank."""
        words = query_words(query)
        if not words:
            return queryset.none().annotate(rank=Value(0.0, output_field=FloatField()))
        key = tuple(words)
        if key not in self._queries:
            self._queries[key] = self.build_query(words)
        search_query = self._queries[key]
        return queryset.filter(search_vector=search_query).annotate(
            rank=SearchRank(F("search_vector"), search_query, weights=RANK_WEIGHTS)
        )
