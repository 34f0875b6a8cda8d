"""Cost figures: a price is a price, anything else is context. No database."""

from decimal import Decimal

import pytest

from centers.models import CostEstimate, CostKind, CostPayer
from centers.pricing import cost_figure, cost_sections
from tests.rates import TABLE


def estimate(**values):
    """An unsaved estimate: no modality, so nothing is read from the database."""
    fields = {
        "scope": "QST Hospital",
        "treatment": "Carbon-ion therapy",
        "cancer_type": "prostate",
        "currency": "JPY",
        "amount_low": Decimal("1600000"),
        "amount_high": Decimal("1600000"),
        "basis": "per course (insured fee schedule)",
        "as_of": "2022-04",
        "kind": CostKind.PER_PATIENT,
        "payer": CostPayer.INSURED_RESIDENT,
        **values,
    }
    return CostEstimate(**fields)


def test_a_price_is_converted_to_the_currency_asked_for():
    figure = cost_figure(estimate(), rates=TABLE, currency="USD")
    assert figure.is_price
    assert figure.amount_text == "JPY 1,600,000"
    assert figure.converted_text == "about USD 14,776.95"
    assert figure.summary == (
        "QST Hospital, Carbon-ion therapy, prostate: JPY 1,600,000 "
        "(about USD 14,776.95) (Insured resident; per course (insured fee "
        "schedule); as of 2022-04)"
    )


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        (CostKind.TARIFF, "Fee-schedule multiplier or point value"),
        (CostKind.PROGRAMME_SPENDING, "A programme's spending"),
        (CostKind.DEPOSIT, "Deposit or prepayment"),
        (CostKind.OTHER, "Other or not known"),
    ],
)
def test_a_figure_that_is_not_a_price_names_its_kind_and_is_never_converted(
    kind, label
):
    figure = cost_figure(
        estimate(kind=kind, amount_low=Decimal(30), amount_high=Decimal(30)),
        rates=TABLE,
        currency="USD",
    )
    assert not figure.is_price
    assert figure.conversion is None
    assert figure.converted_text == ""
    assert figure.context_text == f"{label}: JPY 30"
    assert figure.summary.startswith(
        f"QST Hospital, Carbon-ion therapy, prostate: {label}: JPY 30"
    )


def test_a_price_in_a_currency_without_a_rate_says_so():
    figure = cost_figure(estimate(currency="NZD"), rates=TABLE, currency="USD")
    assert figure.conversion is None
    assert figure.converted_text == "no reference rate for NZD"


def test_a_price_in_the_currency_asked_for_is_shown_once():
    figure = cost_figure(estimate(currency="USD"), rates=TABLE, currency="USD")
    assert figure.conversion is None
    assert figure.converted_text == ""


def test_cancer_type_any_is_left_out_of_what_is_priced():
    figure = cost_figure(estimate(cancer_type="any (advanced medical care)"))
    assert figure.subject == "QST Hospital, Carbon-ion therapy"


def test_sections_split_prices_from_context_with_patients_from_abroad_first():
    insured = estimate(scope="A insured")
    foreign = estimate(scope="B foreign", payer=CostPayer.SELF_PAY_FOREIGN)
    tariff = estimate(scope="C tariff", kind=CostKind.TARIFF)
    sections = cost_sections([insured, tariff, foreign], rates=TABLE, currency="EUR")
    assert [e.scope for e, _f in sections.prices] == ["B foreign", "A insured"]
    assert [e.scope for e, _f in sections.context] == ["C tariff"]
    assert sections.conversion.table is TABLE
