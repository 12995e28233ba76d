"""PostgreSQL: a weighted tsvector per enterprise, candidates from a trigram-indexed lexicon.

The vector holds the name (weight A), summary, city and region (B), and description, innovations
and impact indicators (C), in the accent-free English "showcase_search" configuration.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F

from directory.search.base import EnterpriseSearch, QueryLanguage
from directory.search.typos import CANDIDATE_SIMILARITY, CANDIDATES_PER_WORD, candidate_lengths

CONFIG = "showcase_search"
# Rank weights for D, C, B, A: a word in the name counts ten times one in the description.
RANK_WEIGHTS = [0.05, 0.1, 0.4, 1.0]

_DOCUMENTS = """
    SELECT e.id, e.name, e.summary || ' ' || e.city || ' ' || e.region AS place,
        e.description || ' ' || coalesce(i.text, '') || ' ' || coalesce(f.text, '') AS body
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

# `%` is pg_trgm's "similar enough" (CANDIDATE_SIMILARITY is its default threshold), which the
# GIN trigram index answers; the length window drops words too long or short to be guesses.
_CANDIDATES = """
    SELECT asked.word, candidate.word
    FROM unnest(%s::text[], %s::int[], %s::int[]) AS asked(word, shortest, longest)
    CROSS JOIN LATERAL (
        SELECT word, similarity(word, asked.word) AS score
        FROM directory_searchterm
        WHERE word %% asked.word AND length(word) BETWEEN asked.shortest AND asked.longest
        ORDER BY score DESC, word
        LIMIT %s
    ) candidate
    WHERE candidate.score >= %s
"""

# A common word the configuration leaves out ("with") makes an empty query: it is ignored, so it
# is not a word that matches nothing either, and is never replaced by a guess.
_UNMATCHED = f"""
    SELECT asked.word FROM unnest(%s::text[], %s::text[]) AS asked(word, query)
    WHERE numnode(to_tsquery('{CONFIG}', asked.query)) > 0 AND NOT EXISTS (
        SELECT 1 FROM directory_enterprise
        WHERE live AND search_vector @@ to_tsquery('{CONFIG}', asked.query)
    )
"""  # noqa: S608 - CONFIG is a constant


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


class PostgresEnterpriseSearch(EnterpriseSearch):
    language = QueryLanguage(term="{}", name_prefix="{}:*A", both=" & ", either=" | ")

    def write_documents(self, ids):
        documents, params = _documents(ids)
        with connection.cursor() as cursor:
            cursor.execute(_UPDATE_VECTORS.format(documents=documents, config=CONFIG), params)

    def unindex(self, ids):
        # The vector lives on the enterprise's own row, and searches read live rows only.
        return None

    def matching(self, queryset, query):
        return queryset.filter(search_vector=self._query(query))

    def relevance(self, query):
        return SearchRank(F("search_vector"), self._query(query), weights=RANK_WEIGHTS)

    @staticmethod
    def _query(query):
        return SearchQuery(query, search_type="raw", config=CONFIG)

    def unmatched(self, probes):
        with connection.cursor() as cursor:
            cursor.execute(_UNMATCHED, [list(probes), list(probes.values())])
            return [row[0] for row in cursor.fetchall()]

    def candidates(self, words):
        shortest, longest = zip(*(candidate_lengths(word) for word in words), strict=True)
        with connection.cursor() as cursor:
            cursor.execute(
                _CANDIDATES,
                [words, list(shortest), list(longest), CANDIDATES_PER_WORD, CANDIDATE_SIMILARITY],
            )
            return cursor.fetchall()
