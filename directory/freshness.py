"""How current each listing is: confirmed by its owner or an editor, asked about once a year,
marked as possibly out of date, and archived when nobody has confirmed it for too long.

A listing's clock is `last_confirmed_at`. An owner's confirmation, an editor's publication
(which approving an owner's update is) and an editor's review or restore all set it to now.
"""

import calendar
import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from directory.models import Enterprise
from directory.search import relist_enterprises
from showcase.page_cache import invalidate

logger = logging.getLogger(__name__)

# In months since the listing was last confirmed.
ASK_AFTER = 12
OUT_OF_DATE_AFTER = 18
ARCHIVE_AFTER = 24


def months_before(moment, months):
    """The same day and time `months` calendar months earlier (the month's last day at most)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def out_of_date_since(now=None):
    """Listings last confirmed at or before this moment may be out of date."""
    return months_before(now or timezone.now(), OUT_OF_DATE_AFTER)


def is_out_of_date(enterprise, now=None):
    """Whether the profile says it may be out of date: unconfirmed for 18 months."""
    confirmed = enterprise.last_confirmed_at
    return confirmed is not None and confirmed <= out_of_date_since(now)


def confirm(enterprise, now=None):
    """Someone who may vouch for the listing says it is right: the owner, or an editor. An
    archived listing comes back into the directory."""
    now = now or timezone.now()
    Enterprise.objects.filter(pk=enterprise.pk).update(last_confirmed_at=now, archived_at=None)
    enterprise.last_confirmed_at, enterprise.archived_at = now, None
    relist_enterprises([enterprise.pk])
    # The profile's date and notices change, and an archived listing is back in the results.
    invalidate()
    return now


def due_for_asking(now=None):
    """Live listings unconfirmed for a year whose owner was not asked within the last year."""
    year_ago = months_before(now or timezone.now(), ASK_AFTER)
    return (
        Enterprise.objects.live()
        .filter(last_confirmed_at__lte=year_ago)
        .exclude(confirmation_requested_at__gt=year_ago)
        .order_by("pk")
    )


def due_for_archiving(now=None):
    cutoff = months_before(now or timezone.now(), ARCHIVE_AFTER)
    return Enterprise.objects.listed().filter(last_confirmed_at__lte=cutoff).order_by("pk")


@dataclass
class FreshnessReport:
    archived: int = 0
    asked: int = 0
    without_owner: int = 0
    failed: int = 0


def archive_stale(now=None):
    now = now or timezone.now()
    ids = list(due_for_archiving(now).values_list("pk", flat=True))
    archived = due_for_archiving(now).filter(pk__in=ids).update(archived_at=now)
    if archived:
        relist_enterprises(ids)
        invalidate()
    return archived


def ask_owners(now=None, report=None):
    """E-mail each owner due for it "Is this still right?", once a year.

    The sending is noted before the e-mail goes, in its own transaction per listing: a run that
    is stopped half-way, or runs twice, asks no owner twice. An e-mail that fails is logged and
    not retried until next year; the listing still shows its age.
    """
    # Imported here: the e-mails build on the submissions, which build on these models.
    from directory.emails import send_still_right
    from directory.submissions import contact_for

    now = now or timezone.now()
    report = report or FreshnessReport()
    year_ago = months_before(now, ASK_AFTER)
    for enterprise in due_for_asking(now):
        contact = contact_for(enterprise)
        if contact is None:
            # Editors' listings have no owner to ask: editors keep them current.
            report.without_owner += 1
            continue
        with transaction.atomic():
            claimed = (
                Enterprise.objects.filter(pk=enterprise.pk)
                .exclude(confirmation_requested_at__gt=year_ago)
                .update(confirmation_requested_at=now)
            )
        if not claimed:
            continue  # Another run got there first.
        if send_still_right(enterprise, contact):
            report.asked += 1
        else:
            report.failed += 1
    return report


def check_freshness(now=None):
    """The daily run: archive what went unconfirmed too long, then ask owners who are due (an
    archived listing's owner learns it has been archived, and how to bring it back)."""
    now = now or timezone.now()
    report = FreshnessReport()
    report.archived = archive_stale(now)
    ask_owners(now, report)
    return report
