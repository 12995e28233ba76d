"""Anything public that changes here makes every cached page stale."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from home.models import CustomImage, Organisation, SiteSettings
from showcase.page_cache import invalidate


def connect():
    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"page-cache-{signal!r}")
    post_delete.connect(invalidate, sender=Page, dispatch_uid="page-cache-page-deleted")
    for model in (Organisation, SiteSettings, CustomImage, Site):
        post_save.connect(
            invalidate, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}"
        )
        post_delete.connect(
            invalidate, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}"
        )
