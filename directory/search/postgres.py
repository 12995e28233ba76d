"""PostgreSQL: a weighted tsvector per enterprise, candidates from a trigram-indexed lexicon.

The vector holds the name (weight A), summary, city and region (B), and description, innovations
and impact indicators (C), in the accent-free configuration of the profile's language
(directory.search.languages). A query is the OR of the query read in each configuration, so
that the GIN index answers it in one scan; its rank is the best of the three readings.
"""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F
from django.db.models.functions import Greatest

from directory.search.base import EnterpriseSearch, QueryLanguage
from directory.search.languages import DEFAULT, LANGUAGES, search_language
from directory.search.typos import CANDIDATE_SIMILARITY, CANDIDATES_PER_WORD, candidate_lengths

# Rank weights for D, C, B, A: a word in the name counts ten times one in the description.
RANK_WEIGHTS = [0.05, 0.1, 0.4, 1.0]

# The configuration of each row's language; the names are constants of this project.
_ROW_CONFIG = (
    "CASE e.language "
    + " ".join(f"WHEN '{language.code}' THEN '{language.config}'" for language in LANGUAGES)
    + f" ELSE '{DEFAULT.config}' END::regconfig"
)

_DOCUMENTS = """
    SELECT e.id, {row_config} AS config, e.name,
        e.summary || ' ' || e.city || ' ' || e.region AS place,
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
        setweight(to_tsvector(docs.config, docs.name), 'A')
        || setweight(to_tsvector(docs.config, docs.place), 'B')
        || setweight(to_tsvector(docs.config, docs.body), 'C')
    FROM docs WHERE docs.id = e.id
"""

# Each enterprise's row for counting facets (directory.models.EnterpriseSearchRow), written
# after its vector. {where} is empty or narrows to a list of ids.
_WRITE_ROWS = """
    INSERT INTO directory_enterprise_search AS s
        (enterprise_id, country, sort_name, search_vector, sectors, goals, certifications, verified)
    SELECT e.id, e.country, e.sort_name, e.search_vector,
        ARRAY(SELECT sector_id FROM directory_enterprise_sectors WHERE enterprise_id = e.id),
        ARRAY(SELECT sustainabledevelopmentgoal_id FROM directory_enterprise_sdgs
              WHERE enterprise_id = e.id),
        ARRAY(SELECT certification_id FROM directory_enterprise_certifications
              WHERE enterprise_id = e.id),
        EXISTS (SELECT 1 FROM directory_impactfigure f WHERE f.enterprise_id = e.id AND f.verified)
    FROM directory_enterprise e {where}
    ON CONFLICT (enterprise_id) DO UPDATE SET
        country = excluded.country, sort_name = excluded.sort_name,
        search_vector = excluded.search_vector,
        sectors = excluded.sectors, goals = excluded.goals,
        certifications = excluded.certifications, verified = excluded.verified
"""

_DELETE_ROWS = "DELETE FROM directory_enterprise_search WHERE enterprise_id = ANY(%s)"

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


def _read_in(language, column):
    return f"to_tsquery('{language.config}', asked.{column})"


# A common word a configuration leaves out ("with" in English, "van" in Dutch) makes an empty
# query there: that language ignores it, so it is not a word that matches nothing either, and is
# never replaced by a guess.
_UNMATCHED = """
    SELECT asked.word FROM unnest(%s::text[], {arrays}) AS asked(word, {columns})
    WHERE {read_in_every_language} AND NOT EXISTS (
        SELECT 1 FROM directory_enterprise
        WHERE live AND search_vector @@ ({read_in_any_language})
    )
""".format(  # noqa: S608 - only the constant names of the configurations are interpolated
    arrays=", ".join("%s::text[]" for _ in LANGUAGES),
    columns=", ".join(f"query_{language.code}" for language in LANGUAGES),
    read_in_every_language=" AND ".join(
        f"numnode({_read_in(language, f'query_{language.code}')}) > 0" for language in LANGUAGES
    ),
    read_in_any_language=" || ".join(
        _read_in(language, f"query_{language.code}") for language in LANGUAGES
    ),
)


def write_search_rows(ids=None):
    """Write the facet-counting rows of these enterprises (all of them when ids is None) from
    their vectors and links."""
    where, params = ("", []) if ids is None else ("WHERE e.id = ANY(%s)", [list(ids)])
    with connection.cursor() as cursor:
        cursor.execute(_WRITE_ROWS.format(where=where), params)


def _documents(ids):
    if ids is None:
        return _DOCUMENTS.format(row_config=_ROW_CONFIG, inner_where="", outer_where=""), []
    ids = list(ids)
    return (
        _DOCUMENTS.format(
            row_config=_ROW_CONFIG,
            inner_where="WHERE enterprise_id = ANY(%s)",
            outer_where="WHERE e.id = ANY(%s)",
        ),
        [ids, ids, ids],
    )


# PostgreSQL stems the words itself, in the configuration each query is read in.
_QUERY_LANGUAGE = QueryLanguage(term="{}", name_prefix="{}:*A", both=" & ", either=" | ")


class PostgresEnterpriseSearch(EnterpriseSearch):
    languages = {language.code: _QUERY_LANGUAGE for language in LANGUAGES}

    def write_documents(self, ids):
        documents, params = _documents(ids)
        with connection.cursor() as cursor:
            cursor.execute(_UPDATE_VECTORS.format(documents=documents), params)
        write_search_rows(ids)

    def unindex(self, ids):
        # Searches read live rows only, so the vector may stay on the enterprise's own row.
        with connection.cursor() as cursor:
            cursor.execute(_DELETE_ROWS, [list(ids)])

    def matching(self, queryset, queries):
        return queryset.filter(search_vector=reduce(operator.or_, self._read(queries)))

    def relevance(self, queries):
        ranks = [
            SearchRank(F("search_vector"), query, weights=RANK_WEIGHTS)
            for query in self._read(queries)
        ]
        return Greatest(*ranks) if len(ranks) > 1 else ranks[0]

    @staticmethod
    def _read(queries):
        """Each language's query, read in that language's configuration."""
        return [
            SearchQuery(query, search_type="raw", config=search_language(code).config)
            for code, query in queries.items()
        ]

    def unmatched(self, probes):
        in_each_language = [
            [queries[language.code] for queries in probes.values()] for language in LANGUAGES
        ]
        with connection.cursor() as cursor:
            cursor.execute(_UNMATCHED, [list(probes), *in_each_language])
            return [row[0] for row in cursor.fetchall()]

    def candidates(self, words):
        shortest, longest = zip(*(candidate_lengths(word) for word in words), strict=True)
        with connection.cursor() as cursor:
            cursor.execute(
                _CANDIDATES,
                [words, list(shortest), list(longest), CANDIDATES_PER_WORD, CANDIDATE_SIMILARITY],
            )
            return cursor.fetchall()
