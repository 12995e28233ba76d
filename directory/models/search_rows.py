from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.db import models

from directory.models.querysets import SearchableQuerySet


class EnterpriseSearchRow(models.Model):
    """PostgreSQL only: what counting a search's facets reads of each enterprise, on a row of
    its own, written by the search index (directory.search.postgres) beside the search vector.

    A common word matches tens of thousands of enterprises, and each facet is counted over all
    of them. Read from the enterprises' own table, that pass goes through pages of long texts
    and joins three link tables; this row holds only the vector, each facet's values (the
    many-to-many ones as arrays) and the name's sort key, so one pass over a table a quarter
    as wide counts them all and ranks the page of results shown.

    Only listed enterprises have a row, so that a search reads no other table: publishing
    writes the row, unpublishing, archiving and deleting remove it, restoring writes it back,
    and a migration or a flush drops the rows of enterprises gone without a signal.
    """

    enterprise_id = models.BigIntegerField(primary_key=True)
    country = models.CharField(max_length=2)
    # The results' order by relevance breaks ties by name (directory.listing.ORDERINGS).
    sort_name = models.CharField(max_length=300)
    # The profile's language, whose reading of the words ranks it (directory.search.postgres).
    language = models.CharField(max_length=10)
    search_vector = SearchVectorField(null=True)
    # The words of the name alone, without weights, for searching the start of a name's word
    # through the GIN index alone (directory.search.postgres).
    name_vector = SearchVectorField(null=True)
    sectors = ArrayField(models.BigIntegerField())
    goals = ArrayField(models.IntegerField())
    certifications = ArrayField(models.BigIntegerField())
    verified = models.BooleanField()

    objects = SearchableQuerySet.as_manager()

    class Meta:
        # The table exists on PostgreSQL alone (migration 0025); SQLite counts another way.
        managed = False
        db_table = "directory_enterprise_search"

    def __str__(self):
        return f"search row of enterprise {self.enterprise_id}"
