"""axe-core finds no WCAG 2.2 A/AA or best-practice violation, on desktop and phone."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.world import build_world

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

RULES = {
    "runOnly": {
        "type": "tag",
        "values": [
            "wcag2a",
            "wcag2aa",
            "wcag21a",
            "wcag21aa",
            "wcag22aa",
            "best-practice",
        ],
    }
}
PAGES = [
    "/",
    "/destinations/",
    "/destinations/japan/",
    "/centers/",
    "/centers/?modality=carbon-ion-therapy&country=jp&compare=qst-hospital",
    "/centers/qst-hospital/",
    "/hadron-therapy/",
    "/partnerships/",
    "/partnerships/canada-japan-medical-tourism-partnership/",
    "/paying-for-treatment/",
    "/compare/?countries=jp,de,us,kr",
    "/compare/?countries=jp,de,us,kr&only=differences",
    "/compare/centers/?centers=qst-hospital,hyogo-ion-beam-medical-center",
    "/compare/?countries=jp,xx",  # the 400 page
    "/centers/?modality=warp-drive",  # a list with a filter error
    "/no-such-page/",  # the 404 page
]


@pytest.fixture
def site(live_server, taxonomy):
    build_world()
    return live_server.url


def violations(page):
    found = Axe().run(page, options=RULES).response["violations"]
    return [
        f"{item['id']} ({item['impact']}): {node['target']}"
        for item in found
        for node in item["nodes"]
    ]


@pytest.mark.parametrize("width", [1280, 360], ids=["desktop", "phone"])
def test_no_page_has_an_accessibility_violation(site, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        found = {}
        for path in PAGES:
            page.goto(site + path)
            if problems := violations(page):
                found[path] = problems
        assert found == {}
    finally:
        context.close()
