"""Curator notes never reach the public.

Every `notes` field of a published world holds a marker; a crawl of the site's
pages and of the API's lists, details, CSV and comparisons never meets one. A
marker in every `public_note` is met, so the crawl reaches each fact block
where a curator note could have shown.
"""

from collections import deque
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.core.cache import cache

from tests.world import PAGES, build_world

pytestmark = pytest.mark.django_db

CURATOR_MARKER = "CURATOR-ONLY-NOTE"
PUBLIC_MARKER = "PATIENT-NOTE"
SKIPPED_PREFIXES = ("/admin/", "/static/", "/api/", "/healthz")
COMPARISONS = [
    "/api/v1/compare/?countries=jp,de,us,kr",
    "/api/v1/compare/?centers=qst-hospital,hyogo-ion-beam-medical-center",
    "/compare/?countries=jp,de,us,kr&format=csv",
    "/compare/centers/?centers=qst-hospital,hyogo-ion-beam-medical-center&format=csv",
]


def models_with(field_name):
    """Every domain model (history tables included) with a field of that name."""
    for model in apps.get_models():
        if model._meta.app_label not in {"curation", "destinations", "centers"}:
            continue
        if any(f.name == field_name for f in model._meta.concrete_fields):
            yield model


def mark(field_name, marker):
    """Put `marker` plus the model's label in every row's `field_name`."""
    labels = []
    for model in models_with(field_name):
        label = model._meta.label
        rows = model._default_manager.update(**{field_name: f"[{marker} {label}]"})
        if not model._meta.label.split(".")[1].startswith("Historical"):
            assert rows, f"the world has no {label} to mark"
            labels.append(label)
    return labels


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def site_pages(client):
    """Yield (url, text) for every page one link leads to from the patients' site.

    Each path is read once, with the first query string met for it, plus the
    world's example pages (their filters and comparisons).
    """
    queue, seen = deque(["/", *PAGES]), set()
    while queue:
        url = queue.popleft()
        path = url.split("?")[0].split("#")[0]
        if (path, "?" in url) in seen or path.startswith(SKIPPED_PREFIXES):
            continue
        seen.add((path, "?" in url))
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        yield url, text
        parser = Links()
        parser.feed(text)
        queue.extend(h for h in parser.hrefs if h.startswith("/"))
        queue.extend(url.split("?")[0] + h for h in parser.hrefs if h.startswith("?"))


def api_answers(api_client):
    """Yield (url, text) for every API list page, CSV, detail and comparison."""
    cache.clear()  # the anonymous rate applies per test, not per crawl
    root = api_client.get("/api/v1/").json()
    for endpoint in root.values():
        list_url = endpoint.replace("http://testserver", "")
        for url in (f"{list_url}?page_size=100", f"{list_url}?format=csv"):
            cache.clear()
            response = api_client.get(url)
            assert response.status_code == 200, url
            yield url, response.content.decode()
        cache.clear()
        for row in api_client.get(f"{list_url}?page_size=100").json()["results"]:
            key = row.get("slug") or row.get("code") or row.get("id")
            cache.clear()
            response = api_client.get(f"{list_url}{key}/")
            assert response.status_code == 200, f"{list_url}{key}/"
            yield f"{list_url}{key}/", response.content.decode()
    for url in COMPARISONS:
        cache.clear()
        response = api_client.get(url)
        assert response.status_code == 200, url
        yield url, response.content.decode()


def test_no_curator_note_reaches_a_public_page_or_the_api(client, api_client):
    build_world()
    marked = mark("notes", CURATOR_MARKER)
    public = mark("public_note", PUBLIC_MARKER)
    assert set(marked) == set(public), "every record with notes has a public note"

    answers = [*site_pages(client), *api_answers(api_client)]

    leaks = [url for url, text in answers if CURATOR_MARKER in text]
    assert leaks == []
    shown = {
        label
        for label in public
        for _, text in answers
        if f"[{PUBLIC_MARKER} {label}]" in text
    }
    assert shown == set(public), "the crawl reaches every kind of fact block"
