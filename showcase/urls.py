import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from directory.sitemaps import EnterpriseSitemap
from home import languages
from home import views as home_views
from home.sitemaps import PageSitemap
from showcase.api import api
from showcase.health import healthz

SITEMAPS = {"pages": PageSitemap, "enterprises": EnterpriseSitemap}

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    # Outside the language prefixes: the API answers in its data's own (English) form.
    path(f"{settings.API_PATH_PREFIX.strip('/')}/v{api.version}/", api.urls),
    path("language/<str:code>/", languages.choose_language, name="choose_language"),
    path("sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]

if settings.BENCHMARK_MODE:
    from showcase.benchmark_views import ceiling

    urlpatterns.append(path("__benchmark__/ceiling/", ceiling))

if settings.SERVE_MEDIA:
    from showcase.media import serve_media

    # One server without object storage: the site serves its uploaded images itself.
    urlpatterns.append(
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", serve_media)
    )

# Every page's address starts with its language (/en/, /nl/, /fr/); "/" and addresses without
# one redirect to the visitor's language: the one they chose, else their browser's.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("open-data/", home_views.open_data, name="open_data"),
    path("", include(wagtail_urls)),
    # Wagtail's own pattern takes words and hyphens only. Pages' routes also answer addresses
    # holding a signed link from an e-mail (letters, ":" and ".") and downloads named like files.
    re_path(r"^((?:[\w.:\-]+/)*)$", wagtail_views.serve),
    re_path(r"^((?:[\w\-]+/)+[\w\-]+\.[a-z]+)$", wagtail_views.serve),
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
