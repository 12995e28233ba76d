"""Keep search in step with what is published, and tell submitters what editors decided."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import published, unpublished, workflow_approved, workflow_rejected

from directory import freshness
from directory.emails import send_approved, send_changes_requested
from directory.logos import images_of, settle_after_publication, used_elsewhere
from directory.models import (
    Certification,
    Enterprise,
    Indicator,
    Sector,
    StoryEnterpriseLink,
    SustainableDevelopmentGoal,
)
from directory.search import index_enterprises, unindex_enterprises
from directory.submissions import contact_for
from home.models import CustomImage
from showcase.page_cache import invalidate


@receiver(published)
def index_published_enterprise(sender, instance, **kwargs):
    if isinstance(instance, Enterprise):
        index_enterprises([instance.pk])
        invalidate()


@receiver(published)
def record_confirmation(sender, instance, **kwargs):
    """Publishing is an editor's review: of their own edit, or of an owner's update they
    approved. Either way the listing counts as confirmed now (and leaves the archive)."""
    if isinstance(instance, Enterprise):
        freshness.confirm(instance)


@receiver(published)
def publish_waiting_logo(sender, instance, revision=None, **kwargs):
    if isinstance(instance, Enterprise):
        settle_after_publication(instance, revision)


@receiver(unpublished)
def unindex_unpublished_enterprise(sender, instance, **kwargs):
    if isinstance(instance, Enterprise):
        unindex_enterprises([instance.pk])
        invalidate()


@receiver(post_delete, sender=Enterprise)
def unindex_deleted_enterprise(sender, instance, **kwargs):
    unindex_enterprises([instance.pk])
    invalidate()


def _vocabulary_changed(sender, **kwargs):
    invalidate()


for _model in (
    Sector,
    SustainableDevelopmentGoal,
    Certification,
    Indicator,
    StoryEnterpriseLink,
):
    post_save.connect(
        _vocabulary_changed, sender=_model, dispatch_uid=f"page-cache-save-{_model.__name__}"
    )
    post_delete.connect(
        _vocabulary_changed, sender=_model, dispatch_uid=f"page-cache-del-{_model.__name__}"
    )


@receiver(workflow_approved)
def tell_submitter_of_approval(sender, instance, user=None, **kwargs):
    enterprise = instance.content_object
    if not isinstance(enterprise, Enterprise):
        return
    contact = contact_for(enterprise)
    if contact is not None:
        send_approved(enterprise, contact)


@receiver(workflow_rejected)
def tell_submitter_of_requested_changes(sender, instance, user=None, **kwargs):
    enterprise = instance.content_object
    if not isinstance(enterprise, Enterprise):
        return
    contact = contact_for(enterprise)
    if contact is not None:
        task_state = instance.current_task_state
        comment = task_state.specific.get_comment() if task_state else ""
        send_changes_requested(enterprise, contact, comment)


@receiver(workflow_approved)
def record_review_date(sender, instance, user=None, **kwargs):
    """Approval is a review: the profile and the revision later edits start from both say when."""
    enterprise = instance.content_object
    if not isinstance(enterprise, Enterprise):
        return
    today = timezone.localdate()
    Enterprise.objects.filter(pk=enterprise.pk).update(last_reviewed=today)
    invalidate()  # after the publish the approval made: the profile shows the date too
    revision = Enterprise.objects.get(pk=enterprise.pk).latest_revision
    if revision is not None:
        revision.content["last_reviewed"] = today.isoformat()
        revision.save(update_fields=["content"])


@receiver(pre_delete, sender=Enterprise)
def note_the_listings_own_images(sender, instance, **kwargs):
    # Its revisions, which name every logo it was ever sent, go with it: look before they do.
    images = images_of(instance)
    instance.own_images = images - used_elsewhere(images, instance)


@receiver(post_delete, sender=Enterprise)
def delete_the_listings_own_images(sender, instance, **kwargs):
    """However a listing is deleted (an owner's removal, the purge, an editor in the admin),
    every image only it used goes with it, renditions and files included."""
    CustomImage.objects.filter(pk__in=getattr(instance, "own_images", ())).delete()
