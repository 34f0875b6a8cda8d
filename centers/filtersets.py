"""Filters for centers, and for countries by what their centers offer.

Shared by `/centers/` and `/api/v1/centers/`, `/destinations/` and
`/api/v1/countries/`. Modality filters count operational offerings only: a
closed or planned proton room is no help to a patient today.
"""

import django_filters
from django.db.models import Exists, F, Func, IntegerField, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _

from centers.models import (
    Accreditation,
    CancerType,
    Center,
    CenterKind,
    IntakeRoute,
    ModalityCategory,
    Offering,
    SupportiveService,
    TreatmentModality,
    has_operational_offering,
)
from curation.filters import (
    CuratedFilterSet,
    MultipleChoiceListFilter,
    MultipleSlugFilter,
    StrictBooleanFilter,
    count_by,
)
from destinations.models import Country, Language, Region


class CenterFilterSet(CuratedFilterSet):
    """Narrow centers down to those that offer what a patient needs."""

    search_fields = (
        "name__icontains",
        "city__icontains",
        "country__name__icontains",
        "country__code__iexact",
    )

    q = django_filters.CharFilter(
        method="search",
        label=_("Search"),
        help_text=_("Center name, city or country."),
    )
    country = MultipleSlugFilter(
        queryset=Country.objects.published(),
        lookups=("slug", "code"),
        field_name="country",
        label=_("Country"),
        help_text=_("Country slug or ISO code, e.g. japan or jp."),
    )
    region = MultipleChoiceListFilter(
        field_name="country__region", choices=Region.choices, label=_("Region")
    )
    modality = MultipleSlugFilter(
        queryset=TreatmentModality.objects.all(),
        method="filter_modality",
        label=_("Treatment"),
        help_text=_("Operational offerings only."),
    )
    modality_category = MultipleChoiceListFilter(
        choices=ModalityCategory.choices,
        method="filter_modality_category",
        label=_("Kind of treatment"),
    )
    cancer_type = MultipleSlugFilter(
        queryset=CancerType.objects.all(),
        field_name="cancer_types",
        label=_("Cancer type"),
    )
    service = MultipleSlugFilter(
        queryset=SupportiveService.objects.all(),
        field_name="services",
        label=_("Supportive service"),
    )
    language = MultipleSlugFilter(
        queryset=Language.objects.all(),
        lookups=("code",),
        field_name="languages",
        label=_("Language spoken with patients"),
        help_text=_("ISO 639 code, e.g. en."),
    )
    intake_route = MultipleChoiceListFilter(
        choices=IntakeRoute.choices, label=_("International intake")
    )
    accreditation = MultipleSlugFilter(
        queryset=Accreditation.objects.all(),
        field_name="accreditations",
        label=_("Accreditation"),
    )
    kind = MultipleChoiceListFilter(choices=CenterKind.choices, label=_("Kind"))
    clinical_trials = StrictBooleanFilter(
        field_name="runs_clinical_trials", label=_("Takes part in clinical trials")
    )
    tumor_board = StrictBooleanFilter(
        field_name="has_tumor_board", label=_("Multidisciplinary tumor board")
    )
    ordering = django_filters.OrderingFilter(
        fields=(
            ("name", "name"),
            ("country__name", "country"),
            ("city", "city"),
            ("founded_year", "founded"),
            ("updated_at", "updated"),
        ),
        label=_("Sort by"),
    )

    class Meta:
        model = Center
        fields = []

    def filter_modality(self, queryset, name, modalities):
        return queryset.filter(has_operational_offering(modality__in=modalities))

    def filter_modality_category(self, queryset, name, categories):
        return queryset.filter(
            has_operational_offering(modality__category__in=categories)
        )

    # Facets: the centers each option keeps, counted as its filter keeps them.
    def facet_modality(self, centers):
        offerings = Offering.objects.operational().filter(center__in=centers)
        return count_by(offerings, "modality__slug", count="center")

    def facet_modality_category(self, centers):
        offerings = Offering.objects.operational().filter(center__in=centers)
        return count_by(offerings, "modality__category", count="center")


class CountryFilterSet(CuratedFilterSet):
    """Filter destinations by what their published centers offer."""

    search_fields = ("name__icontains", "code__iexact", "slug__iexact")

    q = django_filters.CharFilter(
        method="search", label=_("Search"), help_text=_("Country name or ISO code.")
    )
    region = MultipleChoiceListFilter(choices=Region.choices, label=_("Region"))
    modality = MultipleSlugFilter(
        queryset=TreatmentModality.objects.all(),
        method="filter_modality",
        label=_("Treatment"),
        help_text=_("Countries with a center where it is operational."),
    )
    cancer_type = MultipleSlugFilter(
        queryset=CancerType.objects.all(),
        method="filter_cancer_type",
        label=_("Cancer type"),
    )
    service = MultipleSlugFilter(
        queryset=SupportiveService.objects.all(),
        method="filter_service",
        label=_("Supportive service"),
    )
    language = MultipleSlugFilter(
        queryset=Language.objects.all(),
        lookups=("code",),
        method="filter_language",
        label=_("Language"),
        help_text=_("Spoken officially or with patients at a center."),
    )
    accreditation = MultipleSlugFilter(
        queryset=Accreditation.objects.all(),
        method="filter_accreditation",
        label=_("Accreditation"),
    )
    ordering = django_filters.OrderingFilter(
        fields=(
            ("name", "name"),
            ("region", "region"),
            ("center_count", "centers"),
            ("updated_at", "updated"),
        ),
        label=_("Sort by"),
    )

    class Meta:
        model = Country
        fields = []

    def _with_center(self, queryset, condition):
        centers = Center.objects.published().filter(condition, country=OuterRef("pk"))
        return queryset.filter(Exists(centers))

    def filter_modality(self, queryset, name, modalities):
        return self._with_center(
            queryset, Q(has_operational_offering(modality__in=modalities))
        )

    def filter_cancer_type(self, queryset, name, cancer_types):
        return self._with_center(queryset, Q(cancer_types__in=cancer_types))

    def filter_service(self, queryset, name, services):
        return self._with_center(queryset, Q(services__in=services))

    def filter_accreditation(self, queryset, name, accreditations):
        return self._with_center(queryset, Q(accreditations__in=accreditations))

    def filter_language(self, queryset, name, languages):
        spoken_at_center = Center.objects.published().filter(
            country=OuterRef("pk"), languages__in=languages
        )
        official = Country.official_languages.through.objects.filter(
            country=OuterRef("pk"), language__in=languages
        )
        return queryset.filter(Exists(official) | Exists(spoken_at_center))

    # Facets: the countries each option keeps, counted as its filter keeps them.
    def _published_centers_in(self, countries):
        return Center.objects.published().filter(country__in=countries)

    def facet_modality(self, countries):
        offerings = Offering.objects.operational().filter(
            center__in=self._published_centers_in(countries)
        )
        return count_by(offerings, "modality__slug", count="center__country")

    def facet_cancer_type(self, countries):
        centers = self._published_centers_in(countries)
        return count_by(centers, "cancer_types__slug", count="country")

    def facet_service(self, countries):
        centers = self._published_centers_in(countries)
        return count_by(centers, "services__slug", count="country")

    def facet_accreditation(self, countries):
        centers = self._published_centers_in(countries)
        return count_by(centers, "accreditations__slug", count="country")

    def facet_language(self, countries):
        # Official or spoken at a center: a union, so count per language with
        # one correlated COUNT (Func, not Count: no GROUP BY in the subquery).
        official = Country.official_languages.through.objects.filter(
            country=OuterRef("pk"), language=OuterRef(OuterRef("pk"))
        )
        spoken = Center.objects.published().filter(
            country=OuterRef("pk"), languages=OuterRef(OuterRef("pk"))
        )
        matching = (
            countries.order_by()
            .filter(Exists(official) | Exists(spoken))
            .annotate(n=Func(F("pk"), function="COUNT"))
            .values("n")
        )
        rows = Language.objects.annotate(
            facet_count=Subquery(matching, output_field=IntegerField())
        ).values_list("code", "facet_count")
        return {code: n for code, n in rows if n}
