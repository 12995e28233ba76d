from .events import EventIndexPage, EventPage
from .images import CustomImage, CustomRendition
from .organisations import Organisation
from .pages import HomePage, StandardPage
from .registrations import Registration, RegistrationTally
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
    "RegistrationTally",
    "SiteSettings",
    "StandardPage",
    "StoryIndexPage",
    "StoryPage",
    "StoryTag",
]
