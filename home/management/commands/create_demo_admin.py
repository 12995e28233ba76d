from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "spark-demo-admin"  # noqa: S105 - a documented local-only login


class Command(BaseCommand):
    help = "Create the local demo administrator and print its login (development only)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Create it outside the local demo."
        )

    def handle(self, *args, **options):
        if not (settings.DEBUG or settings.LOCAL_DEMO) and not options["force"]:
            raise CommandError(
                "Refusing to create a demo administrator with a published password outside the "
                "local demo. Use `manage.py createsuperuser` on a real deployment."
            )
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        users = get_user_model().objects
        if users.filter(username=DEMO_USERNAME).exists():
            self.stdout.write(
                f"The demo administrator '{DEMO_USERNAME}' already exists; sign in at {admin_url}"
            )
            return
        users.create_superuser(DEMO_USERNAME, "editor@spark-social-enterprise.eu", DEMO_PASSWORD)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo administrator created. Sign in at {admin_url} "
                f"with user '{DEMO_USERNAME}' and password '{DEMO_PASSWORD}'."
            )
        )
