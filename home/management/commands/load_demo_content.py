from django.core.management.base import BaseCommand

from directory.demo.loader import DirectoryDemoLoader
from home.demo.loader import DemoContentLoader
from home.demo.translations import DemoTranslator


class Command(BaseCommand):
    help = (
        "Build the page tree and the launch content. Safe to run again: adds only what is missing."
    )

    def handle(self, *args, **options):
        loader = DemoContentLoader(log=self.stdout.write)
        home = loader.run()
        DirectoryDemoLoader(log=self.stdout.write).run(home)
        loader.link_stories()
        DemoTranslator(log=self.stdout.write).run()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
