"""Partner API endpoint for sources."""

from drf_spectacular.utils import OpenApiParameter, extend_schema_view

from curation.api import examples
from curation.api.serializers import SourceSerializer
from curation.filters import SourceFilterSet
from curation.models import Source
from partners.api.schema import list_docs, path_example, retrieve_docs
from partners.api.viewsets import PartnerReadOnlyViewSet


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
