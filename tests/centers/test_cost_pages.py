"""Country and center pages: only prices for one patient read as prices.

The world's Japan has a price (JPY 3,140,000 from, insured residents) and a
fee-schedule multiplier (JPY 30 per point) that must never read as a price.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from centers.models import Center, CostEstimate, CostKind, CostPayer

pytestmark = pytest.mark.django_db

JAPAN = "/destinations/japan/"


def section(html, start, end):
    """The page's HTML from the element with id `start` to the one with id `end`."""
    return html.split(f'id="{start}"', 1)[1].split(f'id="{end}"', 1)[0]


def amounts(html):
    """What the page sets as prices: the text of every amount block."""
    return re.findall(r'<p class="amount">(.*?)</p>', html, flags=re.S)


def test_a_tariff_is_context_with_its_kind_named_never_a_price(client, world):
    html = client.get(JAPAN).content.decode()

    assert [a.strip() for a in amounts(html)] == ["From JPY 3,140,000"]
    prices = section(html, "price-heading", "cost-context-heading")
    assert "JPY 30" not in prices
    context = section(html, "cost-context-heading", "partnership-heading")
    assert "<strong>Fee-schedule multiplier or point value:</strong> JPY 30" in context
    assert "Not a price for one patient" in context


def test_prices_convert_to_the_currency_picked_with_the_rates_date(client, world):
    response = client.get(JAPAN + "?currency=usd")

    assert response.status_code == 200
    html = response.content.decode()
    # 3,140,000 / 118.00 * 1.0898 = 28,999.76 (the rates of 1 October 2019)
    assert "from about USD 28,999.76" in html
    assert "at the euro reference rates of 1 Oct 2019" in html
    assert "Official Journal of the EU 2019/C 331/05" in html
    assert 'href="https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/' in html
    assert '<option value="USD" selected>' in html
    # The multiplier is not a price: never converted (30 yen would be USD 0.28).
    assert "USD 0.28" not in html


def test_yen_converted_to_won_has_no_decimals(client, world):
    html = client.get(JAPAN + "?currency=KRW").content.decode()
    # 3,140,000 / 118.00 * 1,310.56 = 34,874,223.73 -> won have no decimals
    assert "from about KRW 34,874,224" in html


def test_without_a_currency_prices_show_as_stated_only(client, world):
    html = client.get(JAPAN).content.decode()
    assert "about " not in section(html, "price-heading", "cost-context-heading")
    assert '<option value="" selected' not in html  # nothing chosen, none marked
    assert "euro reference rates of 1 Oct 2019" in html  # the picker says which


def test_an_unknown_currency_is_a_400_naming_the_field(client, world):
    response = client.get(JAPAN + "?currency=XYZ")

    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="currency-error">Unknown currency: XYZ.' in html
    assert 'aria-invalid="true"' in html
    assert "From JPY 3,140,000" in html  # the page still shows what it has


def test_a_page_without_prices_reads_no_exchange_rates(client, world):
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/destinations/germany/").content.decode()
    assert not any("exchangerate" in q["sql"] for q in queries.captured_queries)
    assert "No price for one patient is recorded." in html


def test_a_center_page_shows_its_price_converted_and_its_deposit_as_context(
    client, world
):
    qst = Center.objects.get(slug="qst-hospital")
    for kind, payer, low, basis in [
        (CostKind.PER_PATIENT, CostPayer.SELF_PAY_FOREIGN, 5000000, "per course"),
        (CostKind.DEPOSIT, CostPayer.SELF_PAY_FOREIGN, 1000000, "deposit"),
    ]:
        CostEstimate.objects.create(
            scope="QST Hospital",
            country=qst.country,
            center=qst,
            currency="JPY",
            amount_low=low,
            amount_high=low,
            basis=basis,
            kind=kind,
            payer=payer,
            publication_status="published",
        )

    html = client.get("/centers/qst-hospital/?currency=EUR").content.decode()

    assert [a.strip() for a in amounts(html)] == ["JPY 5,000,000"]
    assert "about EUR 42,372.88" in html  # 5,000,000 / 118.00
    assert "<strong>Deposit or prepayment:</strong> JPY 1,000,000" in html
    assert "EUR 8,474.58" not in html  # the deposit is not converted
    assert "Self-paying patient from abroad" in html


def test_a_center_without_cost_figures_has_no_cost_section(client, world):
    html = client.get("/centers/qst-hospital/").content.decode()
    assert 'id="cost-heading"' not in html
