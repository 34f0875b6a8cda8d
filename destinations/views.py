"""Patients' pages for destinations and partnerships: thin generic views."""

from urllib.parse import urlencode

from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from centers.models import CancerType, Center, TreatmentModality
from comparisons.tray import Tray
from destinations.coverage import country_coverage
from destinations.filtersets import (
    CountryFilterSet,
    FundingPathwayFilterSet,
    PartnershipFilterSet,
)
from destinations.models import Country, FundingPathway, Partnership, Region
from destinations.widgets import use_single_selects


class PatientListMixin:
    """Filter form with single selects, a 400 for bad filters, the compare tray.

    `tray_queryset` and `tray_lookups` name what the `compare` parameter holds;
    leave them unset on lists without a tray.
    """

    filter_fields = ()  # shown in the form; other parameters travel hidden
    tray_queryset = None
    tray_lookups = ("slug",)
    tray_kind = ""

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        use_single_selects(filterset.form)
        return filterset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_fields"] = self.filter_fields
        context["active_filter_count"] = sum(
            1
            for name in self.filter_fields
            if name != "ordering" and any(self.request.GET.getlist(name))
        )
        # Clearing the filters keeps the compare tray, which lives in the URL.
        compare = self.request.GET.get("compare")
        context["clear_filters_url"] = self.request.path + (
            f"?{urlencode({'compare': compare}, safe=',')}" if compare else ""
        )
        context["hidden_params"] = [
            (name, value)
            for name, values in self.request.GET.lists()
            if name not in self.filter_fields and name != "page"
            for value in values
        ]
        if self.tray_queryset is not None:
            context["tray"] = Tray.from_request(
                self.request, self.tray_queryset, self.tray_lookups, kind=self.tray_kind
            )
        return context

    def render_to_response(self, context, **kwargs):
        if self.filterset.is_bound and not self.filterset.is_valid():
            kwargs["status"] = 400
        return super().render_to_response(context, **kwargs)


def split_by_center_count(rows):
    """Split ways in into those that lead to centers and those that lead nowhere."""
    rows = list(rows)
    return (
        [row for row in rows if row.center_count],
        [row for row in rows if not row.center_count],
    )


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        modalities, modalities_unrecorded = split_by_center_count(
            TreatmentModality.objects.for_home()
        )
        cancer_types, cancer_types_unrecorded = split_by_center_count(
            CancerType.objects.for_home()
        )
        return super().get_context_data(
            counts=Center.objects.published().home_counts(),
            modalities=modalities,
            modalities_unrecorded=modalities_unrecorded,
            cancer_types=cancer_types,
            cancer_types_unrecorded=cancer_types_unrecorded,
            regions=[
                {**row, "label": Region(row["region"]).label}
                for row in Country.objects.published().for_region_counts()
            ],
            **kwargs,
        )


class CountryListView(PatientListMixin, FilterView):
    filterset_class = CountryFilterSet
    queryset = Country.objects.published().for_site_list()
    template_name = "destinations/country_list.html"
    paginate_by = 50
    filter_fields = (
        "q",
        "region",
        "modality",
        "cancer_type",
        "service",
        "language",
        "accreditation",
        "ordering",
    )
    tray_queryset = Country.objects.published().for_choices()
    tray_lookups = ("code", "slug")
    tray_kind = "countries"


class CountryDetailView(DetailView):
    template_name = "destinations/country_detail.html"

    def get_queryset(self):
        return Country.objects.visible_to(self.request.user).for_detail_page()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            coverage=country_coverage(self.object), **kwargs
        )


class PartnershipListView(PatientListMixin, FilterView):
    filterset_class = PartnershipFilterSet
    queryset = Partnership.objects.published().for_list()
    template_name = "destinations/partnership_list.html"
    paginate_by = 50
    filter_fields = ("q", "kind", "status", "country", "ordering")


class PartnershipDetailView(DetailView):
    template_name = "destinations/partnership_detail.html"

    def get_queryset(self):
        return Partnership.objects.visible_to(self.request.user).for_detail()


class FundingPathwayListView(PatientListMixin, FilterView):
    """Public routes that pay for care elsewhere, by where the patient is insured."""

    filterset_class = FundingPathwayFilterSet
    queryset = FundingPathway.objects.published().for_list()
    template_name = "destinations/fundingpathway_list.html"
    paginate_by = 50
    filter_fields = ("q", "ordering")
