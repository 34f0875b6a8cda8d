"""URLs of the destination pages that show no centers.

`config/urls.py` joins them with `centers.urls.destination_urlpatterns` (home,
countries, a partnership's page) under the one `destinations` namespace.
"""

from django.urls import path

from destinations import views

urlpatterns = [
    path("partnerships/", views.PartnershipListView.as_view(), name="partnership-list"),
    path(
        "paying-for-treatment/",
        views.FundingPathwayListView.as_view(),
        name="funding-list",
    ),
]
