from django.apps import AppConfig
from django.db.backends.signals import connection_created
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
