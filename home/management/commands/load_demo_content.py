from django.core.management.base import BaseCommand

from home.demo.loader import DemoContentLoader


class Command(BaseCommand):
    help = (
        "Build the page tree and the launch content. Safe to run again: adds only what is missing."
    )

    def handle(self, *args, **options):
        DemoContentLoader(log=self.stdout.write).run()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
