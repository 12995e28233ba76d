"""Pages not yet translated are read in their original language at the visitor's address."""

from django.http import Http404
from wagtail.models import Locale


class LanguageFallbackMixin:
    """Routes /nl/stories/x/ to the original story when no Dutch translation is live.

    A parent in the visitor's language that lacks the child asks its original (the default
    language's) page instead, so every page answers at every language prefix; templates show a
    notice and the content's `lang` when the page is not in the visitor's language.
    """

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            original = self._original_translation() if path_components else None
            if original is None:
                raise
            return original.route(request, path_components)

    def _original_translation(self):
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return None
        original = self.get_translation_or_none(default)
        return original.specific if original is not None and original.live else None
