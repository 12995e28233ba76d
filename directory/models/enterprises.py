"""Enterprise profiles: snippets with revisions, drafts, moderation workflow and preview."""

from django import forms
from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from directory.forms.admin import EnterpriseAdminForm
from directory.forms.translation_fields import field_name
from directory.models.choices import LegalForm, Origin, SizeBand, SparkProgramme
from directory.models.querysets import EnterpriseQuerySet
from directory.names import sort_key
from directory.panels import ModerationNotesPanel
from directory.place_names import place_name
from directory.profile_fields import TRANSLATED
from directory.routes import RESERVED_SLUGS
from directory.translated_text import LANGUAGE_CODES, translations_field
from home.models.images import optional_image
from home.places import PostalAddressMixin

EARLIEST_FOUNDING_YEAR = 1800
FRESHNESS_FIELDS = ("last_confirmed_at", "confirmation_requested_at", "archived_at")
MAX_SECTORS = 3


def validate_founding_year(value):
    this_year = timezone.localdate().year
    if value < EARLIEST_FOUNDING_YEAR or value > this_year:
        raise ValidationError(
            _("Enter a year between %(first)s and %(last)s.")
            % {"first": EARLIEST_FOUNDING_YEAR, "last": this_year}
        )


def validate_not_reserved(value):
    if value in RESERVED_SLUGS:
        raise ValidationError(_("“%(slug)s” is used by the directory itself.") % {"slug": value})


class Enterprise(
    PostalAddressMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    ClusterableModel,
):
    """A social enterprise's public profile in the directory."""

    name = models.CharField(_("name"), max_length=150)
    # Search stems the profile's words in this language (directory.search.languages).
    language = models.CharField(
        _("language of the profile"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_(
            "The language the name, summary, description, innovations and impact figures are "
            "written in."
        ),
    )
    # Kept by save(): lists order by this so that "É" sorts with "E" on every database.
    sort_name = models.CharField(_("name for sorting"), max_length=300, editable=False, default="")
    slug = models.SlugField(
        _("slug"),
        max_length=160,
        unique=True,
        validators=[validate_not_reserved],
        help_text=_("The last part of the profile's address: /directory/<slug>/"),
    )
    logo = optional_image(_("logo"))
    summary = models.CharField(
        _("summary"),
        max_length=200,
        help_text=_("One line on what the enterprise does and for whom."),
    )
    description = models.TextField(
        _("description"), max_length=5000, help_text=_("Plain text; blank lines start paragraphs.")
    )
    # The summary and description in other languages (the editors' form has a field for each).
    translated_fields = TRANSLATED
    translations = translations_field()
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    sectors = ParentalManyToManyField(
        "directory.Sector", verbose_name=_("sectors"), related_name="enterprises"
    )
    sdgs = ParentalManyToManyField(
        "directory.SustainableDevelopmentGoal",
        verbose_name=_("sustainable development goals"),
        related_name="enterprises",
        blank=True,
    )
    legal_form = models.CharField(_("legal form"), max_length=40, choices=LegalForm, blank=True)
    year_founded = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=[validate_founding_year]
    )
    size_band = models.CharField(_("size"), max_length=10, choices=SizeBand, blank=True)
    website = models.URLField(_("website"), max_length=300, blank=True)
    public_email = models.EmailField(_("public contact e-mail"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), max_length=300, blank=True)
    instagram_url = models.URLField(_("Instagram"), max_length=300, blank=True)
    facebook_url = models.URLField(_("Facebook"), max_length=300, blank=True)
    other_social_url = models.URLField(
        _("other social network"), max_length=300, blank=True, help_text=_("Mastodon, Bluesky, ...")
    )
    spark_programme = models.CharField(
        _("Spark programme"), max_length=20, choices=SparkProgramme, default=SparkProgramme.NONE
    )
    spark_year = models.PositiveSmallIntegerField(
        _("year in the Spark programme"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2016), MaxValueValidator(2020)],
    )
    certifications = ParentalManyToManyField(
        "directory.Certification",
        verbose_name=_("certifications"),
        related_name="enterprises",
        blank=True,
    )

    # Editor-only curation.
    is_featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Show on the home page.")
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    origin = models.CharField(_("origin"), max_length=20, choices=Origin, default=Origin.EDITORIAL)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    # Freshness (directory.freshness): the state of the listing itself, not of one version of its
    # content, so publishing an older revision keeps it (with_content_json).
    last_confirmed_at = models.DateTimeField(
        _("last confirmed"),
        null=True,
        blank=True,
        help_text=_(
            "When the owner last confirmed the listing or had an update approved, or an editor "
            "last published or reviewed it."
        ),
    )
    confirmation_requested_at = models.DateTimeField(
        _("yearly check sent"),
        null=True,
        blank=True,
        help_text=_("When the owner was last e-mailed to ask whether the listing is still right."),
    )
    archived_at = models.DateTimeField(
        _("archived"),
        null=True,
        blank=True,
        help_text=_(
            "Unconfirmed for two years, the listing left the directory's results; its profile "
            "says it is archived. Restoring it brings it back."
        ),
    )

    # Full-text search document, kept up to date by directory.search (PostgreSQL only).
    search_vector = SearchVectorField(null=True, editable=False)

    # Unfiltered, so that Wagtail's admin, revisions and workflows see drafts too.
    objects = EnterpriseQuerySet.as_manager()

    profile_panels = [
        ModerationNotesPanel(heading=_("Before you approve")),
        FieldPanel("name"),
        FieldPanel("language"),
        FieldPanel("slug"),
        FieldPanel("logo"),
        FieldPanel("summary"),
        FieldPanel("description"),
        # One field per language and text; the form leaves out those of the profile's language.
        MultiFieldPanel(
            [
                FieldPanel(field_name(field, code))
                for code in LANGUAGE_CODES
                for field in TRANSLATED
            ],
            heading=_("Translations"),
            help_text=_("Optional. A blank field removes that translation."),
        ),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("legal_form"), FieldPanel("year_founded")]),
                FieldPanel("size_band"),
                FieldPanel("certifications", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("spark_programme"), FieldPanel("spark_year")]),
            ],
            heading=_("Organisation"),
        ),
    ]
    location_panels = [
        FieldPanel("country"),
        FieldRowPanel([FieldPanel("region"), FieldPanel("city")]),
        FieldRowPanel([FieldPanel("street_address"), FieldPanel("postal_code")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]
    contact_panels = [
        FieldPanel("website"),
        FieldPanel("public_email"),
        FieldPanel("linkedin_url"),
        FieldPanel("instagram_url"),
        FieldPanel("facebook_url"),
        FieldPanel("other_social_url"),
    ]
    curation_panels = [
        FieldPanel("is_featured"),
        FieldPanel("last_reviewed"),
        FieldPanel("last_confirmed_at", read_only=True),
        FieldPanel("confirmation_requested_at", read_only=True),
        FieldPanel("archived_at", read_only=True),
        FieldPanel("origin", read_only=True),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(profile_panels, heading=_("Profile")),
            ObjectList(
                [InlinePanel("innovations", label=_("Innovation"), max_num=10)],
                heading=_("Innovations"),
            ),
            ObjectList(
                [InlinePanel("impact_figures", label=_("Impact figure"), max_num=20)],
                heading=_("Impact"),
            ),
            ObjectList(location_panels, heading=_("Location")),
            ObjectList(contact_panels, heading=_("Contact")),
            ObjectList(curation_panels, heading=_("Curation")),
        ]
    )

    base_form_class = EnterpriseAdminForm

    class Meta:
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")
        # Choosers and admin lists follow the model's order; the key makes it the reader's order.
        ordering = ["sort_name", "pk"]
        indexes = [
            models.Index(
                fields=["sort_name", "id"],
                name="enterprise_live_sort_name",
                condition=models.Q(live=True),
            ),
            models.Index(fields=["sort_name", "id"], name="enterprise_sort_name"),
            # Facet counts read only these narrow indexes, never the wide table.
            models.Index(
                fields=["country", "id"],
                name="enterprise_live_country",
                condition=models.Q(live=True),
            ),
            models.Index(fields=["id"], name="enterprise_live_id", condition=models.Q(live=True)),
            # The listed enterprises' ids, which a search narrowed by size, legal form or an
            # indicator joins to its search rows.
            models.Index(
                fields=["id"],
                name="enterprise_listed_id",
                condition=models.Q(live=True, archived_at__isnull=True),
            ),
            models.Index(
                fields=["size_band"], name="enterprise_live_size", condition=models.Q(live=True)
            ),
            models.Index(
                fields=["legal_form"],
                name="enterprise_live_legal_form",
                condition=models.Q(live=True),
            ),
            models.Index(
                fields=["-first_published_at"],
                name="enterprise_live_newest",
                condition=models.Q(live=True),
            ),
            models.Index(
                fields=["is_featured"], name="enterprise_featured", condition=models.Q(live=True)
            ),
        ]

    def __str__(self):
        # On one line whatever the name holds: Wagtail puts it in its e-mails' subjects.
        return " ".join(self.name.split())

    def save(self, *args, **kwargs):
        self.sort_name = sort_key(self.name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "sort_name"}
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.spark_programme == SparkProgramme.NONE and self.spark_year:
            errors["spark_year"] = _("Leave the year empty, or choose the Spark programme.")
        if self.spark_programme != SparkProgramme.NONE and not self.spark_year:
            errors["spark_year"] = _("Say in which year the enterprise took part.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        if errors:
            raise ValidationError(errors)

    def with_content_json(self, content):
        """A version of the content, with this listing's freshness as it stands now."""
        obj = super().with_content_json(content)
        for field in FRESHNESS_FIELDS:
            setattr(obj, field, getattr(self, field))
        return obj

    def serializable_data(self):
        # The search document is derived data: keep it out of revisions.
        data = super().serializable_data()
        data.pop("search_vector", None)
        data.pop("sort_name", None)
        for field in FRESHNESS_FIELDS:
            data.pop(field, None)
        return data

    # Public presentation ----------------------------------------------------------------

    def get_url(self, request=None):
        # directory.addresses imports these models, so it is imported when first needed.
        from directory.addresses import profile_url

        return profile_url(self.slug, request)

    @property
    def confirmation_label(self):
        """For editors: whether a public submitter has confirmed their e-mail address yet."""
        if self.origin != Origin.PUBLIC:
            return "—"
        if getattr(self, "awaiting_confirmation", False):
            return _("Awaiting confirmation")
        return _("Confirmed")

    @property
    def is_demo(self):
        return self.origin in (Origin.DEMO, Origin.SYNTHETIC)

    @property
    def city_name(self):
        return place_name(self.city, self.country.code if self.country else None)

    @property
    def region_name(self):
        return place_name(self.region, self.country.code if self.country else None)

    @property
    def social_links(self):
        links = [
            ("LinkedIn", self.linkedin_url),
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            (_("Other network"), self.other_social_url),
        ]
        return [(label, url) for label, url in links if url]

    # Preview -----------------------------------------------------------------------------

    def get_preview_template(self, request, mode_name):
        return "directory/enterprise_detail.html"

    def get_preview_context(self, request, mode_name):
        from directory.profile_context import profile_context

        return profile_context(request, self, preview=True)
