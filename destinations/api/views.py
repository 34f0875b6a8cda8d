"""Partner API endpoints for what destinations owns: funding routes.

Countries and partnerships roll up or name centers, so their endpoints live in
`centers/api/views.py`.
"""

from drf_spectacular.utils import OpenApiParameter, extend_schema_view

from destinations.api import examples
from destinations.api.serializers import FundingPathwaySerializer
from destinations.filtersets import FundingPathwayFilterSet
from destinations.models import FundingPathway
from partners.api.schema import list_docs, path_example, retrieve_docs
from partners.api.viewsets import PartnerReadOnlyViewSet


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
