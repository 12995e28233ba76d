"""The "Verified impact" mark: an editor has verified at least one of the enterprise's impact
figures in the last two years.

One rule read two ways: in SQL for result cards (an annotation, so a page of cards costs no extra
query) and in Python for a profile, whose figures are already fetched (and, in an editor's
preview, not yet saved).
"""

from django.db.models import Exists, OuterRef
from django.utils import timezone

from directory.models.impact import ImpactFigure

MARK_YEARS = 2


def mark_since(today=None):
    """The earliest verification date that still earns the mark: two years before today."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year - MARK_YEARS)
    except ValueError:  # 29 February, in a year that has none
        return today.replace(year=today.year - MARK_YEARS, day=28)


def verified_recently(figures, today=None):
    """Whether any of these impact figures was verified recently enough for the mark."""
    since = mark_since(today)
    return any(
        figure.verified and figure.verified_on is not None and figure.verified_on >= since
        for figure in figures
    )


def verified_recently_expression(today=None):
    """True for an enterprise row with a figure verified recently enough for the mark."""
    return Exists(
        ImpactFigure.objects.filter(
            enterprise=OuterRef("pk"), verified=True, verified_on__gte=mark_since(today)
        )
    )
