"""Keep enterprise search documents in step with what is published."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import published, unpublished

from directory.models import Enterprise
from directory.search import index_enterprises, unindex_enterprises


@receiver(published)
def index_published_enterprise(sender, instance, **kwargs):
    if isinstance(instance, Enterprise):
        index_enterprises([instance.pk])


@receiver(unpublished)
def unindex_unpublished_enterprise(sender, instance, **kwargs):
    if isinstance(instance, Enterprise):
        unindex_enterprises([instance.pk])


@receiver(post_delete, sender=Enterprise)
def unindex_deleted_enterprise(sender, instance, **kwargs):
    unindex_enterprises([instance.pk])
