"""Full-text search over enterprise profiles: one interface (directory.search.base), an
implementation for each database (postgres.py, sqlite.py), one set of tests for both."""

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


def relist_enterprises(ids):
    """These enterprises were archived or restored."""
    get_backend().relist(ids)
