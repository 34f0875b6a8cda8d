"""The site's URLs: the patients' pages, the staff admin and the partner API."""

from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

urlpatterns = [
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
    path("admin/", admin.site.urls),
    path("api/", include("config.api")),
    path("", include("destinations.urls")),
    path("", include("centers.urls")),
    path("", include("comparisons.urls")),
]
