from .events import EventIndexPage, EventPage
from .images import CustomImage, CustomRendition
from .organisations import Organisation
from .pages import HomePage, StandardPage
from .registrations import Registration
from .site_settings import SiteSettings
from .stories import StoryIndexPage, StoryPage, StoryTag

__all__ = [
    "CustomImage",
    "CustomRendition",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "Organisation",
    "Registration",
    "SiteSettings",
    "StandardPage",
    "StoryIndexPage",
    "StoryPage",
    "StoryTag",
]
