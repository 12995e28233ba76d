from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from home.registration.retention import purge_past_registrations, retention_days


class Command(BaseCommand):
    @property
    def help(self):
        return (
            "Delete the registrations (names, e-mail addresses, organisations, audiences, needs, "
            f"answers) of events that ended more than {settings.REGISTRATION_RETENTION_DAYS} "
            "days ago (REGISTRATION_RETENTION_DAYS), with the admin's log entries about them, "
            "keeping only how many there were per audience and status. Run it daily."
        )

    def handle(self, *args, **options):
        try:
            days = retention_days()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        events, removed = purge_past_registrations()
        self.stdout.write(
            f"Deleted {removed} registration(s) of {events} event(s) that ended more than "
            f"{days} days ago; their counts per audience and status are kept."
        )
