from django.urls import path

from comparisons import views

app_name = "comparisons"

urlpatterns = [
    path(
        "compare/",
        views.ComparisonPageView.as_view(kind="countries"),
        name="compare-countries",
    ),
    path(
        "compare/centers/",
        views.ComparisonPageView.as_view(kind="centers"),
        name="compare-centers",
    ),
]
