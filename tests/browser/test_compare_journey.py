"""A patient's main path, in a real browser: find, pick, compare, share."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_patient_finds_carbon_ion_centers_in_japan_and_shares_a_comparison(
    site, page, context
):
    page.goto(site + "/")
    page.get_by_role("link", name="Carbon-ion therapy", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/centers/\?modality=carbon-ion-therapy$"))

    # Each option says how many of the carbon-ion centers it leads to.
    page.get_by_label("Country", exact=True).select_option(label="Japan (3)")
    page.get_by_role("button", name="Show results").click()
    expect(page).to_have_url(re.compile(r"country=japan"))
    results = page.locator(".result h3")
    expect(results).to_have_text(
        [
            "Gunma University Heavy Ion Medical Center",
            "Hyogo Ion Beam Medical Center",
            "QST Hospital",
        ]
    )

    for name in ("QST Hospital", "Gunma University Heavy Ion Medical Center"):
        row = page.locator(".result").filter(has_text=name)
        row.get_by_role("link", name=re.compile("^Add to compare")).click()
    tray = page.get_by_role("complementary", name="Compare")
    expect(tray.get_by_role("listitem")).to_have_count(2)
    tray.get_by_role("link", name="Compare 2 items").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Compare centers")
    columns = page.locator("table.compare thead th a:not(.remove)")
    expect(columns).to_have_text(
        ["QST Hospital", "Gunma University Heavy Ion Medical Center"]
    )
    same_row = page.locator('tr[data-row="country"]')  # Japan for both
    differing_row = page.locator('tr[data-row="city"]')  # Chiba vs Maebashi
    expect(same_row).to_be_visible()

    page.get_by_label("Show only differences").check()
    expect(same_row).to_be_hidden()
    expect(differing_row).to_be_visible()
    expect(page).to_have_url(re.compile(r"only=differences"))
    csv_link = page.get_by_role("link", name="Download as CSV")
    expect(csv_link).to_have_attribute("href", re.compile(r"only=differences"))

    shared = context.new_page()
    shared.goto(page.url)
    expect(shared.locator("table.compare thead th a:not(.remove)")).to_have_text(
        ["QST Hospital", "Gunma University Heavy Ion Medical Center"]
    )
    expect(shared.get_by_label("Show only differences")).to_be_checked()
    expect(shared.locator('tr[data-row="country"]')).to_be_hidden()
    expect(shared.locator('tr[data-row="city"]')).to_be_visible()


def test_hadron_page_links_straight_to_carbon_ion_centers_in_japan(site, page):
    page.goto(site + "/")
    page.get_by_role("link", name="The particle-therapy landscape").click()
    page.get_by_role("link", name="3 carbon-ion centers in Japan").click()
    expect(page.locator(".result h3")).to_have_count(3)
    expect(page.get_by_label("Country", exact=True)).to_have_value("japan")


PHONE_PAGES = [
    "/",
    "/destinations/",
    "/destinations/japan/",
    "/centers/",
    "/centers/hyogo-ion-beam-medical-center/",
    "/hadron-therapy/",
    "/partnerships/",
]


def test_on_a_phone_no_page_scrolls_sideways(site, browser):
    phone = browser.new_context(viewport={"width": 360, "height": 800})
    page = phone.new_page()
    try:
        for path in PHONE_PAGES:
            page.goto(site + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 360, path
    finally:
        phone.close()


def test_on_a_phone_the_comparison_scrolls_in_its_own_region(site, browser):
    phone = browser.new_context(viewport={"width": 360, "height": 800})
    page = phone.new_page()
    try:
        page.goto(site + "/compare/?countries=jp,de,us,kr")
        sizes = page.evaluate(
            """() => {
              const region = document.querySelector(".compare-scroll");
              const first = document.querySelector("table.compare th[scope=row]");
              return {
                page: document.documentElement.scrollWidth,
                region: region.scrollWidth,
                regionVisible: region.clientWidth,
                sticky: getComputedStyle(first).position,
              };
            }"""
        )
        assert sizes["page"] <= 360
        assert sizes["region"] > sizes["regionVisible"]
        assert sizes["sticky"] == "sticky"
    finally:
        phone.close()


def test_the_first_tab_reaches_the_skip_link(site, page):
    page.goto(site + "/centers/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to main content"
