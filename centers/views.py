"""Patients' pages for centers, the particle-therapy landscape, and the pages
that roll centers up: home, destinations, a country, a partnership's parties.
"""

from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from centers import rollups
from centers.coverage import country_coverage, fact_coverage
from centers.facts import center_facts
from centers.filtersets import CenterFilterSet, CountryFilterSet
from centers.hadron import landscape
from centers.models import CancerType, Center, Offering, TreatmentModality
from centers.pricing import cost_sections
from curation.forms import CurrencyForm
from curation.models import ExchangeRate, PublicationStatus
from curation.views import PatientListMixin
from destinations.models import Country, Region


class CenterListView(PatientListMixin, FilterView):
    filterset_class = CenterFilterSet
    queryset = Center.objects.published().for_list()
    facet_queryset = Center.objects.published()
    facet_empty_group = _("No sourced center yet")
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

    def get_context_data(self, **kwargs):
        # Over the filtered results, before paging: what these centers answer.
        matching = Center.objects.filter(pk__in=self.object_list.values("pk"))
        return super().get_context_data(coverage=fact_coverage(matching), **kwargs)


class CostFiguresMixin:
    """Give a detail page its cost figures, prices converted to `?currency=`.

    The rates are read (one query) only when the page has a price to convert or
    the URL names a currency; a currency the rates do not list is answered
    with the page, the picker saying what is wrong, and status 400.
    """

    def cost_context(self, estimates):
        estimates = list(estimates)
        asked = self.request.GET.get("currency", "")
        wanted = asked or any(estimate.is_price for estimate in estimates)
        rates = ExchangeRate.objects.table() if wanted else None
        form = CurrencyForm(self.request.GET, rates=rates)
        costs = cost_sections(estimates, rates=rates, currency=form.chosen)
        return {"costs": costs, "currency_form": form}

    def render_to_response(self, context, **kwargs):
        if context["currency_form"].errors:
            kwargs.setdefault("status", 400)
        return super().render_to_response(context, **kwargs)


class CenterDetailView(CostFiguresMixin, DetailView):
    template_name = "centers/center_detail.html"

    def get_queryset(self):
        return Center.objects.visible_to(self.request.user).for_detail_page()

    def get_context_data(self, **kwargs):
        costs = self.cost_context(self.object.cost_estimates.all())
        return super().get_context_data(
            facts=center_facts(self.object), **costs, **kwargs
        )


class HadronTherapyView(TemplateView):
    template_name = "centers/hadron_therapy.html"

    def get_context_data(self, **kwargs):
        offerings = Offering.objects.for_hadron_landscape()
        return super().get_context_data(landscape=landscape(offerings), **kwargs)


# ---------------------------------------------------------------------------
# Pages that roll centers up per country or partnership
# ---------------------------------------------------------------------------
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
                for row in rollups.countries().published().for_region_counts()
            ],
            **kwargs,
        )


class CountryListView(PatientListMixin, FilterView):
    filterset_class = CountryFilterSet
    queryset = rollups.countries().published().for_site_list()
    facet_queryset = rollups.countries().published()
    facet_empty_group = _("No country with a sourced center yet")
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


class CountryDetailView(CostFiguresMixin, DetailView):
    template_name = "destinations/country_detail.html"

    def get_queryset(self):
        return rollups.countries().visible_to(self.request.user).for_detail_page()

    def get_context_data(self, **kwargs):
        # The centers the page lists: published ones (the country may be a draft
        # a curator previews).
        centers = Center.objects.filter(
            country=self.object, publication_status=PublicationStatus.PUBLISHED
        )
        return super().get_context_data(
            coverage=country_coverage(self.object),
            **self.cost_context(self.object.cost_estimates.all()),
            fact_coverage=fact_coverage(centers),
            **kwargs,
        )


class PartnershipDetailView(DetailView):
    template_name = "destinations/partnership_detail.html"

    def get_queryset(self):
        return rollups.partnerships().visible_to(self.request.user).for_detail()
