"""axe-core finds no WCAG 2.2 A/AA or best-practice violation, on desktop and phone."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import SITE_PAGES

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
        for path in SITE_PAGES:
            page.goto(site + path)
            if problems := violations(page):
                found[path] = problems
        assert found == {}
    finally:
        context.close()
