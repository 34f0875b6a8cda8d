"""The comparison endpoint: the same comparison as the site's, as data."""

from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from comparisons.api.serializers import ComparisonSerializer
from comparisons.forms import ComparisonForm
from curation.tray import MAX_ITEMS, MIN_ITEMS
from partners.api.caching import ConditionalGetMixin, newest
from partners.api.schema import FORMAT_PARAMETER

EXAMPLE = {
    "kind": "countries",
    "items": [
        {
            "slug": "japan",
            "name": "Japan",
            "code": "JP",
            "url": "https://oncoatlas.example/destinations/japan/",
        },
        {
            "slug": "germany",
            "name": "Germany",
            "code": "DE",
            "url": "https://oncoatlas.example/destinations/germany/",
        },
    ],
    "groups": [
        {
            "key": "expertise",
            "label": "Expertise and technology",
            "rows": [
                {
                    "key": "carbon-ion",
                    "label": "Centers with carbon-ion therapy",
                    "differs": True,
                    "cells": [
                        {
                            "text": "2: Gunma, QST",
                            "known": True,
                            "flagged": False,
                            "centers": "https://oncoatlas.example/api/v1/centers/"
                            "?country=japan&modality=carbon-ion-therapy",
                            "costs": [],
                        },
                        {
                            "text": "1: HIT",
                            "known": True,
                            "flagged": False,
                            "centers": "https://oncoatlas.example/api/v1/centers/"
                            "?country=germany&modality=carbon-ion-therapy",
                            "costs": [],
                        },
                    ],
                }
            ],
        }
    ],
}


class ComparisonApiView(ConditionalGetMixin, APIView):
    """Serve the site's comparison as data; the one form validates its input."""

    @extend_schema(
        operation_id="compare",
        summary="Compare countries or centers",
        description=(
            f"The site's side-by-side comparison of {MIN_ITEMS} to {MAX_ITEMS} "
            "published countries (`countries=jp,de`, by ISO code or slug) or "
            "centers (`centers=<slug>,<slug>`), never both. Each row says whether "
            "the items differ. `format=csv` gives the site's comparison CSV. "
            "`currency=USD` converts prices for one patient with the stored "
            "euro reference rates, whose date and source each conversion states."
        ),
        parameters=[
            OpenApiParameter(
                "countries",
                str,
                description=(
                    f"{MIN_ITEMS} to {MAX_ITEMS} country ISO codes or slugs, "
                    "comma-separated."
                ),
                examples=[OpenApiExample("Japan and Germany", value="jp,de")],
            ),
            OpenApiParameter(
                "centers",
                str,
                description=f"{MIN_ITEMS} to {MAX_ITEMS} center slugs, comma-separated",
                examples=[
                    OpenApiExample(
                        "Two carbon-ion centers",
                        value="hyogo-ion-beam-medical-center,gunma-university-heavy-ion-medical-center",
                    )
                ],
            ),
            OpenApiParameter(
                "currency",
                str,
                description=(
                    "Convert prices for one patient to this ISO 4217 currency, "
                    "with the stored euro reference rates (an approximation; "
                    "each conversion names the rates' date and source). Leave "
                    "out for amounts as the sources state them only. A code the "
                    "rates do not list is a 400."
                ),
                examples=[OpenApiExample("US dollars", value="USD")],
            ),
            FORMAT_PARAMETER,
        ],
        responses=ComparisonSerializer,
        examples=[
            OpenApiExample(
                "Japan and Germany",
                value=EXAMPLE,
                response_only=True,
                status_codes=["200"],
            )
        ],
    )
    def get(self, request):
        form = ComparisonForm(request.query_params)
        if not form.is_valid():
            raise ValidationError(
                {
                    key: [error["message"] for error in errors]
                    for key, errors in form.errors.get_json_data().items()
                }
            )
        comparison = form.comparison()
        self.last_modified = newest(form.cleaned_data[form.compared_kind])
        response = Response(
            ComparisonSerializer(comparison, context={"request": request}).data
        )
        if request.accepted_renderer.format == "csv":
            response.csv_rows = list(comparison.csv_rows())
        return response
