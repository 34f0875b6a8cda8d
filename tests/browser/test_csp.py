"""The strict Content-Security-Policy blocks nothing the site itself needs."""

import pytest

from tests.browser.conftest import SITE_PAGES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_no_page_breaks_the_content_security_policy(site, page):
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )

    for path in SITE_PAGES:
        response = page.goto(site + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
    # Our own script still runs under the policy: the switch hides equal rows.
    page.goto(site + "/compare/?countries=jp,de,us,kr")
    page.get_by_label("Show only differences").check()
    assert page.locator('tr[data-row="visa-companion"]').is_hidden()

    assert refused == []
