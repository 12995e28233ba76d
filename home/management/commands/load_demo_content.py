from django.core.management.base import BaseCommand

from directory.demo.loader import DirectoryDemoLoader
from home.demo.loader import DemoContentLoader


class Command(BaseCommand):
    help = (
        "Build the page tree and the launch content. Safe to run again: adds only what is missing."
    )

    def handle(self, *args, **options):
        home = DemoContentLoader(log=self.stdout.write).run()
        DirectoryDemoLoader(log=self.stdout.write).run(home)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
