"""Throttling, HTTP caching, content types and errors shared by every endpoint."""

import pytest

from partners.services import api_key_issue
from tests.factories import CenterFactory, CountryFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/modalities/"


@pytest.fixture
def rates(settings):
    settings.ONCOATLAS_API_ANON_RATE = "3/min"
    settings.ONCOATLAS_API_KEY_RATE = "5/min"
    return settings


def test_anonymous_client_over_its_rate_gets_429_with_retry_after(api_client, rates):
    for _ in range(3):
        assert api_client.get(URL).status_code == 200

    response = api_client.get(URL)

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert list(response.json()["errors"]) == ["detail"]


def test_keyed_client_gets_its_own_higher_rate(api_client, rates):
    _api_key, raw_key = api_key_issue(partner="Acme Health")
    for _ in range(3):
        api_client.get(URL)
    assert api_client.get(URL).status_code == 429  # anonymous quota spent

    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw_key}")
    statuses = [api_client.get(URL).status_code for _ in range(6)]

    assert statuses == [200] * 5 + [429]


def test_each_key_is_limited_separately(api_client, rates):
    keys = [api_key_issue(partner=name)[1] for name in ("A", "B")]
    for _ in range(5):
        api_client.get(URL, HTTP_AUTHORIZATION=f"Bearer {keys[0]}")

    assert (
        api_client.get(URL, HTTP_AUTHORIZATION=f"Bearer {keys[0]}").status_code == 429
    )
    assert (
        api_client.get(URL, HTTP_AUTHORIZATION=f"Bearer {keys[1]}").status_code == 200
    )


def test_list_and_detail_carry_etag_last_modified_and_vary(api_client):
    center = CenterFactory(slug="qst")

    for url in ("/api/v1/centers/", "/api/v1/centers/qst/"):
        response = api_client.get(url)
        assert response.status_code == 200
        assert response["ETag"].startswith('"')
        assert response["Last-Modified"]
        assert response["Cache-Control"] == "no-cache"
        vary = {part.strip() for part in response["Vary"].split(",")}
        assert {"Accept", "Authorization"} <= vary
    assert center.updated_at.strftime("%d %b %Y") in response["Last-Modified"]


@pytest.mark.parametrize("url", ["/api/v1/centers/", "/api/v1/centers/qst/"])
def test_conditional_get_answers_304_until_the_data_changes(api_client, url):
    center = CenterFactory(slug="qst")
    first = api_client.get(url)

    assert api_client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    not_modified = api_client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert not_modified.status_code == 304
    assert not_modified["ETag"] == first["ETag"]

    center.city = "Chiba"
    center.save()
    changed = api_client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]


def test_etag_changes_when_a_row_leaves_the_list(api_client):
    CenterFactory(slug="a")
    b = CenterFactory(slug="b")
    first = api_client.get("/api/v1/centers/")

    b.publication_status = "draft"
    b.save()

    assert (
        api_client.get("/api/v1/centers/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code
        == 200
    )


def test_taxonomy_lists_have_an_etag_but_no_last_modified(api_client):
    response = api_client.get(URL)

    assert response["ETag"]
    assert not response.has_header("Last-Modified")
    assert api_client.get(URL, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


@pytest.mark.parametrize(
    "path",
    [
        "/api/",
        "/api/v1/warp-drives/",
        "/api/v2/centers/",
        "/api/v1/centers/qst/offerings/",
        "/api/v1/centers",
    ],
)
def test_unknown_api_paths_are_json_404s(api_client, path):
    response = api_client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert list(response.json()["errors"]) == ["detail"]


def test_unknown_format_is_a_400_naming_it(api_client):
    response = api_client.get(URL, {"format": "xml"})

    assert response.status_code == 400
    assert response.json() == {
        "errors": {"format": ["Unknown format: xml. Use one of: json, csv."]}
    }


def test_a_percent_sign_in_a_filter_value_is_a_400_not_a_500(api_client):
    response = api_client.get("/api/v1/centers/", {"modality": "a%s"})

    assert response.status_code == 400
    assert response.json() == {"errors": {"modality": ["Unknown value: a%s."]}}


def test_api_is_read_only(api_client):
    CountryFactory(code="JP", slug="japan")

    for method in ("post", "put", "patch", "delete"):
        response = getattr(api_client, method)("/api/v1/countries/japan/")
        assert response.status_code == 405, method
        assert list(response.json()["errors"]) == ["detail"]


def test_api_root_lists_the_endpoints(api_client):
    body = api_client.get("/api/v1/").json()

    assert set(body) == {
        "countries",
        "centers",
        "modalities",
        "services",
        "cancer-types",
        "accreditations",
        "partnerships",
        "funding-pathways",
        "sources",
    }


def test_csv_cells_never_start_a_formula(api_client):
    CenterFactory(slug="x", city='=HYPERLINK("http://evil")')

    body = api_client.get("/api/v1/centers/", {"format": "csv"}).content.decode()

    assert "'=HYPERLINK" in body


@pytest.mark.parametrize(
    "path",
    ["/api/v1/centers/a%00b/", "/api/v1/countries/j%00p/", "/api/v1/sources/1%00/"],
)
def test_a_nul_byte_in_a_lookup_is_a_404_without_a_query(
    api_client, path, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = api_client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    "query",
    [{"q": "a\x00b"}, {"country": "j\x00p"}, {"updated_since": "2025\x00"}],
)
def test_a_nul_byte_in_a_filter_is_a_400(api_client, query):
    assert api_client.get("/api/v1/centers/", query).status_code == 400


def test_a_forged_forwarded_for_header_does_not_dodge_the_throttle(api_client, rates):
    statuses = [
        api_client.get(URL, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code
        for n in range(4)
    ]

    assert statuses == [200, 200, 200, 429]


def test_a_failed_precondition_answers_json(api_client):
    CenterFactory(slug="qst")

    response = api_client.get("/api/v1/centers/qst/", HTTP_IF_MATCH='"not-it"')

    assert response.status_code == 412
    assert response["Content-Type"] == "application/json"
    assert "Precondition failed" in response.json()["errors"]["detail"][0]


@pytest.mark.parametrize(
    "path", ["/api/v1/centers%0A/", "/api/%0A", "/api/v1/%0D%0Anope", "/api/v2/"]
)
def test_any_api_path_answers_json(api_client, path):
    response = api_client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert list(response.json()["errors"]) == ["detail"]


class _Request:
    def __init__(self, remote, forwarded=None):
        self.META = {"REMOTE_ADDR": remote}
        if forwarded is not None:
            self.META["HTTP_X_FORWARDED_FOR"] = forwarded


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "client"),
    [
        ([], "203.0.113.9", "1.2.3.4", "203.0.113.9"),  # no proxy: the connection
        (["10.0.0.0/8"], "203.0.113.9", "1.2.3.4", "203.0.113.9"),  # direct: forged
        (["10.0.0.0/8"], "10.0.0.2", "198.51.100.7", "198.51.100.7"),
        (["10.0.0.0/8"], "10.0.0.2", "1.2.3.4, 198.51.100.7", "198.51.100.7"),
        (["10.0.0.0/8"], "10.0.0.2", "198.51.100.7, 10.0.0.3", "198.51.100.7"),
        (["127.0.0.1", "::1"], "::1", "2001:db8::5", "2001:db8::5"),
        (["10.0.0.0/8"], "10.0.0.2", None, "10.0.0.2"),
    ],
)
def test_the_throttle_trusts_forwarded_for_only_from_configured_proxies(
    settings, proxies, remote, forwarded, client
):
    from partners.api.throttling import client_address

    settings.ONCOATLAS_TRUSTED_PROXIES = proxies

    assert client_address(_Request(remote, forwarded)) == client


def test_every_response_switches_off_unused_browser_features(client, admin_client):
    for response in (
        client.get("/"),
        client.get("/api/v1/"),
        admin_client.get("/admin/"),
    ):
        assert "camera=()" in response["Permissions-Policy"]
        assert "geolocation=()" in response["Permissions-Policy"]


def test_a_disallowed_host_is_one_warning_without_traceback(client, caplog):
    for _ in range(3):
        client.get("/", HTTP_HOST="evil.example")

    records = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert len(records) == 1
    assert records[0].levelname == "WARNING"
    assert records[0].exc_info is None
