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
