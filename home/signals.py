"""What follows a change in the admin: cached pages go stale; an event's new seats are filled."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from home.models import CustomImage, EventPage, Organisation, SiteSettings
from showcase.page_cache import invalidate


def fill_new_seats(sender, instance, **kwargs):
    """An event published with more seats than it had: the people waiting take them."""
    from home.registration.seats import fill_new_seats

    fill_new_seats(instance)


def connect():
    page_published.connect(fill_new_seats, sender=EventPage, dispatch_uid="event-fill-seats")
    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"page-cache-{signal!r}")
    post_delete.connect(invalidate, sender=Page, dispatch_uid="page-cache-page-deleted")
    # A view restriction takes a page out of public view without a publish.
    for model in (Organisation, SiteSettings, CustomImage, Site, PageViewRestriction):
        post_save.connect(
            invalidate, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}"
        )
        post_delete.connect(
            invalidate, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}"
        )
