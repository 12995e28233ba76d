"""People registered for an event on its page: a seat, a place on the waiting list, or cancelled."""

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=Registration.ACTIVE)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        """The waiting list, first come first served."""
        return self.filter(status=Registration.Status.WAITING).order_by("created_at", "pk")

    def for_email(self, email):
        return self.filter(email__iexact=email.strip())


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    ACTIVE = (Status.CONFIRMED, Status.WAITING)

    # Always the event in the site's main language: its translations share its seats.
    event = models.ForeignKey(
        "home.EventPage",
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("event"),
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=200)
    audience = models.CharField(_("audience"), max_length=120, blank=True)
    # The audience's block id on the event page, the same in every translation of the page.
    audience_key = models.CharField(max_length=64, blank=True, editable=False)
    needs = models.TextField(_("access or dietary needs"), max_length=1000, blank=True)
    answer = models.TextField(_("answer to the question"), max_length=2000, blank=True)
    consent = models.BooleanField(_("consent"), default=False)
    language = models.CharField(_("language"), max_length=8)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, db_index=True)
    promoted_at = models.DateTimeField(
        _("moved up from the waiting list at"), null=True, blank=True
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=models.Q(status__in=["confirmed", "waiting"]),
                name="one_active_registration_per_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    @property
    def is_active(self):
        return self.status in self.ACTIVE

    @property
    def waiting_position(self):
        """1 for the first person waiting; None for anyone not waiting."""
        if self.status != self.Status.WAITING:
            return None
        earlier = Registration.objects.waiting().filter(event_id=self.event_id)
        earlier = earlier.filter(
            models.Q(created_at__lt=self.created_at)
            | models.Q(created_at=self.created_at, pk__lt=self.pk)
        )
        return earlier.count() + 1


class RegistrationTally(models.Model):
    """How many people registered for an event, by audience and status: what remains once the
    registrations' personal data is deleted after the event (home.registration.retention)."""

    event = models.ForeignKey(
        "home.EventPage",
        on_delete=models.CASCADE,
        related_name="registration_tallies",
        verbose_name=_("event"),
    )
    # The audience as the registrations stored it (their name of it, in the main language).
    audience = models.CharField(_("audience"), max_length=120, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Registration.Status.choices)
    count = models.PositiveIntegerField(_("number of registrations"))

    class Meta:
        verbose_name = _("registration count")
        verbose_name_plural = _("registration counts")
        ordering = ["event", "audience", "status"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "audience", "status"], name="one_tally_per_audience_and_status"
            )
        ]

    def __str__(self):
        return f"{self.audience or '-'}, {self.get_status_display()}: {self.count}"
