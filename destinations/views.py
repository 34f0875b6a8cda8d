"""Patients' pages for partnerships and funding routes: thin generic views.

Pages that show centers (home, countries, a partnership's parties) live in
`centers/views.py`.
"""

from django.utils.translation import gettext_lazy as _
from django_filters.views import FilterView

from curation.views import PatientListMixin
from destinations.filtersets import FundingPathwayFilterSet, PartnershipFilterSet
from destinations.models import FundingPathway, Partnership


class PartnershipListView(PatientListMixin, FilterView):
    filterset_class = PartnershipFilterSet
    queryset = Partnership.objects.published().for_list()
    facet_queryset = Partnership.objects.published()
    facet_empty_group = _("No partnership yet")
    template_name = "destinations/partnership_list.html"
    paginate_by = 50
    filter_fields = ("q", "kind", "status", "country", "ordering")


class FundingPathwayListView(PatientListMixin, FilterView):
    """Public routes that pay for care elsewhere, by where the patient is insured."""

    filterset_class = FundingPathwayFilterSet
    queryset = FundingPathway.objects.published().for_list()
    template_name = "destinations/fundingpathway_list.html"
    paginate_by = 50
    filter_fields = ("q", "ordering")
