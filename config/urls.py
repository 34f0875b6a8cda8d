"""The site's URLs: the patients' pages, the staff admin and the partner API."""

from django.contrib import admin
from django.urls import path

urlpatterns = [
    path("admin/", admin.site.urls),
]
