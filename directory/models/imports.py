"""Bulk imports: the file an editor uploaded, kept between the dry run and the import, and what
happened to each of its rows."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportJob(models.Model):
    """One upload: checked row by row (the dry run), then, once confirmed, imported in batches."""

    class Status(models.TextChoices):
        CHECKING = "checking", _("Checking the rows")
        CHECKED = "checked", _("Checked: waiting for confirmation")
        IMPORTING = "importing", _("Importing")
        DONE = "done", _("Imported")

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    file_name = models.CharField(_("file"), max_length=255)
    # The files as text, decoded once at upload: the batches read them again from here.
    content = models.TextField()
    figures_file_name = models.CharField(_("impact figures file"), max_length=255, blank=True)
    figures_content = models.TextField(blank=True)
    has_figures = models.BooleanField(default=False)
    delimiter = models.CharField(max_length=1, default=",")
    figures_delimiter = models.CharField(max_length=1, default=",")
    total = models.PositiveIntegerField(_("rows"), default=0)
    # Rows before this one (numbered from 0) are done in the current stage.
    position = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=12, choices=Status, default=Status.CHECKING)
    publish = models.BooleanField(_("publish directly"), default=False)
    include_duplicates = models.BooleanField(_("import suspected duplicates"), default=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("enterprise import")
        verbose_name_plural = _("enterprise imports")

    def __str__(self):
        return self.file_name

    @property
    def is_running(self):
        return self.status in (self.Status.CHECKING, self.Status.IMPORTING)


class ImportRow(models.Model):
    """A row of the file: what the dry run found, and what the import then did."""

    class Plan(models.TextChoices):
        CREATE = "create", _("Created")
        UPDATE = "update", _("Updated")
        # Matches an enterprise whose live values the row repeats: nothing to write.
        UNCHANGED = "unchanged", _("Unchanged")
        DUPLICATE = "duplicate", _("Duplicate suspected")
        REFUSED = "refused", _("Refused")

    class Outcome(models.TextChoices):
        CREATED = "created", _("Created")
        UPDATED = "updated", _("Updated")
        UNCHANGED = "unchanged", _("Unchanged")
        SKIPPED = "skipped", _("Skipped")
        FAILED = "failed", _("Failed")

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="rows")
    # The row's line in the file as a spreadsheet numbers it: the header is line 1.
    line = models.PositiveIntegerField()
    name = models.CharField(max_length=300, blank=True)
    slug = models.CharField(max_length=160, blank=True)
    # Keys that find a row repeated further down the file.
    website_domain = models.CharField(max_length=300, blank=True)
    name_key = models.CharField(max_length=300, blank=True)
    plan = models.CharField(max_length=12, choices=Plan)
    matched_by = models.CharField(max_length=10, blank=True)
    enterprise = models.ForeignKey(
        "directory.Enterprise", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["line"]
        constraints = [models.UniqueConstraint(fields=["job", "line"], name="import_row_line")]
        indexes = [models.Index(fields=["job", "slug"], name="import_row_slug")]

    def __str__(self):
        return f"{self.job} #{self.line}"
