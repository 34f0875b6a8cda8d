from django.urls import path

from destinations import views

app_name = "destinations"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("destinations/", views.CountryListView.as_view(), name="country-list"),
    path(
        "destinations/<slug:slug>/",
        views.CountryDetailView.as_view(),
        name="country-detail",
    ),
    path("partnerships/", views.PartnershipListView.as_view(), name="partnership-list"),
    path(
        "paying-for-treatment/",
        views.FundingPathwayListView.as_view(),
        name="funding-list",
    ),
    path(
        "partnerships/<slug:slug>/",
        views.PartnershipDetailView.as_view(),
        name="partnership-detail",
    ),
]
