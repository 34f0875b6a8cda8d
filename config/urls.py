"""The site's URLs: the patients' pages, the staff admin and the partner API."""

from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView

from centers.urls import destination_urlpatterns
from config.health import healthz, readyz
from config.sitemaps import SITEMAPS
from destinations.urls import urlpatterns as destination_pages_without_centers

urlpatterns = [
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/", include("config.api")),
    # One namespace for the destination pages, whichever app renders them.
    path(
        "",
        include(
            (
                destination_urlpatterns + destination_pages_without_centers,
                "destinations",
            )
        ),
    ),
    path("", include("centers.urls")),
    path("", include("comparisons.urls")),
]

handler404 = "config.errors.page_not_found"
handler500 = "config.errors.server_error"
