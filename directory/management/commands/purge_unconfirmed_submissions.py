from django.core.management.base import BaseCommand

from directory.submissions import purge_unconfirmed
from directory.tokens import LINK_LIFETIME


class Command(BaseCommand):
    help = (
        "Delete new listings whose submitters never confirmed them before the confirmation link "
        "expired (7 days), with their logos and contact details. Run it daily."
    )

    def handle(self, *args, **options):
        removed = purge_unconfirmed(LINK_LIFETIME)
        self.stdout.write(f"Deleted {removed} unconfirmed submission(s).")
