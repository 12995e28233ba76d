"""Compiles the site's message catalogues (.po) into the files gettext reads (.mo).

Django's own compilemessages needs GNU gettext installed; polib (which wagtail-localize
brings) does the same in Python, so `make run` needs nothing but Python.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def catalogues():
    for folder in settings.LOCALE_PATHS:
        yield from sorted(Path(folder).glob("*/LC_MESSAGES/*.po"))


def compile_stale():
    """Compile each catalogue whose .mo is missing or older; returns the catalogues compiled."""
    compiled = []
    for po in catalogues():
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            polib.pofile(str(po)).save_as_mofile(str(mo))
            compiled.append(po)
    return compiled


class Command(BaseCommand):
    help = "Compile the translation catalogues that changed since they were last compiled."

    def handle(self, *args, **options):
        for po in compile_stale():
            self.stdout.write(f"Compiled {po}")
