from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, FloatField, Value

from directory.search.text import query_words
from directory.search.typos import GUESS_WEIGHT, MIN_WORD_LENGTH, closest

CONFIG = "showcase_search"
# Rank weights for D, C, B, A: a word in the name counts ten times one in the description.
RANK_WEIGHTS = [0.05, 0.1, 0.4, 1.0]
# Trigram likeness that makes a known word worth comparing closely; closest() then decides.
CANDIDATE_SIMILARITY = 0.3
CANDIDATES_PER_WORD = 10

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

_CANDIDATES = """
    SELECT asked.word, candidate.word
    FROM unnest(%s::text[]) AS asked(word)
    CROSS JOIN LATERAL (
        SELECT word, similarity(word, asked.word) AS score
        FROM directory_searchterm
        WHERE word %% asked.word
        ORDER BY score DESC, word
        LIMIT %s
    ) candidate
    WHERE candidate.score >= %s
"""

# The words of the query that no live profile contains, neither as such nor as a name's start.
_UNMATCHED = f"""
    SELECT asked.word FROM unnest(%s::text[]) AS asked(word)
    WHERE NOT EXISTS (
        SELECT 1 FROM directory_enterprise
        WHERE live AND search_vector @@ (
            to_tsquery('{CONFIG}', asked.word) || to_tsquery('{CONFIG}', asked.word || ':*A')
        )
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

    def unmatched(self, words):
        candidates = [word for word in words if len(word) >= MIN_WORD_LENGTH]
        if not candidates:
            return []
        with connection.cursor() as cursor:
            cursor.execute(_UNMATCHED, [candidates])
            return [row[0] for row in cursor.fetchall()]

    def corrections(self, words):
        """Guesses for each query word that matches nothing in the directory."""
        unknown = self.unmatched(words)
        if not unknown:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(_CANDIDATES, [unknown, CANDIDATES_PER_WORD, CANDIDATE_SIMILARITY])
            rows = cursor.fetchall()
        candidates = {}
        for asked, known in rows:
            candidates.setdefault(asked, []).append(known)
        found = {asked: closest(asked, known) for asked, known in candidates.items()}
        return {asked: guesses for asked, guesses in found.items() if guesses}

    def build_query(self, words):
        """The query that selects results, and those that rank typed words and guesses apart."""
        corrections = self.corrections(words)
        clauses, typed, guessed = [], [], []
        for word in words:
            alternatives = [word, f"{word}:*A"]
            guesses = corrections.get(word, [])
            if not guesses:
                typed.append("(" + " | ".join(alternatives) + ")")
            guessed += guesses
            clauses.append("(" + " | ".join(alternatives + guesses) + ")")
        select = SearchQuery(" & ".join(clauses), search_type="raw", config=CONFIG)
        if not guessed:
            return select, select, None
        typed_query = (
            SearchQuery(" & ".join(typed), search_type="raw", config=CONFIG) if typed else None
        )
        guess_query = SearchQuery(" | ".join(guessed), search_type="raw", config=CONFIG)
        return select, typed_query, guess_query

    def apply(self, queryset, query):
        """Narrow the queryset to the query's matches and annotate each with a relevance rank."""
        words = query_words(query)
        if not words:
            return queryset.none().annotate(rank=Value(0.0, output_field=FloatField()))
        key = tuple(words)
        if key not in self._queries:
            self._queries[key] = self.build_query(words)
        select, typed_query, guess_query = self._queries[key]
        rank = Value(0.0, output_field=FloatField())
        if typed_query is not None:
            rank = SearchRank(F("search_vector"), typed_query, weights=RANK_WEIGHTS)
        if guess_query is not None:
            rank = rank + Value(GUESS_WEIGHT) * SearchRank(
                F("search_vector"), guess_query, weights=RANK_WEIGHTS
            )
        return queryset.filter(search_vector=select).annotate(rank=rank)
