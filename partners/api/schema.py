"""OpenAPI documentation shared by every partner endpoint (drf-spectacular)."""

from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
)

ERROR_SCHEMA = {
    "type": "object",
    "required": ["errors"],
    "properties": {
        "errors": {
            "type": "object",
            "description": (
                "Messages keyed by the query parameter they concern, or by "
                "`detail` when they concern the request as a whole."
            ),
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        }
    },
    "example": {"errors": {"modality": ["Unknown value: warp-drive."]}},
}

ERROR_RESPONSES = {
    "400": (
        "A query parameter is invalid: an unknown slug or choice, a malformed "
        "number or date, a bad cursor.",
        {"errors": {"modality": ["Unknown value: warp-drive."]}},
    ),
    "401": (
        "The Authorization header holds an unknown, revoked or expired key.",
        {"errors": {"detail": ["This API key has been revoked."]}},
    ),
    "404": (
        "No published record has this slug or id.",
        {"errors": {"detail": ["No Center matches the given query."]}},
    ),
    "429": (
        "Over the rate limit; retry after the number of seconds in `Retry-After`.",
        {"errors": {"detail": ["Request was throttled. Expected available in 42 s."]}},
    ),
}

# One example per query parameter, valid against the demo data and fixtures.
PARAMETER_EXAMPLES = {
    "q": "tokyo",
    "country": "jp",
    "region": "asia-pacific",
    "modality": "carbon-ion-therapy",
    "modality_category": "particle-therapy",
    "cancer_type": "breast-cancer",
    "service": "counseling",
    "language": "en",
    "intake_route": "direct",
    "accreditation": "jci",
    "kind": "academic",
    "status": "active",
    "clinical_trials": "true",
    "tumor_board": "true",
    "updated_since": "2025-01-31T00:00:00Z",
    "ordering": "-updated",
    "cursor": "",
    "page_size": 20,
    "format": "json",
    "countries": "jp,de",
    "centers": (
        "hyogo-ion-beam-medical-center,gunma-university-heavy-ion-medical-center"
    ),
}

PARAMETER_DESCRIPTIONS = {
    "format": "`json` (the default) or `csv`.",
}

FORMAT_PARAMETER = OpenApiParameter(
    "format",
    str,
    enum=["json", "csv"],
    description=(
        "`csv` for a spreadsheet: one row per result, nested objects as dotted "
        "columns, lists joined by '; '. Follow the Link header for more pages."
    ),
)


def path_example(value):
    return [OpenApiExample("Example", value=value)]


def _response_example(name, value):
    return OpenApiExample(name, value=value, response_only=True, status_codes=["200"])


def list_docs(summary, description, example, *extra_parameters):
    return extend_schema(
        summary=summary,
        description=description
        + "\n\nPaginated by cursor: follow `next` until it is null. Several values "
        "of one filter, repeated or comma-separated, match any of them.",
        parameters=[FORMAT_PARAMETER, *extra_parameters],
        examples=[_response_example(summary, example)],
    )


def retrieve_docs(summary, description, example, *parameters):
    return extend_schema(
        summary=summary,
        description=description,
        parameters=list(parameters),
        examples=[_response_example(summary, example)],
    )


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "partners.api.authentication.ApiKeyAuthentication"
    name = "ApiKey"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": (
                "A partner key issued by OncoAtlas staff, sent as "
                "`Authorization: Bearer <key>` or `Authorization: Api-Key <key>`. "
                "Without a key the API is open at a lower rate. An unknown, revoked "
                "or expired key is a 401."
            ),
        }


def add_shared_documentation(result, generator, request, public):
    """Postprocessing hook: error responses, parameter examples, rate headers."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR_SCHEMA
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            for parameter in operation.get("parameters", []):
                name = parameter["name"]
                if name in PARAMETER_DESCRIPTIONS and not parameter.get("description"):
                    parameter["description"] = PARAMETER_DESCRIPTIONS[name]
                if parameter["in"] == "query" and not parameter.get("required"):
                    # As on the site's filter forms, `?q=` means no filter.
                    parameter["allowEmptyValue"] = True
                if (
                    "example" not in parameter
                    and "examples" not in parameter
                    and name in PARAMETER_EXAMPLES
                    and PARAMETER_EXAMPLES[name] != ""
                ):
                    example = PARAMETER_EXAMPLES[name]
                    if parameter.get("schema", {}).get("type") == "array":
                        example = [example]
                    parameter["example"] = example
            responses = operation.setdefault("responses", {})
            for code, (description, example) in ERROR_RESPONSES.items():
                if code == "404" and "{" not in _path_of(result, operation):
                    continue
                responses.setdefault(
                    code,
                    {
                        "description": description,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Error"},
                                "example": example,
                            }
                        },
                    },
                )
            if "429" in responses:
                responses["429"].setdefault(
                    "headers",
                    {
                        "Retry-After": {
                            "description": "Seconds to wait before retrying.",
                            "schema": {"type": "integer"},
                        }
                    },
                )
    return result


def _path_of(result, operation):
    for path, path_item in result["paths"].items():
        if any(op is operation for op in path_item.values()):
            return path
    return ""


class FilterSetParameters(DjangoFilterExtension):
    """Describe every filter from its help text or label, overridden type or not."""

    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, name, field):
        parameters = super().resolve_filter_field(
            auto_schema, model, filterset_class, name, field
        )
        for parameter in parameters:
            if not parameter.get("description"):
                parameter["description"] = self._get_field_description(field, "")
        return parameters
