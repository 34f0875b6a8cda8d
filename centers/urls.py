from django.urls import path

from centers import views

app_name = "centers"

urlpatterns = [
    path("centers/", views.CenterListView.as_view(), name="center-list"),
    path(
        "centers/<slug:slug>/", views.CenterDetailView.as_view(), name="center-detail"
    ),
    path("hadron-therapy/", views.HadronTherapyView.as_view(), name="hadron-therapy"),
]

# Destination pages that roll centers up; named in the `destinations` namespace
# by `config/urls.py`, beside `destinations.urls`.
destination_urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("destinations/", views.CountryListView.as_view(), name="country-list"),
    path(
        "destinations/<slug:slug>/",
        views.CountryDetailView.as_view(),
        name="country-detail",
    ),
    path(
        "partnerships/<slug:slug>/",
        views.PartnershipDetailView.as_view(),
        name="partnership-detail",
    ),
]
