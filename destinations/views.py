"""Patients' pages for destinations and partnerships: thin generic views."""

from django.views.generic import DetailView
from django_filters.views import FilterView

from destinations.filtersets import CountryFilterSet, PartnershipFilterSet
from destinations.models import Country, Partnership


class CountryListView(FilterView):
    filterset_class = CountryFilterSet
    queryset = Country.objects.published().for_list()
    template_name = "destinations/country_list.html"
    paginate_by = 50


class CountryDetailView(DetailView):
    queryset = Country.objects.published().for_detail()
    template_name = "destinations/country_detail.html"


class PartnershipListView(FilterView):
    filterset_class = PartnershipFilterSet
    queryset = Partnership.objects.published().for_list()
    template_name = "destinations/partnership_list.html"
    paginate_by = 50


class PartnershipDetailView(DetailView):
    queryset = Partnership.objects.published().for_detail()
    template_name = "destinations/partnership_detail.html"
