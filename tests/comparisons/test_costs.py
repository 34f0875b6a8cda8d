"""The cost row of both comparisons: page, CSV and API alike.

The world's Japan has a price (JPY 3,140,000 from, insured residents) and a
fee-schedule multiplier (JPY 30 per point) that is context, never a price.
"""

import csv
import io
from decimal import Decimal

import pytest

from centers.models import Center, CostEstimate, CostKind, CostPayer
from comparisons.compare.costs import cost_group
from tests.rates import TABLE

pytestmark = pytest.mark.django_db

PAGE = "/compare/?countries=jp,de"
API = "/api/v1/compare/"


def cost_rows(comparison):
    group = next(group for group in comparison.groups if group.key == "cost")
    return {row.key: row for row in group.rows}


def test_country_comparison_has_a_cost_row_with_prices_only(client, world):
    rows = cost_rows(client.get(PAGE).context["comparison"])

    japan, germany = rows["cost"].cells
    assert japan.text == (
        "Carbon-ion therapy in Japan, Carbon-ion therapy: From JPY 3,140,000 "
        "(Insured resident; Advanced medical care fee, per course)"
    )
    assert [figure.is_price for figure in japan.costs] == [True]
    assert "JPY 30" not in japan.text
    assert germany.text == "Not recorded"
    tariff = rows["cost-context"].cells[0]
    assert tariff.text.startswith(
        "Tokyo hospital tariff: Fee-schedule multiplier or point value: JPY 30"
    )
    assert [figure.is_price for figure in tariff.costs] == [False]


def test_prices_convert_to_the_currency_picked_with_the_rates_date(client, world):
    response = client.get(PAGE + "&currency=usd")

    assert response.status_code == 200
    cell = cost_rows(response.context["comparison"])["cost"].cells[0]
    assert "From JPY 3,140,000 (from about USD 28,999.76)" in cell.text
    assert cell.note == (
        "Converted at the euro reference rates of 1 Oct 2019 (European Central "
        "Bank reference rates, Official Journal of the EU 2019/C 331/05)."
    )
    context = cost_rows(response.context["comparison"])["cost-context"].cells[0]
    assert "USD" not in context.text  # the multiplier is never converted
    html = response.content.decode()
    assert cell.note in html
    assert '<option value="USD" selected>' in html
    # The other forms keep the currency, so adding or filtering does not drop it.
    assert html.count('<input type="hidden" name="currency" value="USD">') == 2


def test_center_comparison_has_the_cost_row_too(client, world):
    qst = Center.objects.get(slug="qst-hospital")
    CostEstimate.objects.create(
        scope="QST Hospital",
        country=qst.country,
        center=qst,
        currency="JPY",
        amount_low=30,
        amount_high=30,
        basis="per medical fee point",
        kind=CostKind.TARIFF,
        payer=CostPayer.SELF_PAY_FOREIGN,
        publication_status="published",
    )
    response = client.get(
        "/compare/centers/?centers=qst-hospital,hyogo-ion-beam-medical-center"
        "&currency=EUR"
    )
    rows = cost_rows(response.context["comparison"])
    assert [cell.text for cell in rows["cost"].cells] == ["Not recorded"] * 2
    assert (
        rows["cost-context"]
        .cells[0]
        .text.startswith("QST Hospital: Fee-schedule multiplier or point value: JPY 30")
    )


def test_the_csv_carries_the_cost_rows_with_the_conversion(client, world):
    body = client.get(PAGE + "&currency=EUR&format=csv").content.decode()
    rows = {row[1]: row for row in csv.reader(io.StringIO(body))}
    assert "from about EUR 26,610.17" in rows["Prices for one patient"][2]
    assert "1 Oct 2019" in rows["Prices for one patient"][2]
    assert rows["Other cost figures (not prices)"][2].startswith(
        "Tokyo hospital tariff: Fee-schedule multiplier"
    )


def test_an_unknown_currency_is_a_400_page_naming_the_field(client, world):
    response = client.get(PAGE + "&currency=xyz")
    assert response.status_code == 400
    html = response.content.decode()
    assert "currency" in html
    assert "Unknown currency: xyz." in html
    assert 'href="/compare/?countries=jp,de"' in html  # the comparison that works


def test_the_api_names_the_bad_currency_parameter(api_client, world):
    response = api_client.get(API, {"countries": "jp,de", "currency": "ABCD"})
    assert response.status_code == 400
    (message,) = response.json()["errors"]["currency"]
    assert message.startswith("Unknown currency: ABCD.")


def test_the_api_gives_a_price_object_only_for_prices(api_client, world):
    body = api_client.get(API, {"countries": "jp,de", "currency": "USD"}).json()
    group = next(group for group in body["groups"] if group["key"] == "cost")
    rows = {row["key"]: row for row in group["rows"]}

    (price,) = rows["cost"]["cells"][0]["costs"]
    assert price["kind"] == "per-patient"
    assert price["payer"] == "insured-resident"
    assert price["context"] is None
    assert price["price"] == {
        "currency": "JPY",
        "amount_low": "3140000.00",
        "amount_high": None,
        "text": "From JPY 3,140,000",
        "converted": {
            "currency": "USD",
            "amount_low": "28999.76",
            "amount_high": None,
            "text": "from about USD 28,999.76",
            "rate_date": "2019-10-01",
            "rate_source": "European Central Bank reference rates, Official "
            "Journal of the EU 2019/C 331/05",
            "rate_source_url": "https://eur-lex.europa.eu/legal-content/EN/TXT/"
            "HTML/?uri=CELEX:C2019/331/05&from=EL",
        },
    }
    (tariff,) = rows["cost-context"]["cells"][0]["costs"]
    assert tariff["kind"] == "tariff"
    assert tariff["price"] is None
    assert tariff["context"]["text"] == (
        "Fee-schedule multiplier or point value: JPY 30"
    )


def test_the_api_without_a_currency_converts_nothing(api_client, world):
    body = api_client.get(API, {"countries": "jp,de"}).json()
    group = next(group for group in body["groups"] if group["key"] == "cost")
    (price,) = group["rows"][0]["cells"][0]["costs"]
    assert price["price"]["converted"] is None


@pytest.mark.parametrize("currency", ["", "&currency=JPY"])
def test_converting_costs_no_query_more_on_the_page(
    client, world, currency, django_assert_num_queries
):
    # countries, languages, citations, sources, visas, partnerships, centers,
    # offerings, service links, accreditation links, center languages, cost
    # estimates, the exchange rates (picker and conversion share them)
    with django_assert_num_queries(13):
        response = client.get(f"/compare/?countries=jp,de,us,kr{currency}")
    assert response.status_code == 200


@pytest.mark.parametrize(("currency", "queries"), [("", 12), ("USD", 13)])
def test_the_api_reads_the_rates_only_to_convert(
    api_client, world, currency, queries, django_assert_num_queries
):
    # The page's queries but the picker's rates: countries, languages,
    # citations, sources, visas, partnerships, centers, offerings, service
    # links, accreditation links, center languages, cost estimates; then the
    # exchange rates, only when a currency is asked for.
    params = {"countries": "jp,de,us,kr", "currency": currency}
    with django_assert_num_queries(queries):
        assert api_client.get(API, params).status_code == 200


# Pure: the cost group over stand-in (unsaved) estimates, no database needed.


def test_cost_group_keeps_prices_and_context_apart_without_the_database():
    price = CostEstimate(
        scope="A",
        currency="USD",
        amount_low=Decimal(100),
        amount_high=Decimal(100),
        basis="per course",
        kind=CostKind.PER_PATIENT,
    )
    spending = CostEstimate(
        scope="B",
        currency="CAD",
        amount_low=Decimal(2400000),
        amount_high=Decimal(2400000),
        basis="aggregate spend",
        kind=CostKind.PROGRAMME_SPENDING,
        payer=CostPayer.PUBLIC_PROGRAMME,
    )
    group = cost_group([[price], [spending]], rates=TABLE, currency="JPY")
    prices, context = group.rows
    assert prices.cells[0].text.startswith("A: USD 100 (about JPY 10,828)")
    assert prices.cells[1].text == "Not recorded"
    assert context.cells[0].text == "—"
    assert context.cells[1].text == (
        "B: A programme's spending: CAD 2,400,000 (Public programme; aggregate spend)"
    )
    assert "JPY" not in context.cells[1].text
