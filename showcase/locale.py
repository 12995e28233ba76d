"""Django's LocaleMiddleware, kept to the pages.

Only pages have a language in their address. Django sends any address it does not find to
the same address under the visitor's language (/admin/x -> /en/admin/x); outside the pages
(the admin, the API, documents, media, files) a missing address answers 404 where it is.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware


def unprefixed_paths():
    return (
        settings.WAGTAILADMIN_PATH_PREFIX,
        settings.API_PATH_PREFIX,
        "/documents/",
        "/language/",
        settings.MEDIA_URL,
        settings.STATIC_URL,
    )


class PageLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(unprefixed_paths()):
            return response
        return super().process_response(request, response)
