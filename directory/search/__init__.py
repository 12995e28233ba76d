"""Full-text search over enterprise profiles.

PostgreSQL: a weighted tsvector per enterprise (name A; summary, city and region B; description,
innovations and impact indicators C) in the accent-free "showcase_search" configuration, prefix
matches on names and typo correction from a trigram-indexed lexicon of the directory's words.
SQLite: an FTS5 table with the porter stemmer and diacritics removed, typo correction from its
vocabulary. On both, a word is corrected only when it matches nothing, and guesses rank below
the words typed (directory.search.typos).
"""

from django.db import connection


def get_backend():
    if connection.vendor == "postgresql":
        from directory.search.postgres import PostgresEnterpriseSearch

        return PostgresEnterpriseSearch()
    from directory.search.sqlite import SqliteEnterpriseSearch

    return SqliteEnterpriseSearch()


def index_enterprises(ids=None):
    """Rebuild the search documents of these enterprises (all of them when ids is None)."""
    get_backend().index(ids)


def unindex_enterprises(ids):
    get_backend().unindex(ids)
