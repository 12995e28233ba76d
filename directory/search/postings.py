"""PostgreSQL: postings, a row per listed enterprise and word of its search vector, with the rank
that word alone gives it, so that a search for one word reads an index in rank order.

A common word matches tens of thousands of enterprises at 100,000. Through the search rows
(directory.search.postgres), PostgreSQL reads every match's row and ranks its vector to find the
two dozen shown first: about 100 ms for "training" (41,610 matches). The postings hold, for
each word, the enterprises that have it with their language, rank and name's sort key, indexed
in the results' order: the matches' ids come from the index alone, the first page from the
first entries of each language, in about a sixth of the time.

The rank kept is ts_rank's for the query one typed word makes once read, `'word' | 'word':*A`
(see PostgresEnterpriseSearch.languages), computed when the posting is written: the same
function of the same vector and query as at search time, so the same number. Only words of
letters and digits have postings, the only words a visitor's word can be read as.

What the postings answer (one_word_statement): one word, which every language reads as a single
such word. A match that does not hold its own language's reading of it (found by the start of a
word of its name, or by another language's reading) is ranked from its row, as before; they
are few.
"""

from django.db import connection, transaction

from directory.search.languages import DEFAULT, LANGUAGES

TABLE = "directory_search_posting"
# The words that have postings, as PostgreSQL's regular expressions read them.
POSTED = "^[[:alnum:]]+$"

# The language whose reading ranks the row (directory.search.postgres.rank_sql): its own when
# search knows it, DEFAULT's otherwise.
_READING_LANGUAGE = (
    "CASE s.language "
    + " ".join(
        f"WHEN '{language.code}' THEN '{language.code}'"
        for language in LANGUAGES
        if language != DEFAULT
    )
    + f" ELSE '{DEFAULT.code}' END"
)

_WRITE = f"""
    INSERT INTO {TABLE} (lexeme, language, rank, sort_name, enterprise_id)
    SELECT u.lexeme, {_READING_LANGUAGE},
        ts_rank(%s::float4[], s.search_vector,
                ('''' || u.lexeme || ''' | ''' || u.lexeme || ''':*A')::tsquery),
        s.sort_name, s.enterprise_id
    FROM directory_enterprise_search s CROSS JOIN LATERAL unnest(s.search_vector) u
    WHERE u.lexeme ~ %s {{where}}
"""  # noqa: S608 - constants only


# The postings' writers take this advisory lock: shared for some enterprises, exclusive for all.
_WRITERS = 7_315_029


def write_postings(ids, weights):
    """The postings of these enterprises (all when ids is None) rewritten from their search
    rows, ranked with `weights`. Deleting a search row deletes its postings (ON DELETE CASCADE).

    In one transaction, so that a search never sees an enterprise without its postings, nor the
    table empty while all of them are rewritten. A rewrite of all of them waits for the rewrites
    of some to end, and makes new ones wait: a publish meanwhile would otherwise delete the old
    postings it sees and add its own beside those the rewrite adds from the old row. Two
    publishes of one profile are ordered by the lock writing its row takes."""
    with transaction.atomic(), connection.cursor() as cursor:
        if ids is None:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_WRITERS])
            cursor.execute(f"DELETE FROM {TABLE}")  # noqa: S608
            cursor.execute(_WRITE.format(where=""), [weights, POSTED])
            return
        ids = list(ids)
        cursor.execute("SELECT pg_advisory_xact_lock_shared(%s)", [_WRITERS])
        cursor.execute(f"DELETE FROM {TABLE} WHERE enterprise_id = ANY(%s)", [ids])  # noqa: S608
        cursor.execute(_WRITE.format(where="AND s.enterprise_id = ANY(%s)"), [weights, POSTED, ids])


# A search row (`s`) whose name has a word starting with the query word, read in any language
# (each a parameter: the word's query for the start of a name's word).
_NAMED = "SELECT s.enterprise_id FROM directory_enterprise_search s WHERE s.name_vector @@ ({})"
_NAMED = _NAMED.format(
    " || ".join(f"to_tsquery('{language.config}'::regconfig, %s)" for language in LANGUAGES)
)
# A search row holds its own language's reading of the query word (each a parameter).
_OWN_READING = (
    "CASE s.language "
    + " ".join(
        f"WHEN '{language.code}' THEN s.search_vector @@ to_tsquery('{language.config}', %s)"
        for language in LANGUAGES
        if language != DEFAULT
    )
    + f" ELSE s.search_vector @@ to_tsquery('{DEFAULT.config}', %s) END"
)


def _read(language):
    """SQL: the words the language reads the query word (a parameter) as."""
    return f"tsvector_to_array(to_tsvector('{language.config}'::regconfig, %s))"


def _word(language):
    return f"({_read(language)})[1]"


def one_word_statement(word, name_start, rank, page_size=None):
    """(sql, params) of a statement returning (usable, ids, page) for a query of one word. When
    usable is false the rest must be ignored: a language reads the word as no word, several, or
    one without postings; or, asked for a page, more than FEW_OTHERS matches lack their own
    language's reading (see _others). ids are the matches' (repeats possible), page the ids of
    the first `page_size` results by relevance, or NULL without a size. `name_start` is the
    word's query for the start of a name's word, `rank` (sql, params) the rank of a search row
    `s`, both as directory.search.postgres writes them."""
    # The query reads the word as one word too: a character PostgreSQL's parser splits words at
    # ("training৴training") makes the query a phrase where the vector's reading is one word.
    usable = " AND ".join(
        f"(cardinality({_read(language)}) = 1 AND {_word(language)} ~ %s "
        f"AND numnode(to_tsquery('{language.config}'::regconfig, %s)) = 1)"
        for language in LANGUAGES
    )
    usable_params = [param for _ in LANGUAGES for param in (word, word, POSTED, word)]
    words = ", ".join(_word(language) for language in LANGUAGES)
    ids = f"ARRAY(SELECT enterprise_id FROM {TABLE} WHERE lexeme IN ({words}) UNION ALL {_NAMED})"  # noqa: S608
    ids_params = [word] * len(LANGUAGES) + [name_start] * len(LANGUAGES)
    # The matches are read only when usable (CASE evaluates a subquery only when reached).
    if page_size is None:
        sql = f"SELECT ok, CASE WHEN ok THEN {ids} END, NULL FROM (SELECT {usable} AS ok) v"  # noqa: S608
        return sql, [*ids_params, *usable_params]
    others, others_params = _others(word, name_start)
    page, page_params = _first_page(word, rank, page_size)
    sql = (
        f"WITH others AS MATERIALIZED ({others}) "  # noqa: S608
        f"SELECT ok, CASE WHEN ok THEN {ids} END, CASE WHEN ok THEN {page} END "
        f"FROM (SELECT {usable} AND {_FEW} AS ok) v"
    )
    return sql, [*others_params, *ids_params, *page_params, *usable_params, FEW_OTHERS]


# The most matches without their own language's reading of the word that the postings rank from
# their rows (some hundreds of rows, a millisecond or two). Beyond, the search rows answer: a
# word another language reads as a common word ("trainer" read in French is "train", which
# tens of thousands of English profiles hold) would have every one of those ranked here.
FEW_OTHERS = 300
_FEW = "(SELECT count(*) FROM others) <= %s"


def _others(word, name_start):
    """(sql, params): the ids, repeats possible and at most FEW_OTHERS + 1 of them, of the
    matches that may lack their own language's reading of the word: those found by the start of
    a word of their name, and those holding another language's reading."""
    sources, params = [_NAMED], [name_start] * len(LANGUAGES)
    for language in LANGUAGES:
        for other in LANGUAGES:
            if other != language:
                # NULL, which matches nothing, where both languages read the word alike. One
                # index scan each, so that the LIMIT stops them early.
                sources.append(
                    f"SELECT enterprise_id FROM {TABLE} WHERE language = '{language.code}' "  # noqa: S608
                    f"AND lexeme = CASE WHEN {_word(other)} <> {_word(language)} "
                    f"THEN {_word(other)} END"
                )
                params += [word, word, word]
    sql = f"SELECT enterprise_id FROM ({' UNION ALL '.join(sources)}) o LIMIT %s"  # noqa: S608
    return sql, [*params, FEW_OTHERS + 1]


def _first_page(word, rank, size):
    """SQL: the ids of the first `size` results by relevance (directory.facets.PAGE_OF_MATCHES):
    the first postings of each language's reading in that language, and the matches without
    their own language's reading, ranked from their rows, when they are few."""
    own, params = [], []
    for language in LANGUAGES:
        own.append(
            f"(SELECT enterprise_id, sort_name, rank FROM {TABLE} "  # noqa: S608
            f"WHERE lexeme = {_word(language)} AND language = '{language.code}' "
            f"ORDER BY rank DESC, sort_name, enterprise_id LIMIT %s)"
        )
        params += [word, size]
    rank_sql, rank_params = rank
    ranked = (
        f"(SELECT s.enterprise_id, s.sort_name, {rank_sql} AS rank "  # noqa: S608
        f"FROM directory_enterprise_search s WHERE s.enterprise_id IN (SELECT * FROM others) "
        f"AND NOT ({_OWN_READING}))"
    )
    params += [*rank_params, *[word] * len(LANGUAGES)]
    sql = (
        f"ARRAY(SELECT enterprise_id FROM ({' UNION ALL '.join(own)} UNION ALL {ranked}) c "  # noqa: S608
        f"ORDER BY rank DESC, sort_name, enterprise_id LIMIT %s)"
    )
    return sql, [*params, size]
