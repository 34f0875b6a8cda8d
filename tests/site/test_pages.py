"""Every patients' page: answers, looks like the site, and is ready for a strict CSP."""

import re

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

from tests.world import PAGES as WORLD_PAGES

pytestmark = pytest.mark.django_db

PAGES = [
    *WORLD_PAGES,
    "/centers/?compare=qst-hospital,%00,%27",
    "/paying-for-treatment/?q=ontario&ordering=name",
]
BAD = [
    "/compare/?countries=jp,xx",
    "/compare/?countries=jp",
    "/compare/?countries=jp,de,us,kr,fr",
    "/compare/",
    "/compare/centers/?centers=qst-hospital",
    "/compare/centers/?centers=a,b,c,d,e",
    "/compare/?countries=" + "x," * 300,
    "/compare/?countries=jp,%00",
    "/compare/centers/?centers=qst-hospital,%00",
    "/centers/?modality=nope",
    "/centers/?ordering=nope",
    "/centers/?tumor_board=perhaps",
    "/destinations/?region=atlantis",
    "/partnerships/?status=rumoured",
    "/paying-for-treatment/?ordering=cheapest",
    "/centers/?q=%00",
    "/centers/?country=%00",
    "/destinations/?language=%00",
]
INLINE = [
    re.compile(r"<script(?![^>]*\bsrc=)[^>]*>"),  # inline script
    re.compile(r"\sstyle=\""),  # style attribute
    re.compile(r"\son[a-z]+=\""),  # inline event handler
    re.compile(r"<style"),
]


@pytest.mark.parametrize("url", PAGES)
def test_page_answers_200_without_inline_script_or_style(client, world, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for pattern in INLINE:
        assert not pattern.search(html), pattern.pattern
    assert 'href="#main"' in html  # the skip link
    assert html.count("<h1") == 1


@pytest.mark.parametrize("url", BAD)
def test_bad_input_answers_400_never_500(client, world, url):
    assert client.get(url).status_code == 400


def test_missing_detail_pages_are_404(client, world):
    for url in ("/centers/nope/", "/destinations/nope/", "/partnerships/nope/"):
        assert client.get(url).status_code == 404


def test_server_error_page_renders_in_the_site_look_without_a_request_context():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert "OncoAtlas" in html


def test_print_stylesheet_is_linked(client, world):
    html = client.get("/compare/?countries=jp,de").content.decode()
    assert 'media="print"' in html


def test_robots_txt_keeps_crawlers_out_of_admin_api_and_endless_comparisons(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    rules = response.content.decode().splitlines()
    assert "Disallow: /admin/" in rules
    assert "Disallow: /api/" in rules
    assert "Disallow: /compare/" in rules


def test_site_pages_send_a_strict_csp_and_staff_tools_do_not(client, world):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy
    assert "'unsafe-inline'" not in policy
    assert "frame-ancestors 'none'" in policy
    for path in ("/admin/login/", "/api/v1/docs/"):
        assert "Content-Security-Policy" not in client.get(path).headers, path


def test_csp_can_be_turned_off(client, world, settings):
    # The test client loads the middleware on its first request, after this.
    settings.ONCOATLAS_CSP = ""
    assert "Content-Security-Policy" not in client.get("/").headers


def test_sitemap_lists_published_pages_and_no_drafts(client, world):
    body = client.get("/sitemap.xml").content.decode()

    for path in (
        "/",
        "/paying-for-treatment/",
        "/destinations/japan/",
        "/centers/qst-hospital/",
        "/partnerships/canada-japan-medical-tourism-partnership/",
    ):
        assert f"<loc>http://testserver{path}</loc>" in body, path
    assert "draft-center" not in body
    assert "/compare/" not in body


@pytest.mark.parametrize("extra", [3, 30])
def test_sitemap_query_budget(client, world, extra, django_assert_num_queries):
    from tests.world import add_centers

    add_centers(world["JP"], extra)
    # Countries, centers, partnerships: each a count (the sitemap's paginator)
    # and the rows.
    with django_assert_num_queries(6):
        assert client.get("/sitemap.xml").status_code == 200


def test_robots_txt_names_the_sitemap(client):
    assert (
        "Sitemap: http://testserver/sitemap.xml"
        in client.get("/robots.txt").content.decode()
    )


def test_health_check_says_the_database_answers(client, db, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_check_is_503_when_the_database_fails(client, db, monkeypatch):
    from django.db import OperationalError, connection

    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_filter_help_text_is_the_one_its_input_names(client, world):
    html = client.get("/centers/").content.decode()

    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described
    for target in described:
        assert f'id="{target}"' in html, target


def test_errors_in_parameters_without_a_field_link_nowhere_missing(client, world):
    html = client.get("/centers/?updated_since=garbage").content.decode()

    assert 'href="#id_updated_since"' not in html
    assert "(<code>updated_since</code>)" in html


def test_a_stray_space_in_a_list_of_values_is_ignored(client, world):
    assert client.get("/destinations/?region=europe,%20").status_code == 200
    assert client.get("/api/v1/countries/?region=europe,%20").status_code == 200


def test_clearing_filters_from_an_empty_list_keeps_the_compare_tray(client, world):
    html = client.get(
        "/centers/?q=no-such-center&compare=qst-hospital"
    ).content.decode()

    assert html.count('href="/centers/?compare=qst-hospital"') == 2
