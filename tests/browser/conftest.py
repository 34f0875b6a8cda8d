"""Playwright fixtures driving Debian's Chromium against pytest-django's live server.

A failing test leaves a full-page screenshot in test-artifacts/ (git-ignored).
"""

import os
from pathlib import Path

import pytest

from tests.world import PAGES

# Playwright's sync API runs its own event loop in this thread; Django would
# otherwise refuse database access from it as "async unsafe".
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# The world's pages and the error pages.
SITE_PAGES = [
    *PAGES,
    "/compare/?countries=jp,xx",  # the 400 page
    "/centers/?modality=warp-drive",  # a list with a filter error
    "/no-such-page/",  # the 404 page
]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def taxonomy(transactional_db):
    """Install the taxonomy the data migrations install.

    A transactional test ends with a flush that empties every table, migration
    data included, so each browser test puts it back first (idempotently).
    """
    from importlib import import_module

    from django.apps import apps

    for module in (
        "destinations.migrations.0002_languages",
        "centers.migrations.0003_taxonomy",
    ):
        import_module(module).install(apps, None)


@pytest.fixture
def site(live_server, taxonomy):
    """The live server's URL, serving the world of tests/world.py."""
    from tests.world import build_world

    build_world()
    return live_server.url


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        # CI installs Chromium, so there a missing browser is a failure, not a skip.
        message = "Chromium is not installed at /usr/bin/chromium"
        if os.environ.get("ONCOATLAS_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context, request):
    page = context.new_page()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        for number, open_page in enumerate(context.pages):
            open_page.screenshot(
                path=str(ARTIFACTS / f"{request.node.name}-{number}.png"),
                full_page=True,
            )
