"""The site's URLs: the patients' pages, the staff admin and the partner API."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("config.api")),
    path("", include("destinations.urls")),
    path("", include("centers.urls")),
    path("", include("comparisons.urls")),
]
