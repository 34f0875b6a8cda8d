"""The OpenAPI schema, the offline docs, and a schemathesis run over it all."""

import re

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import positive_data_acceptance

from config.wsgi import application

SCHEMA = "/api/v1/schema/"


@pytest.fixture
def openapi(api_client):
    response = api_client.get(SCHEMA, {"format": "json"})
    assert response.status_code == 200
    return response.json()


def test_schema_is_valid_openapi_3_without_warnings(tmp_path):
    # drf-spectacular validates against the OpenAPI 3 meta-schema and fails on
    # any warning (an unresolved filter type, an ambiguous enum name...).
    call_command(
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--file",
        str(tmp_path / "schema.yml"),
    )


def test_every_endpoint_and_parameter_is_described_with_an_example(openapi):
    operations = [
        (path, method, operation)
        for path, item in openapi["paths"].items()
        for method, operation in item.items()
    ]
    assert {path for path, _m, _o in operations} >= {
        "/api/v1/countries/",
        "/api/v1/countries/{slug}/",
        "/api/v1/centers/",
        "/api/v1/centers/{slug}/",
        "/api/v1/modalities/",
        "/api/v1/services/",
        "/api/v1/cancer-types/",
        "/api/v1/accreditations/",
        "/api/v1/partnerships/",
        "/api/v1/funding-pathways/",
        "/api/v1/funding-pathways/{slug}/",
        "/api/v1/sources/",
        "/api/v1/sources/{id}/",
        "/api/v1/compare/",
    }
    described_tags = {tag["name"] for tag in openapi["tags"] if tag.get("description")}
    for path, method, operation in operations:
        where = f"{method.upper()} {path}"
        assert set(operation["tags"]) <= described_tags, where
        assert operation.get("description"), where
        assert operation.get("summary"), where
        content = operation["responses"]["200"]["content"]["application/json"]
        assert content.get("examples") or content.get("example"), where
        for code in ("400", "401", "429"):
            assert code in operation["responses"], (where, code)
        for parameter in operation.get("parameters", []):
            name = parameter["name"]
            assert parameter.get("description"), (where, name)
            if name != "cursor":  # opaque: only ever copied from a link
                assert "example" in parameter or "examples" in parameter, (where, name)


def test_schema_documents_the_api_key_scheme(openapi):
    scheme = openapi["components"]["securitySchemes"]["ApiKey"]
    assert scheme["type"] == "http"
    assert scheme["scheme"] == "bearer"
    assert "Api-Key" in scheme["description"]
    operation = openapi["paths"]["/api/v1/centers/"]["get"]
    assert {"ApiKey": []} in operation["security"]
    assert {} in operation["security"]  # anonymous reads are allowed


def test_docs_page_uses_only_local_static_files(api_client):
    response = api_client.get("/api/v1/docs/")

    assert response.status_code == 200
    html = response.content.decode()
    urls = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    assert any("swagger-ui" in url for url in urls)
    for url in urls:
        assert url.startswith("/"), url
        assert not url.startswith("//"), url
    assert "validatorUrl" in html
    assert not re.search(
        r"https?://(?!testserver)", html.replace("http://www.w3.org", "")
    )


# ---------------------------------------------------------------------------
# schemathesis: no server error, no response that breaks the schema
# ---------------------------------------------------------------------------


# Loaded at collection: building the schema needs no database.
schema = schemathesis.openapi.from_wsgi(SCHEMA + "?format=json", application)


@pytest.fixture
def _schemathesis_world(db, world, settings):
    # Hypothesis makes many calls per operation: keep the throttle out of it.
    settings.ONCOATLAS_API_ANON_RATE = "100000/min"
    # Schemathesis calls the WSGI app directly, not through Django's test
    # client, so do what the client does: keep Django from closing the test's
    # connection (inside its transaction) at the end of each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@pytest.mark.usefixtures("_schemathesis_world")
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(case):
    # Filters take slugs the schema cannot enumerate (curators add them), so a
    # well-typed but unknown slug is rightly a 400: positive-data acceptance
    # does not apply. Every other check runs.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
