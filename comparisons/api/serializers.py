"""Serializers for the comparison dataclasses built by `comparisons.compare`."""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from centers.api.serializers import CostFigureSerializer


@extend_schema_field(OpenApiTypes.URI)
class AbsoluteUrlField(serializers.CharField):
    def to_representation(self, value):
        request = self.context.get("request")
        return request.build_absolute_uri(value) if request else value


class CellSerializer(serializers.Serializer):
    text = serializers.CharField(help_text="What the site shows in the cell.")
    known = serializers.BooleanField(
        help_text="False when the cell says the fact is not known or not recorded."
    )
    flagged = serializers.BooleanField(
        help_text="True when the fact needs care, e.g. verified long ago."
    )
    centers = serializers.SerializerMethodField(
        help_text="For a count of centers: the API's center list filtered the "
        "same way (the site's /centers/ takes the same query string); else null."
    )
    costs = CostFigureSerializer(
        many=True,
        help_text="For the cost rows: each figure in the cell. A `price` object "
        "(converted when `currency=` asks) only for a price for one patient; "
        "anything else as `context`, its kind named. Empty for other rows.",
    )

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_centers(self, cell):
        if cell.center_filter is None:
            return None
        url = cell.center_filter.url(reverse("api:center-list"))
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url


class RowSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    differs = serializers.BooleanField(
        help_text="True when the compared items' cells are not all the same."
    )
    cells = CellSerializer(many=True, help_text="One cell per item, in item order.")


class GroupSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    rows = RowSerializer(many=True)


class ItemSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    code = serializers.CharField(
        help_text="The ISO code of the country (or, for a center, of its country)."
    )
    url = AbsoluteUrlField(help_text="The item's page on the site.")


class ComparisonSerializer(serializers.Serializer):
    """The site's side-by-side comparison, group by group and row by row."""

    kind = serializers.ChoiceField(choices=["countries", "centers"])
    items = ItemSerializer(many=True)
    groups = GroupSerializer(many=True)
