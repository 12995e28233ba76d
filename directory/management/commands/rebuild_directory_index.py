from django.core.management.base import BaseCommand

from directory.search import index_enterprises


class Command(BaseCommand):
    help = (
        "Rebuild the directory's full-text search documents for every enterprise, e.g. after "
        "restoring a backup or editing rows outside the site."
    )

    def handle(self, *args, **options):
        index_enterprises(None)
        self.stdout.write(self.style.SUCCESS("Directory search index rebuilt."))
