"""Partner API endpoints for countries, partnerships and sources."""

from django.db.models import Q
from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema_view

from destinations.api import examples
from destinations.api.serializers import (
    CountrySerializer,
    FundingPathwaySerializer,
    PartnershipSerializer,
    SourceSerializer,
)
from destinations.filtersets import (
    CountryFilterSet,
    FundingPathwayFilterSet,
    PartnershipFilterSet,
    SourceFilterSet,
)
from destinations.models import Country, FundingPathway, Partnership, Source
from partners.api.schema import list_docs, path_example, retrieve_docs
from partners.api.viewsets import PartnerReadOnlyViewSet


@extend_schema_view(
    list=list_docs(
        "List destination countries",
        "Published countries with their visas, partnerships and cost estimates, "
        "filtered as on the site's destination list.",
        examples.COUNTRY,
    ),
    retrieve=retrieve_docs(
        "Get a country",
        "One published country, by slug (`japan`) or ISO code (`jp`).",
        examples.COUNTRY,
        OpenApiParameter(
            "slug",
            location=OpenApiParameter.PATH,
            description="The country's slug or ISO 3166-1 alpha-2 code.",
            examples=path_example("japan"),
        ),
    ),
)
class CountryViewSet(PartnerReadOnlyViewSet):
    queryset = Country.objects.published().for_api()
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
        examples.PARTNERSHIP,
    ),
    retrieve=retrieve_docs(
        "Get a partnership",
        "One published partnership, by slug.",
        examples.PARTNERSHIP,
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
    queryset = Partnership.objects.published().for_api()
    serializer_class = PartnershipSerializer
    filterset_class = PartnershipFilterSet


@extend_schema_view(
    list=list_docs(
        "List funding routes",
        "Published public routes by which a patient's home health system pays "
        "for treatment elsewhere (Ontario's out-of-country approval, the EU's S2 "
        "form, NHS England's proton programme), filtered as on the site's "
        "paying-for-treatment page.",
        examples.FUNDING_PATHWAY,
    ),
    retrieve=retrieve_docs(
        "Get a funding route",
        "One published funding route, by slug.",
        examples.FUNDING_PATHWAY,
        OpenApiParameter(
            "slug",
            location=OpenApiParameter.PATH,
            description="The funding route's slug.",
            examples=path_example("nhs-england-proton-beam-therapy-overseas-programme"),
        ),
    ),
)
class FundingPathwayViewSet(PartnerReadOnlyViewSet):
    queryset = FundingPathway.objects.published().for_list()
    serializer_class = FundingPathwaySerializer
    filterset_class = FundingPathwayFilterSet
    cursor_ordering = ("origin_name", "name")


@extend_schema_view(
    list=list_docs(
        "List sources",
        "The public documents behind the facts. Only sources cited by at least "
        "one published record are listed: a source only drafts cite stays "
        "private until the draft is published.",
        examples.SOURCE,
    ),
    retrieve=retrieve_docs(
        "Get a source",
        "One source cited by a published record, by id.",
        examples.SOURCE,
        OpenApiParameter(
            "id",
            type=int,
            location=OpenApiParameter.PATH,
            description="The source's id, as given in any fact block's `sources`.",
            examples=path_example(1),
        ),
    ),
)
class SourceViewSet(PartnerReadOnlyViewSet):
    queryset = Source.objects.cited_by_published()
    serializer_class = SourceSerializer
    filterset_class = SourceFilterSet
    lookup_field = "pk"
    lookup_url_kwarg = "id"
    lookup_value_regex = r"[0-9]+"
    cursor_ordering = ("title",)
