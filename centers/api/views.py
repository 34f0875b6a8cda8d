"""Partner API endpoints for centers and the treatment taxonomies."""

from django.db.models import Q
from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema_view

from centers import rollups
from centers.api import examples
from centers.api.serializers import (
    AccreditationSerializer,
    CancerTypeSerializer,
    CenterSerializer,
    CountrySerializer,
    PartnershipSerializer,
    SupportiveServiceSerializer,
    TreatmentModalitySerializer,
)
from centers.filtersets import CenterFilterSet, CountryFilterSet
from centers.models import (
    CARBON_ION,
    Accreditation,
    CancerType,
    Center,
    SupportiveService,
    TreatmentModality,
)
from destinations.api import examples as destination_examples
from destinations.filtersets import PartnershipFilterSet
from partners.api.schema import list_docs, path_example, retrieve_docs
from partners.api.viewsets import PartnerReadOnlyViewSet


def slug_parameter(noun, example):
    return OpenApiParameter(
        "slug",
        location=OpenApiParameter.PATH,
        description=f"The {noun}'s slug.",
        examples=path_example(example),
    )


@extend_schema_view(
    list=list_docs(
        "List centers",
        "Published centers with their offerings, services, accreditations, cost "
        "estimates and sources, filtered exactly as on the site's `/centers/`: "
        "the same query string gives the same rows. Modality filters count "
        "operational offerings only.",
        examples.CENTER,
    ),
    retrieve=retrieve_docs(
        "Get a center",
        "One published center, by slug.",
        examples.CENTER,
        slug_parameter("center", "hyogo-ion-beam-medical-center"),
    ),
)
class CenterViewSet(PartnerReadOnlyViewSet):
    queryset = Center.objects.published().for_api()
    serializer_class = CenterSerializer
    filterset_class = CenterFilterSet


class TaxonomyViewSet(PartnerReadOnlyViewSet):
    """A curated list installed by migrations: it has no publication state."""

    filter_backends = []


@extend_schema_view(
    list=list_docs(
        "List treatment modalities",
        "Every way of treating cancer the atlas records, such as proton therapy. "
        "Use a slug as the `modality` filter of countries and centers.",
        examples.MODALITY,
    ),
    retrieve=retrieve_docs(
        "Get a treatment modality",
        "One modality, by slug.",
        examples.MODALITY,
        slug_parameter("modality", CARBON_ION),
    ),
)
class TreatmentModalityViewSet(TaxonomyViewSet):
    queryset = TreatmentModality.objects.all()
    serializer_class = TreatmentModalitySerializer
    cursor_ordering = ("category", "name")


@extend_schema_view(
    list=list_docs(
        "List supportive services",
        "Care around treatment (counseling, nutrition, interpreters...). Use a "
        "slug as the `service` filter.",
        examples.SERVICE,
    ),
    retrieve=retrieve_docs(
        "Get a supportive service",
        "One supportive service, by slug.",
        examples.SERVICE,
        slug_parameter("service", "counseling"),
    ),
)
class SupportiveServiceViewSet(TaxonomyViewSet):
    queryset = SupportiveService.objects.all()
    serializer_class = SupportiveServiceSerializer
    cursor_ordering = ("category", "name")


@extend_schema_view(
    list=list_docs(
        "List cancer types",
        "Cancer types with their ICD-10 range. Use a slug as the `cancer_type` filter.",
        examples.CANCER_TYPE,
    ),
    retrieve=retrieve_docs(
        "Get a cancer type",
        "One cancer type, by slug.",
        examples.CANCER_TYPE,
        slug_parameter("cancer type", "breast-cancer"),
    ),
)
class CancerTypeViewSet(TaxonomyViewSet):
    queryset = CancerType.objects.all()
    serializer_class = CancerTypeSerializer


@extend_schema_view(
    list=list_docs(
        "List accreditations",
        "Accreditations and designations a center can hold, such as JCI. Use a "
        "slug as the `accreditation` filter.",
        examples.ACCREDITATION,
    ),
    retrieve=retrieve_docs(
        "Get an accreditation",
        "One accreditation, by slug.",
        examples.ACCREDITATION,
        slug_parameter("accreditation", "jci"),
    ),
)
class AccreditationViewSet(TaxonomyViewSet):
    queryset = Accreditation.objects.all()
    serializer_class = AccreditationSerializer


# ---------------------------------------------------------------------------
# Countries and partnerships: they roll up or name centers
# ---------------------------------------------------------------------------
@extend_schema_view(
    list=list_docs(
        "List destination countries",
        "Published countries with their visas, partnerships and cost estimates, "
        "filtered as on the site's destination list.",
        destination_examples.COUNTRY,
    ),
    retrieve=retrieve_docs(
        "Get a country",
        "One published country, by slug (`japan`) or ISO code (`jp`).",
        destination_examples.COUNTRY,
        OpenApiParameter(
            "slug",
            location=OpenApiParameter.PATH,
            description="The country's slug or ISO 3166-1 alpha-2 code.",
            examples=path_example("japan"),
        ),
    ),
)
class CountryViewSet(PartnerReadOnlyViewSet):
    queryset = rollups.countries().published().for_api()
    serializer_class = CountrySerializer
    filterset_class = CountryFilterSet

    def get_object(self):
        value = self.kwargs["slug"]
        candidates = list(
            self.get_queryset().filter(Q(slug=value) | Q(code=value.upper()))[:2]
        )
        if not candidates:
            raise Http404
        # A slug match wins over a code match, should the two ever collide.
        obj = next((c for c in candidates if c.slug == value), candidates[0])
        self.check_object_permissions(self.request, obj)
        self.last_modified = obj.updated_at
        return obj


@extend_schema_view(
    list=list_docs(
        "List partnerships",
        "Published medical-travel, research, training and technology ties "
        "between countries, filtered as on the site's partnership list.",
        destination_examples.PARTNERSHIP,
    ),
    retrieve=retrieve_docs(
        "Get a partnership",
        "One published partnership, by slug.",
        destination_examples.PARTNERSHIP,
        OpenApiParameter(
            "slug",
            location=OpenApiParameter.PATH,
            description="The partnership's slug.",
            examples=path_example(
                "nirs-qst-medaustron-cooperation-on-carbon-ion-radiotherapy"
            ),
        ),
    ),
)
class PartnershipViewSet(PartnerReadOnlyViewSet):
    queryset = rollups.partnerships().published().for_api()
    serializer_class = PartnershipSerializer
    filterset_class = PartnershipFilterSet
