"""An import job's work, a batch at a time: first the dry run (each row checked and its plan
recorded, nothing written to the directory), then, once an editor confirms, the import (each
batch in one transaction, each row in a savepoint of its own)."""

import logging
import time
from itertools import islice

from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState

from directory.duplicates import website_domain
from directory.imports.files import column_count, records
from directory.imports.rows import (
    Vocabulary,
    built,
    by_website,
    free_slug,
    name_key,
    parse_row,
    suspected_duplicates,
    written_values,
)
from directory.models import Enterprise, ImportJob, ImportRow
from directory.moderation_mail import quiet_reviews
from directory.submissions import start_moderation

logger = logging.getLogger(__name__)

# A batch is up to BATCH_SIZE rows or BATCH_SECONDS of work, whichever comes first, so that no
# request takes long however slow the server or however many enterprises the directory holds.
BATCH_SIZE = 200
BATCH_SECONDS = 5.0
Plan, Outcome, Status = ImportRow.Plan, ImportRow.Outcome, ImportJob.Status


class RowFailed(Exception):
    pass


def figures_by_slug(job):
    """The figures file's rows by enterprise slug, each with its line; None without the file."""
    if not job.has_figures:
        return None
    grouped = {}
    for line, cells, _count in records(job.figures_content, job.figures_delimiter):
        if cells is not None:
            grouped.setdefault(cells["slug"].strip(), []).append((line, cells))
    return grouped


def _parse(cells, vocabulary, figures):
    slug = cells.get("slug", "").strip()
    return parse_row(cells, vocabulary, None if figures is None else figures.get(slug, []))


def run_step(job_pk, user):
    """Do the job's next batch, whichever stage it is in; returns the job as it then stands."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().get(pk=job_pk)
        if job.status == Status.CHECKING:
            _check_batch(job, user)
            return job
    if job.status == Status.IMPORTING:
        return _import_batch(job_pk, user)
    return job


# The dry run -------------------------------------------------------------------------------


class _Earlier:
    """What earlier rows of the file claimed: slugs, websites, names."""

    def __init__(self, job, cells_list):
        slugs = {cells.get("slug", "").strip() for cells in cells_list if cells} - {""}
        self.job = job
        self.slugs, self.domains, self.names = {}, {}, {}
        known = ImportRow.objects.filter(job=job).exclude(plan=Plan.REFUSED)
        keys = Q(slug__in=slugs)
        domains = {website_domain(cells.get("website", "")) for cells in cells_list if cells}
        keys |= Q(website_domain__in=domains - {""})
        for row in known.filter(keys).order_by("line"):
            self.remember(row)
        self.name_rows = known

    def remember(self, row):
        if row.slug:
            self.slugs.setdefault(row.slug, row.line)
        if row.website_domain:
            self.domains.setdefault(row.website_domain, row.line)
        if row.name_key:
            self.names.setdefault(row.name_key, row.line)

    def slug_taken(self, slug):
        return slug in self.slugs or self.name_rows.filter(slug=slug).exists()

    def same_name(self, key):
        if not key:
            return None
        if key not in self.names:
            earlier = self.name_rows.filter(name_key=key).order_by("line").first()
            if earlier is None:
                return None
            self.names[key] = earlier.line
        return self.names[key]


def _check_batch(job, user):
    vocabulary = Vocabulary()
    figures = figures_by_slug(job)
    batch = list(
        islice(records(job.content, job.delimiter), job.position, job.position + BATCH_SIZE)
    )
    earlier = _Earlier(job, [cells for _line, cells, _count in batch])
    context = {
        "vocabulary": vocabulary,
        "figures": figures,
        "earlier": earlier,
        "can_change": user.has_perm("directory.change_enterprise"),
        "user": user,
        "columns": column_count(job.content, job.delimiter),
    }
    rows, started = [], time.monotonic()
    for line, cells, count in batch:
        if rows and time.monotonic() - started > BATCH_SECONDS:
            break
        row = _checked_row(job, line, cells, count, context)
        if row.plan != Plan.REFUSED:
            earlier.remember(row)
        rows.append(row)
    ImportRow.objects.bulk_create(rows)
    job.position += len(rows)
    if job.position >= job.total or not batch:
        job.status = Status.CHECKED
        job.position = 0
    job.save(update_fields=["position", "status"])


def _checked_row(job, line, cells, count, context):
    row = ImportRow(job=job, line=line)
    if cells is None:
        row.plan = Plan.REFUSED
        row.reason = _("the row has %(count)s cells where the header has %(columns)s") % {
            "count": count,
            "columns": context["columns"],
        }
        return row
    parsed = _parse(cells, context["vocabulary"], context["figures"])
    row.name = parsed.name[:300]
    slug = parsed.values.get("slug", "")
    domain, same_site = by_website(parsed.values.get("website", ""))
    row.website_domain = domain
    earlier = context["earlier"]
    target = Enterprise.objects.filter(slug=slug).first() if slug else None
    row.matched_by = "slug" if target else ""
    if target is None and len(same_site) == 1:
        # Read whole: the match was looked up with only a few of its fields.
        target = Enterprise.objects.get(pk=same_site[0].pk)
        row.matched_by = "website"
    if target is not None:
        return _update_plan(row, target, parsed, context)
    if slug and slug in earlier.slugs:
        return _refuse(row, [_("the slug is on line %(line)s too") % {"line": earlier.slugs[slug]}])
    row.slug = slug or free_slug(parsed.name, earlier.slug_taken)
    draft, errors = built(parsed, slug=row.slug)
    if errors:
        return _refuse(row, errors)
    country = draft.country.code if draft.country else ""
    row.name_key = name_key(draft.name, country)[:300]
    row.plan = Plan.CREATE
    if len(same_site) > 1:
        row.plan = Plan.DUPLICATE
        row.reason = _("the website is that of %(names)s") % {
            "names": ", ".join(f"“{item.slug}”" for item in same_site)
        }
    elif domain and domain in earlier.domains:
        row.plan = Plan.DUPLICATE
        row.reason = _("the same website as line %(line)s") % {"line": earlier.domains[domain]}
    elif earlier.same_name(row.name_key):
        row.plan = Plan.DUPLICATE
        row.reason = _("the same name and country as line %(line)s") % {
            "line": earlier.same_name(row.name_key)
        }
    else:
        matches = suspected_duplicates(draft.name, country, draft.website)
        if matches:
            row.plan = Plan.DUPLICATE
            row.reason = _("may be the same enterprise as %(names)s") % {
                "names": ", ".join(f"“{match.name}” ({match.slug})" for match in matches[:3])
            }
    return row


def _refuse(row, errors):
    row.plan = Plan.REFUSED
    row.reason = "; ".join(str(error) for error in errors)
    return row


def _update_plan(row, target, parsed, context):
    row.enterprise, row.slug = target, target.slug
    earlier = context["earlier"]
    if target.slug in earlier.slugs:
        return _refuse(
            row,
            [_("line %(line)s updates the same enterprise") % {"line": earlier.slugs[target.slug]}],
        )
    if not context["can_change"]:
        return _refuse(
            row, [_("it matches “%(name)s”, which you may not change") % {"name": target.name}]
        )
    if target.locked and target.locked_by_id != context["user"].pk:
        return _refuse(row, [_("“%(name)s” is locked by another editor") % {"name": target.name}])
    live = _live_values(target, parsed)
    draft, errors = built(parsed, enterprise=target)
    if errors:
        return _refuse(row, errors)
    row.plan = Plan.UNCHANGED if live == written_values(draft, parsed) else Plan.UPDATE
    return row


def _live_values(enterprise, parsed):
    """What the row would write, as the live enterprise holds it now; None when it is not live.
    Read before built(), which may apply the row to this very object."""
    return written_values(enterprise, parsed) if enterprise.live else None


# The import --------------------------------------------------------------------------------


def _import_batch(job_pk, user):
    job = ImportJob.objects.get(pk=job_pk)
    batch = list(job.rows.order_by("line")[job.position : job.position + BATCH_SIZE])
    lines = {row.line for row in batch}
    cells_by_line = {
        line: cells for line, cells, _count in records(job.content, job.delimiter) if line in lines
    }
    vocabulary, figures = Vocabulary(), figures_by_slug(job)
    attempted, started = [], time.monotonic()
    try:
        with transaction.atomic(), quiet_reviews():
            job = ImportJob.objects.select_for_update().get(pk=job_pk)
            if job.status != Status.IMPORTING or job.rows.order_by("line")[
                job.position : job.position + 1
            ].first() != (batch[0] if batch else None):
                return job  # another request did this batch meanwhile
            for row in batch:
                if attempted and time.monotonic() - started > BATCH_SECONDS:
                    break
                attempted.append(row)
                _import_row(job, row, cells_by_line.get(row.line), vocabulary, figures, user)
            ImportRow.objects.bulk_update(attempted, ["outcome", "error", "enterprise"])
            _advance(job, len(attempted))
    except DatabaseError:
        # Everything this batch wrote is rolled back; its rows are reported, the next go on.
        logger.exception("Import %s: the batch from line %s failed", job_pk, batch[0].line)
        with transaction.atomic():
            job = ImportJob.objects.select_for_update().get(pk=job_pk)
            message = _("the batch of lines %(first)s to %(last)s could not be saved") % {
                "first": attempted[0].line,
                "last": attempted[-1].line,
            }
            for row in attempted:
                if row.outcome in (Outcome.CREATED, Outcome.UPDATED, ""):
                    row.outcome, row.error = Outcome.FAILED, message
            ImportRow.objects.bulk_update(attempted, ["outcome", "error"])
            _advance(job, len(attempted))
    return job


def _advance(job, count):
    job.position += count
    if job.position >= job.rows.count():
        job.status = Status.DONE
        job.finished_at = timezone.now()
    job.save(update_fields=["position", "status", "finished_at"])


def _import_row(job, row, cells, vocabulary, figures, user):
    if row.plan == Plan.UNCHANGED:
        row.outcome = Outcome.UNCHANGED  # no revision, no review: there is nothing to look at
        return
    wanted = row.plan in (Plan.CREATE, Plan.UPDATE) or (
        row.plan == Plan.DUPLICATE and job.include_duplicates
    )
    if not wanted or cells is None:
        row.outcome = Outcome.SKIPPED
        return
    try:
        with transaction.atomic():
            enterprise, outcome = _write(job, row, _parse(cells, vocabulary, figures), user)
    except RowFailed as error:
        row.outcome, row.error = Outcome.FAILED, str(error)
        return
    except DatabaseError as error:
        row.outcome = Outcome.FAILED
        row.error = _("the database refused it: %(error)s") % {"error": error}
        return
    row.enterprise, row.outcome = enterprise, outcome


def _write(job, row, parsed, user):
    """The enterprise the row made or updated, and the outcome to report."""
    live = None
    if row.plan == Plan.UPDATE:
        if row.enterprise_id is None:
            raise RowFailed(_("the enterprise was deleted after the dry run"))
        enterprise = Enterprise.objects.select_for_update().get(pk=row.enterprise_id)
        live = _live_values(enterprise, parsed)
        draft, errors = built(parsed, enterprise=enterprise)
    else:
        if Enterprise.objects.filter(slug=row.slug).exists():
            raise RowFailed(
                _("the slug “%(slug)s” was taken after the dry run") % {"slug": row.slug}
            )
        draft, errors = built(parsed, slug=row.slug)
    if errors:
        raise RowFailed("; ".join(str(error) for error in errors))
    if live is not None and live == written_values(draft, parsed):
        # Someone made the same change since the dry run.
        return enterprise, Outcome.UNCHANGED
    if row.plan != Plan.UPDATE:
        draft.save()
    revision = draft.save_revision(user=user, log_action=True)
    if job.publish:
        for state in WorkflowState.objects.for_instance(draft).filter(
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES]
        ):
            state.cancel(user=user)
        revision.publish(user=user)
    else:
        start_moderation(draft, user=user)
    return draft, Outcome.UPDATED if row.plan == Plan.UPDATE else Outcome.CREATED
