from django.core.management.base import BaseCommand

from directory.submissions import CLAIM_LIFETIME, purge_stale_claims, purge_unconfirmed
from directory.tokens import LINK_LIFETIME


class Command(BaseCommand):
    help = (
        "Delete new listings whose submitters never confirmed them before the confirmation link "
        "expired (7 days), with their logos and contact details, and ownership claims no editor "
        f"approved within {CLAIM_LIFETIME.days} days, with the claimants' details. Run it daily."
    )

    def handle(self, *args, **options):
        removed = purge_unconfirmed(LINK_LIFETIME)
        self.stdout.write(f"Deleted {removed} unconfirmed submission(s).")
        claims = purge_stale_claims()
        self.stdout.write(f"Deleted {claims} ownership claim(s) no editor approved.")
