from django.core.management.base import BaseCommand

from directory.freshness import check_freshness


class Command(BaseCommand):
    help = (
        "Archive listings nobody has confirmed for 24 months (they leave the directory's "
        "results; their profiles say so), and e-mail the owners of listings unconfirmed for a "
        "year whether their listing is still right, at most once a year each. Run it daily; "
        "running it again the same day changes nothing."
    )

    def handle(self, *args, **options):
        report = check_freshness()
        self.stdout.write(
            f"Archived {report.archived} listing(s); asked {report.asked} owner(s) to confirm "
            f"their listing ({report.failed} e-mail(s) failed); {report.without_owner} listing(s) "
            "due have no owner on record."
        )
