"""Logos sent by the public: private while they wait for an editor, public once published,
deleted with their listing.

A logo is stored with its file under pending/ (private storage, see showcase.storage) and in the
image library's "Logos awaiting moderation" collection. Publishing the listing moves it into
public storage and the library's root collection; the other logos sent for the listing that
were never published and that no later version proposes are deleted then. Removing a listing
deletes every image it named in any version that nothing else on the site uses.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F, Q
from wagtail.models import Collection, ReferenceIndex, Revision

from directory.models import Enterprise
from home.models import CustomImage
from showcase.storage import PENDING

PENDING_COLLECTION = "Logos awaiting moderation"


def pending_collection():
    """The image library's collection of logos nobody has published yet, made when first needed."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=PENDING_COLLECTION).first()
    return found or root.add_child(name=PENDING_COLLECTION)


def publish_logo(image):
    """Move a waiting logo's file into public storage and the image into the public library.

    Its renditions, made privately for the editors' preview, go; public ones are made anew.
    The private file is deleted once the publication is committed.
    """
    storage = image.file.storage
    private_name = image.file.name
    with storage.open(private_name, "rb") as content:
        image.file.name = storage.save(private_name.removeprefix(PENDING), content)
    image.collection = Collection.get_first_root_node()
    image.save(update_fields=["file", "collection"])
    for rendition in image.renditions.all():
        rendition.delete()
    transaction.on_commit(lambda: storage.delete(private_name))


def images_named_by(revisions):
    """The ids of the images a listing's revisions name: its logo and its innovations' images."""
    named = set()
    for content in revisions.values_list("content", flat=True):
        named.add(content.get("logo"))
        named.update(row.get("image") for row in content.get("innovations") or [])
    return named - {None}


def images_of(enterprise):
    """Every image a listing names now or named in any of its versions."""
    current = {enterprise.logo_id, *enterprise.innovations.values_list("image_id", flat=True)}
    return (images_named_by(enterprise.revisions) | current) - {None}


def used_elsewhere(image_ids, enterprise=None):
    """The images among these that something besides this listing names (anything at all, when
    no listing is given): a listing, one of its revisions, or anything in Wagtail's reference
    index (pages, organisations...)."""
    image_ids = list(image_ids)
    listing_type = ContentType.objects.get_for_model(Enterprise)
    listings = Enterprise.objects.filter(logo_id__in=image_ids)
    revisions = Revision.objects.filter(base_content_type=listing_type, content__logo__in=image_ids)
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(CustomImage),
        to_object_id__in=[str(pk) for pk in image_ids],
    )
    if enterprise is not None:
        listings = listings.exclude(pk=enterprise.pk)
        revisions = revisions.exclude(object_id=str(enterprise.pk))
        references = references.exclude(
            base_content_type=listing_type, object_id=str(enterprise.pk)
        )
    used = set(listings.values_list("logo_id", flat=True))
    used |= set(revisions.values_list("content__logo", flat=True))
    used |= {int(pk) for pk in references.values_list("to_object_id", flat=True)}
    return used


def settle_after_publication(enterprise, revision):
    """The published logo becomes public; logos sent for earlier versions that were never
    published, and that no later version still proposes, are deleted."""
    if enterprise.logo is not None and enterprise.logo.is_pending:
        publish_logo(enterprise.logo)
    if revision is None:
        return
    revisions = enterprise.revisions
    superseded = images_named_by(revisions.filter(pk__lte=revision.pk))
    superseded -= images_named_by(revisions.filter(pk__gt=revision.pk)) | {enterprise.logo_id}
    waiting = CustomImage.objects.filter(pk__in=superseded, file__startswith=PENDING)
    waiting.exclude(pk__in=used_elsewhere(superseded, enterprise)).delete()


def hide_logo(image):
    """Move a public image's file into private storage: publish_logo the other way round."""
    storage = image.file.storage
    public_name = image.file.name
    with storage.open(public_name, "rb") as content:
        image.file.name = storage.save(PENDING + public_name, content)
    image.collection = pending_collection()
    image.save(update_fields=["file", "collection"])
    for rendition in image.renditions.all():
        rendition.delete()
    transaction.on_commit(lambda: storage.delete(public_name))


def unpublished_images(enterprise):
    """The images of a listing no visitor has been shown: all of them if it was never published,
    otherwise those only versions newer than the published one propose."""
    images = images_of(enterprise)
    if enterprise.first_published_at is None:
        return images
    newer = enterprise.revisions.filter(pk__gt=enterprise.live_revision_id or 0)
    shown = images_named_by(enterprise.revisions.exclude(pk__in=newer))
    shown |= {enterprise.logo_id, *enterprise.innovations.values_list("image_id", flat=True)}
    return images - shown


def hide_waiting_logos():
    """Move into private storage the logos stored publicly before pending logos were kept
    private, which still wait for an editor; an image anything else uses stays public."""
    hidden = 0
    waiting = Enterprise.objects.filter(Q(live=False) | ~Q(latest_revision=F("live_revision")))
    for enterprise in waiting:
        images = unpublished_images(enterprise)
        images -= used_elsewhere(images, enterprise)
        for image in CustomImage.objects.filter(pk__in=images).exclude(file__startswith=PENDING):
            hide_logo(image)
            hidden += 1
    return hidden
