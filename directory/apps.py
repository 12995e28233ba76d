from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Enterprise directory")

    def ready(self):
        from directory import moderation_mail, signals  # noqa: F401
        from directory.search.sqlite import add_functions
        from showcase import tasks

        moderation_mail.connect()
        tasks.connect()
        connection_created.connect(add_functions, dispatch_uid="directory-sqlite-functions")
        post_migrate.connect(forget_unlisted, sender=self, dispatch_uid="directory-forget")


def forget_unlisted(using, **kwargs):
    """After a migration or a flush (which empties the enterprises' table without a signal per
    enterprise), search forgets the enterprises that are gone."""
    from directory.search import get_backend

    get_backend().forget_unlisted()
