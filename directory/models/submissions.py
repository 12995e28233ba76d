"""Who submitted or asked to change a listing, and where their request stands. Never published."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Submission(models.Model):
    class Kind(models.TextChoices):
        NEW = "new", _("New listing")
        UPDATE = "update", _("Update")
        REMOVAL = "removal", _("Removal request")
        # Someone asks to become the owner on record of a listing that has none; it counts as
        # the owner's once an editor approves it (claim_approved_at, confirmed_at).
        CLAIM = "claim", _("Ownership claim")

    enterprise = models.ForeignKey(
        "directory.Enterprise",
        verbose_name=_("enterprise"),
        on_delete=models.CASCADE,
        related_name="submissions",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.NEW)
    submitter_name = models.CharField(_("submitter's name"), max_length=120)
    submitter_role = models.CharField(_("submitter's role"), max_length=120, blank=True)
    submitter_email = models.EmailField(_("submitter's e-mail"), db_index=True)
    consented_at = models.DateTimeField(_("consented to the privacy notice at"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("e-mail confirmed"), null=True, blank=True)
    email_failed = models.BooleanField(
        _("confirmation e-mail failed"),
        default=False,
        help_text=_("The confirmation e-mail could not be sent; the submitter may ask again."),
    )
    removal_done_at = models.DateTimeField(_("removed at"), null=True, blank=True)
    claim_approved_at = models.DateTimeField(_("claim approved at"), null=True, blank=True)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the submitter used the site in; e-mails to them use it too."),
    )
    message = models.TextField(_("message from the submitter"), max_length=2000, blank=True)
    figures_unverified = models.JSONField(
        _("verified figures this update changed"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Their verification was removed; check them again before approving."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        indexes = [
            models.Index(fields=["confirmed_at", "created_at"], name="submission_confirmation")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.enterprise} ({self.submitter_email})"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None
