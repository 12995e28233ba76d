from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Enterprise directory")

    def ready(self):
        from directory import moderation_mail, signals  # noqa: F401

        moderation_mail.connect()
