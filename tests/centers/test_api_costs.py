"""The partner API: a cost figure has a price object only if it is a price."""

import pytest

from centers.models import Center, CostEstimate, CostKind, CostPayer

pytestmark = pytest.mark.django_db


def figures(body):
    return [
        estimate for record in body["results"] for estimate in record["cost_estimates"]
    ]


def test_no_cost_figure_but_a_price_for_one_patient_comes_as_a_price(api_client, world):
    qst = Center.objects.get(slug="qst-hospital")
    CostEstimate.objects.create(
        scope="QST Hospital",
        country=qst.country,
        center=qst,
        currency="JPY",
        amount_low=1000000,
        amount_high=1000000,
        basis="deposit on admission",
        kind=CostKind.DEPOSIT,
        payer=CostPayer.SELF_PAY_FOREIGN,
        publication_status="published",
    )
    found = figures(api_client.get("/api/v1/countries/").json()) + figures(
        api_client.get("/api/v1/centers/").json()
    )

    assert {figure["kind"] for figure in found} == {"per-patient", "tariff", "deposit"}
    for figure in found:
        is_price = figure["kind"] == "per-patient"
        assert (figure["price"] is not None) is is_price, figure
        assert (figure["context"] is None) is is_price, figure
        # Amounts live only inside the price or the context object.
        assert not {"currency", "amount_low", "amount_high"} & set(figure)
    deposit = next(figure for figure in found if figure["kind"] == "deposit")
    assert deposit["context"]["text"] == "Deposit or prepayment: JPY 1,000,000"
