import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.languages import active_language, in_active_language
from home.models.fallback import LanguageFallbackMixin
from home.models.images import optional_image
from home.models.restrictions import KeptViewRestrictionsMixin
from home.places import PostalAddressMixin
from showcase.page_cache import kept, kept_unless_draft

# How a visitor names each zone's local time; the abbreviation (CET, CEST, BST) follows the date.
# A partner's logo as templates/home/event_page.html shows it ({% image ... max-240x120
# format-webp %}); tests/home/test_event_partners.py fails if the two part.
PARTNER_LOGO = "max-240x120|format-webp"
TIME_ZONE_PLACES = {
    "Europe/Brussels": _("Brussels time"),
    "Europe/London": _("UK time"),
}

EVENT_TIME_ZONES = [
    ("Europe/Brussels", _("Brussels, Amsterdam, Paris (CET)")),
    ("Europe/London", _("London (UK time)")),
    ("UTC", "UTC"),
]


class EventIndexPage(KeptViewRestrictionsMixin, LanguageFallbackMixin, Page):
    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.EventPage"]
    # One per home page, that is one per language.
    max_count_per_parent = 1
    past_per_page = 12

    class Meta:
        verbose_name = _("event index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        # Every event, in the visitor's language where translated (one index per language).
        events = in_active_language(EventPage.objects.live().public().select_related("image"))
        context["upcoming_events"] = events.filter(end_date__gte=today).order_by(
            "start_date", "start_time"
        )
        past = events.filter(end_date__lt=today).order_by("-start_date", "-start_time")
        context["past_events"] = Paginator(past, self.past_per_page).get_page(
            request.GET.get("page")
        )
        return context


class EventPage(KeptViewRestrictionsMixin, PostalAddressMixin, RoutablePageMixin, Page):
    """One event, with its place, its people and a calendar file to take away."""

    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=40, choices=EVENT_TIME_ZONES, default="Europe/Brussels"
    )
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences shown in listings.")
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    organisers = ParentalManyToManyField(
        "home.Organisation",
        verbose_name=_("organisers"),
        blank=True,
        related_name="organised_events",
    )
    partners = ParentalManyToManyField(
        "home.Organisation",
        verbose_name=_("partners and funders"),
        blank=True,
        related_name="partnered_events",
    )
    audience = RichTextField(_("who it is for"), features=["ul", "bold", "link"], blank=True)
    what_to_expect = RichTextField(_("what to expect"), features=["ul", "bold", "link"], blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Registration elsewhere: use this or registration on this page, not both."),
    )
    registration_enabled = models.BooleanField(
        _("registration on this page"),
        default=False,
        help_text=_("Visitors register with a form on the event page."),
    )
    registration_capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("How many people can come.")
    )
    registration_waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_(
            "When every seat is taken, visitors join a waiting list; a cancellation moves the "
            "first person waiting up."
        ),
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take registrations until the event starts."),
    )
    registration_audiences = StreamField(
        [("audience", blocks.CharBlock(max_length=120, label=_("Audience")))],
        blank=True,
        verbose_name=_("audiences"),
        help_text=_("Each visitor says which of these they belong to."),
    )
    registration_question = models.CharField(
        _("question"),
        max_length=300,
        blank=True,
        help_text=_("Optional: a question the visitor may answer when registering."),
    )
    image = optional_image(_("image"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("region"), FieldPanel("country")]),
            ],
            heading=_("Where"),
        ),
        FieldPanel("organisers"),
        FieldPanel("partners"),
        FieldPanel("audience"),
        FieldPanel("what_to_expect"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("registration_url"),
                FieldPanel("registration_enabled"),
                FieldRowPanel(
                    [FieldPanel("registration_capacity"), FieldPanel("registration_waiting_list")]
                ),
                FieldPanel("registration_closes_at"),
                FieldPanel("registration_audiences"),
                FieldPanel("registration_question"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("image"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue_name"),
        index.SearchField("city"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]

    parent_page_types = ["home.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date:
            if self.end_date < self.start_date:
                raise ValidationError(
                    {
                        "end_date": _(
                            "The event cannot end before it starts: choose an end date "
                            "on or after the start date."
                        )
                    }
                )
            if (
                self.end_date == self.start_date
                and self.start_time
                and self.end_time
                and self.end_time < self.start_time
            ):
                raise ValidationError(
                    {"end_time": _("On a one-day event the end time must be after the start time.")}
                )
        if self.registration_enabled:
            if not self.registration_capacity:
                raise ValidationError(
                    {"registration_capacity": _("Say how many seats there are (at least one).")}
                )
            if self.registration_url:
                raise ValidationError(
                    {
                        "registration_url": _(
                            "Registration is on this page: remove the link to registration "
                            "elsewhere, or turn registration on this page off."
                        )
                    }
                )

    # When and where ------------------------------------------------------------------

    @property
    def tz(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_all_day(self):
        return self.start_time is None

    @property
    def start(self):
        """A date for all-day events, otherwise an aware datetime in the event's zone."""
        if self.is_all_day:
            return self.start_date
        return datetime.datetime.combine(self.start_date, self.start_time, tzinfo=self.tz)

    @property
    def end(self):
        if self.is_all_day:
            return self.end_date
        end_time = self.end_time or self.start_time
        return datetime.datetime.combine(self.end_date, end_time, tzinfo=self.tz)

    @property
    def time_zone_label(self):
        """The zone a timed event's clock times are in, e.g. "CEST (Brussels time)"."""
        if self.is_all_day:
            return ""
        abbreviation = self.start.tzname()
        place = TIME_ZONE_PLACES.get(self.time_zone)
        return f"{abbreviation} ({place})" if place else abbreviation

    @property
    def is_past(self):
        return self.end_date < timezone.localdate()

    @property
    def is_single_day(self):
        return self.start_date == self.end_date

    @property
    def starts_at(self):
        """When the event starts, as an aware datetime (midnight in its zone if all day)."""
        start = self.start
        if isinstance(start, datetime.datetime):
            return start
        return datetime.datetime.combine(start, datetime.time.min, tzinfo=self.tz)

    @property
    def ends_at(self):
        """When the event is over, as an aware datetime (the end of its last day if all day)."""
        end = self.end
        if isinstance(end, datetime.datetime):
            return end
        next_day = end + datetime.timedelta(days=1)
        return datetime.datetime.combine(next_day, datetime.time.min, tzinfo=self.tz)

    @property
    def registration_deadline(self):
        """When registration closes: the time editors set, and at the latest the start."""
        closes = self.registration_closes_at
        return min(closes, self.starts_at) if closes else self.starts_at

    @property
    def address_name(self):
        return self.venue_name

    def get_og_image(self):
        return self.image

    # Calendar and structured data ------------------------------------------------------

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from home.calendar import event_to_ics

        response = HttpResponse(
            event_to_ics(self, request), content_type="text/calendar; charset=utf-8"
        )
        filename = f"{slugify(self.slug) or 'event'}.ics"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    # Registration ----------------------------------------------------------------------

    @path("register/", name="register")
    def register(self, request):
        from home.registration.views import register

        return register(request, self)

    @path("registered/", name="registered")
    def registered(self, request):
        from home.registration.views import registered

        return registered(request, self)

    @path("cancel/<str:token>/", name="cancel_registration")
    def cancel_registration(self, request, token):
        from home.registration.views import cancel

        return cancel(request, self, token)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.registration_enabled and not self.is_past:
            # Seats change with every registration: never a cached count.
            add_never_cache_headers(response)
        return response

    def _organisations(self):
        """(organisers, partners); partners with their logos and the logos' renditions, read
        together rather than one by one.

        The logos' renditions are made here if missing: these partners are kept for the
        content version, and Wagtail looks for a rendition only among those prefetched, so a
        partner kept without one would have its image drawn again for every page built."""
        partners = list(self.partners.select_related("logo").prefetch_related("logo__renditions"))
        for partner in partners:
            if partner.logo:
                partner.logo.get_rendition(PARTNER_LOGO)
        return list(self.organisers.all()), partners

    def _outcome_story_ids(self):
        """The stories reporting on the event, each once, in the visitor's language where it
        is translated."""
        stories = in_active_language(self.stories.live().public()).order_by("-date", "-pk")
        return list(stories.values_list("pk", flat=True))

    def get_context(self, request, *args, **kwargs):
        from home.registration.context import registration_context
        from home.structured_data import event_json_ld

        context = super().get_context(request, *args, **kwargs)
        context["registration"] = registration_context(self, request)
        organisers, partners = kept_unless_draft(
            request, self, f"event:organisations:{self.pk}", self._organisations
        )
        context["organisers"], context["partners"] = organisers, partners
        context["structured"] = event_json_ld(
            self, request, context["registration"], context["organisers"], context["partners"]
        )
        if self.is_past and self.pk:  # a new event's preview has no stories yet
            context["outcome_stories"] = kept(
                f"event:outcome-stories:{active_language()}:{self.pk}", self._outcome_story_ids
            )
        return context
