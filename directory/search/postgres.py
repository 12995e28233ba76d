"""PostgreSQL: a weighted tsvector per enterprise, candidates from a trigram-indexed lexicon.

The vector holds the name (weight A), summary, city and region (B), and description, innovations
and impact indicators (C), in the accent-free configuration of the profile's language
(directory.search.languages). A query is the OR of the query read in each configuration, so
that the GIN index answers it in one scan; a profile ranks by the query read in its own
language's configuration, the one its words were stemmed in (see rank_sql).

The search rows (directory.models.EnterpriseSearchRow), which the directory's counts read, also
hold the words of the name without weights: there the start of a name's word is found through a
GIN index rather than by testing every row the other words match (see row_sql).
"""

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import BooleanField, F, FloatField, Func

from directory.search.base import EnterpriseSearch, QueryLanguage
from directory.search.languages import DEFAULT, LANGUAGES, search_language
from directory.search.postings import one_word_statement, write_postings
from directory.search.text import query_words
from directory.search.typos import (
    CANDIDATE_SIMILARITY,
    CANDIDATES_PER_WORD,
    GUESS_WEIGHT,
    candidate_lengths,
)

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

# Each listed enterprise's row for searching and counting facets (directory.models.
# EnterpriseSearchRow), written after its vector. {where} narrows to a list of ids, or not. The
# name's vector holds the words of the name (the vector's weight A) without positions or weights.
_WRITE_ROWS = """
    INSERT INTO directory_enterprise_search AS s
        (enterprise_id, country, sort_name, language, search_vector, name_vector, sectors,
         goals, certifications, verified)
    SELECT e.id, e.country, e.sort_name, e.language, e.search_vector,
        strip(ts_filter(e.search_vector, '{{a}}')),
        ARRAY(SELECT sector_id FROM directory_enterprise_sectors WHERE enterprise_id = e.id),
        ARRAY(SELECT sustainabledevelopmentgoal_id FROM directory_enterprise_sdgs
              WHERE enterprise_id = e.id),
        ARRAY(SELECT certification_id FROM directory_enterprise_certifications
              WHERE enterprise_id = e.id),
        EXISTS (SELECT 1 FROM directory_impactfigure f WHERE f.enterprise_id = e.id AND f.verified)
    FROM directory_enterprise e
    WHERE e.live AND e.archived_at IS NULL {where}
    ON CONFLICT (enterprise_id) DO UPDATE SET
        country = excluded.country, sort_name = excluded.sort_name, language = excluded.language,
        search_vector = excluded.search_vector, name_vector = excluded.name_vector,
        sectors = excluded.sectors, goals = excluded.goals,
        certifications = excluded.certifications, verified = excluded.verified
"""
# The rows of enterprises no longer listed: archived, unpublished, or gone without a signal
# (a flush empties the enterprises' table but not this unmanaged one).
_DELETE_UNLISTED = """
    DELETE FROM directory_enterprise_search s
    WHERE NOT EXISTS (
        SELECT 1 FROM directory_enterprise e
        WHERE e.id = s.enterprise_id AND e.live AND e.archived_at IS NULL
    ) {where}
"""
ROWS_TABLE = "directory_enterprise_search"
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


def _differs(reading, earlier):
    """SQL true when the compiled `reading` is none of the `earlier` ones. The readings are
    constant queries, so PostgreSQL settles this while planning: the configurations often stem
    a word alike ("repair" reads the same in all three), and a repeated reading is then not
    matched again."""
    reading_sql, reading_params = reading
    tests, params = [], []
    for other_sql, other_params in earlier:
        tests.append(f"{reading_sql} <> {other_sql}")
        params += [*reading_params, *other_params]
    return " AND ".join(tests), params


class MatchesAnyReading(Func):
    """The vector matches the query read in any language: one query, the OR of the distinct
    readings, so that the GIN index answers it in one scan and a row tests each reading once."""

    output_field = BooleanField()

    def as_sql(self, compiler, connection, **extra_context):
        vector, *readings = self.get_source_expressions()
        vector_sql, params = compiler.compile(vector)
        match_sql, match_params = _matching_sql(
            vector_sql, [compiler.compile(reading) for reading in readings]
        )
        return match_sql, [*params, *match_params]


def _either(readings, operands=None, join=" || ", start=1, chosen=(0,)):
    """The `join` of the operands of the readings `chosen` and of those from `start` on that
    differ from all before them, as CASE expressions PostgreSQL folds while planning. Each
    reading is compiled already; `operands` (the readings themselves by default) holds what
    stands for each one in the result."""
    operands = operands or readings
    if start == len(readings):
        return (
            join.join(operands[i][0] for i in chosen),
            [param for i in chosen for param in operands[i][1]],
        )
    new_sql, new_params = _differs(readings[start], readings[:start])
    with_sql, with_params = _either(readings, operands, join, start + 1, (*chosen, start))
    without_sql, without_params = _either(readings, operands, join, start + 1, chosen)
    return (
        f"CASE WHEN {new_sql} THEN {with_sql} ELSE {without_sql} END",
        [*new_params, *with_params, *without_params],
    )


class OwnLanguageRank(Func):
    """How well the vector matches the query read in the row's own language (see rank_sql).
    `readings` are {language code: SearchQuery}."""

    output_field = FloatField()

    def __init__(self, vector, language, readings, **extra):
        self.codes = list(readings)
        super().__init__(vector, language, *readings.values(), **extra)

    def as_sql(self, compiler, connection, **extra_context):
        vector, language, *readings = self.get_source_expressions()
        # Columns: no parameters to repeat.
        vector_sql, _ = compiler.compile(vector)
        language_sql, _ = compiler.compile(language)
        compiled = dict(zip(self.codes, map(compiler.compile, readings), strict=True))
        return rank_sql(vector_sql, language_sql, compiled)


# The search rows as the directory's counts read them (directory.facets), aliased `s`.
ROW_VECTOR = "s.search_vector"
ROW_NAME_VECTOR = "s.name_vector"
ROW_LANGUAGE = "s.language"
# A query read in a configuration, as SearchQuery compiles it.
_READ = "to_tsquery(%s::regconfig, %s)"


def _compiled_readings(queries):
    """{language code: its query as SQL} for each language's query ({language code: query})."""
    return {code: (_READ, [search_language(code).config, query]) for code, query in queries.items()}


def _matching_sql(vector_sql, readings):
    """The vector matches any of the compiled readings (see MatchesAnyReading)."""
    query_sql, params = _either(readings)
    return f"{vector_sql} @@ ({query_sql})", params


# A word of the query on a search row: the word (or a guess) anywhere, or the start of a word
# of the name, which the row's name vector holds without weights. Asked of the weighted vector
# as `word:*A`, the start of a name's word is a test the GIN index cannot settle: PostgreSQL
# then reads and tests every row the index finds, and the common words find tens of thousands.
_ROW_WORD = (
    f"CASE WHEN numnode({_READ}) = 0 THEN true "
    f"ELSE ({ROW_VECTOR} @@ {_READ} OR {ROW_NAME_VECTOR} @@ {_READ}) END"
)


def _row_reading_sql(code, reading, words, corrections):
    """The words read in one language as a condition on the search rows, the same as their
    query `reading` (compiled): a word the configuration leaves out ("the") is left out, as
    PostgreSQL leaves it out of the query, which matches nothing when it holds no word."""
    config = search_language(code).config
    tests, params = [], []
    for word in words:
        anywhere = _QUERY_LANGUAGE.any_word([word, *corrections.get(word, ())])
        tests.append(_ROW_WORD)
        params += [config, anywhere, config, anywhere, config, _NAME_START.format(word)]
    reading_sql, reading_params = reading
    return (
        f"CASE WHEN numnode({reading_sql}) = 0 THEN false ELSE ({' AND '.join(tests)}) END",
        [*reading_params, *params],
    )


def _row_matching_sql(readings):
    """apply()'s match as a condition on the search rows that their GIN indexes settle: any
    distinct reading of the words (see _row_reading_sql)."""
    compiled = _compiled_readings(readings.select)
    conditions = [
        _row_reading_sql(code, reading, readings.words, readings.corrections)
        for code, reading in compiled.items()
    ]
    sql, params = _either(list(compiled.values()), conditions, join=" OR ")
    return f"({sql})", params


def rank_sql(vector_sql, language_sql, readings):
    """ts_rank of the vector for the query read in the row's language ({language code: the
    compiled reading}), a language search does not know read as DEFAULT, as _ROW_CONFIG
    indexes it. The profile's words were stemmed in that language, so its reading compares
    like with like; a reading in another language can match a word that merely starts alike
    ("homes" read in French is "hom", the start of "hommage").

    Where every language reads the words alike ("repair"), the planner folds the choice away,
    as it does in _differs: choosing a reading for each row costs about a tenth of the
    statement when a common word matches tens of thousands of them. Like _differs, this
    compares queries with tsquery's `=`, which ignores weights and `:*`: every language's
    query is written from the same words with the same marks (_QUERY_LANGUAGE), so two that
    compare equal are the same query."""
    default_sql, default_params = readings[DEFAULT.code]
    branches, alike, params, alike_params = [], [], [], []
    for code, (reading_sql, reading_params) in readings.items():
        if code != DEFAULT.code:
            branches.append(f"WHEN '{code}' THEN {reading_sql}")
            params += reading_params
            alike.append(f"{reading_sql} = {default_sql}")
            alike_params += [*reading_params, *default_params]
    query, query_params = default_sql, default_params
    if branches:
        query = (
            f"CASE WHEN {' AND '.join(alike)} THEN {default_sql} "
            f"ELSE CASE {language_sql} {' '.join(branches)} ELSE {default_sql} END END"
        )
        query_params = [*alike_params, *default_params, *params, *default_params]
    return f"ts_rank(%s::float4[], {vector_sql}, {query})", [RANK_WEIGHTS, *query_params]


def write_search_rows(ids=None):
    """Bring the search rows of these enterprises (all of them when ids is None) and their
    postings (directory.search.postings) in line with their vectors, links and whether they are
    listed: a row for each listed one, none for the others."""
    if ids is None:
        where, params = "", []
    else:
        where, params = "AND {column} = ANY(%s)", [list(ids)]
    unlisted = _DELETE_UNLISTED.format(where=where.format(column="s.enterprise_id"))
    with connection.cursor() as cursor:
        cursor.execute(unlisted, params)
        cursor.execute(_WRITE_ROWS.format(where=where.format(column="e.id")), params)
    write_postings(ids, RANK_WEIGHTS)


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
# The start of a word, asked of a search row's name vector, which holds no weights.
_NAME_START = "{}:*"


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

    def relist(self, ids):
        write_search_rows(ids)

    def forget_unlisted(self):
        if ROWS_TABLE not in connection.introspection.table_names():
            return  # before migration 0025, or migrated back past it
        with connection.cursor() as cursor:
            cursor.execute(_DELETE_UNLISTED.format(where=""))

    def matching(self, queryset, queries):
        return queryset.filter(MatchesAnyReading(F("search_vector"), *self._read(queries)))

    def relevance(self, queries):
        return OwnLanguageRank(
            F("search_vector"), F("language"), dict(zip(queries, self._read(queries), strict=True))
        )

    def row_sql(self, query):
        """(match, rank), each (sql, params), on the search rows aliased `s`: what apply()
        filters and annotates, written directly for the directory's counts, which read the
        matches of every search, since the ORM's building and compiling of these expressions
        cost more than PostgreSQL's planning of the statement. None without a word to search.
        """
        readings = self.readings(query)
        if readings is None:
            return None
        match = _row_matching_sql(readings)
        rank, rank_params = "0.0::float8", []
        if readings.typed:
            rank, rank_params = self._row_rank(readings.typed)
        if readings.guessed:
            guessed, guessed_params = self._row_rank(readings.guessed)
            rank = f"({rank} + (%s::float8 * {guessed}))"
            rank_params = [*rank_params, GUESS_WEIGHT, *guessed_params]
        return match, (rank, rank_params)

    def one_word(self, query, page_size=None):
        """(ids of the matches, ids of the first `page_size` results by relevance or None)
        from the postings (directory.search.postings), for a query of one word that needs no
        guess; None for any other query, or a word the postings cannot answer. The ids may
        repeat."""
        words = query_words(query)
        if len(words) != 1:
            return None
        readings = self.readings(words)
        if readings.corrections:
            return None
        word = words[0]
        sql, params = one_word_statement(
            word, _NAME_START.format(word), self._row_rank(readings.typed), page_size
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            usable, ids, page = cursor.fetchone()
        return (ids, page) if usable else None

    @staticmethod
    def _row_rank(queries):
        return rank_sql(ROW_VECTOR, ROW_LANGUAGE, _compiled_readings(queries))

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
