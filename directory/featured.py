"""Which featured enterprises the home page shows: the most recently published few."""

from django.utils.translation import gettext as _

from directory.models import Enterprise

FEATURED_COUNT = 6


def featured_for_home():
    return Enterprise.objects.listed().featured().order_by("-last_published_at", "pk")


def featured_help_text():
    """Tell the editor ticking "featured" which listings the home page shows now."""
    featured = featured_for_home()
    total = featured.count()
    shown = ", ".join(featured.values_list("name", flat=True)[:FEATURED_COUNT])
    if total > FEATURED_COUNT:
        return _(
            "The home page shows %(shown_count)s of the %(total)s featured enterprises, the most "
            "recently published: %(names)s. Publishing a featured listing puts it first."
        ) % {"shown_count": FEATURED_COUNT, "total": total, "names": shown}
    if total:
        return _("Show on the home page (%(places)s places). Featured now: %(names)s.") % {
            "places": FEATURED_COUNT,
            "names": shown,
        }
    return _("Show on the home page (%(places)s places).") % {"places": FEATURED_COUNT}
