from django.core.management.base import BaseCommand

from directory.logos import hide_waiting_logos


class Command(BaseCommand):
    help = (
        "Once, after upgrading from a version that stored logos sent by the public in public "
        "storage: move those still waiting for an editor into private storage. Safe to run again."
    )

    def handle(self, *args, **options):
        hidden = hide_waiting_logos()
        self.stdout.write(f"Moved {hidden} waiting logo(s) into private storage.")
