"""Patients' pages for centers and the particle-therapy landscape: thin views."""

from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from centers.filtersets import CenterFilterSet
from centers.hadron import landscape
from centers.models import Center, Offering
from destinations.views import PatientListMixin


class CenterListView(PatientListMixin, FilterView):
    filterset_class = CenterFilterSet
    queryset = Center.objects.published().for_list()
    template_name = "centers/center_list.html"
    paginate_by = 25
    filter_fields = (
        "q",
        "country",
        "region",
        "modality",
        "cancer_type",
        "service",
        "language",
        "intake_route",
        "accreditation",
        "clinical_trials",
        "tumor_board",
        "ordering",
    )
    tray_queryset = Center.objects.published().for_choices()
    tray_kind = "centers"


class CenterDetailView(DetailView):
    template_name = "centers/center_detail.html"

    def get_queryset(self):
        return Center.objects.visible_to(self.request.user).for_detail_page()


class HadronTherapyView(TemplateView):
    template_name = "centers/hadron_therapy.html"

    def get_context_data(self, **kwargs):
        offerings = Offering.objects.for_hadron_landscape()
        return super().get_context_data(landscape=landscape(offerings), **kwargs)
