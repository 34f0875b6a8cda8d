"""Patients' pages for centers: thin generic views."""

from django.views.generic import DetailView
from django_filters.views import FilterView

from centers.filtersets import CenterFilterSet
from centers.models import Center


class CenterListView(FilterView):
    filterset_class = CenterFilterSet
    queryset = Center.objects.published().for_list()
    template_name = "centers/center_list.html"
    paginate_by = 25


class CenterDetailView(DetailView):
    queryset = Center.objects.published().for_detail()
    template_name = "centers/center_detail.html"
