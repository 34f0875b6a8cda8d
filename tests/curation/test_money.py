"""Money as patients read it: pure conversion and formatting, no database."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from curation.money import (
    amount_text,
    clean_currency,
    convert_range,
    currency_digits,
    range_text,
)
from tests.rates import TABLE


def test_yen_and_won_have_no_decimals_and_dollars_two():
    assert currency_digits("JPY") == 0
    assert currency_digits("KRW") == 0
    assert currency_digits("USD") == 2


@pytest.mark.parametrize(
    ("amount", "source", "target", "expected"),
    [
        # 1,600,000 / 118.00 * 1.0898 = 14,776.949... -> cents
        (1600000, "JPY", "USD", Decimal("14776.95")),
        # From the euro: only the target's rate
        (20000, "EUR", "KRW", Decimal("26211200")),
        # To the euro: only the source's rate
        (1600000, "JPY", "EUR", Decimal("13559.32")),
        # Through the euro: 2,400,000 / 1.4466 * 118.00 = 195,769,390.29 -> yen
        (2400000, "CAD", "JPY", Decimal("195769390")),
        # Half a yen rounds up: 0.5 * 118 / 118
        (Decimal("0.5"), "JPY", "JPY", Decimal("1")),
    ],
)
def test_conversion_goes_through_the_euro_and_rounds_to_the_target_digits(
    amount, source, target, expected
):
    converted = TABLE.convert(amount, source, target)
    assert converted == expected
    assert converted.as_tuple().exponent == -currency_digits(target)


def test_a_currency_the_table_does_not_list_converts_to_nothing():
    assert TABLE.convert(100, "NZD", "USD") is None
    assert TABLE.convert(100, "USD", "NZD") is None


def test_the_euro_is_always_convertible_and_listed_first():
    assert TABLE.rate("EUR") == 1
    assert TABLE.currencies == ["EUR", "CAD", "JPY", "KRW", "USD"]


def test_a_converted_range_is_an_approximation_with_the_rates_date_and_source():
    conversion = convert_range(
        TABLE, "JPY", Decimal("6000000"), Decimal("10000000"), "USD"
    )
    assert conversion.text == "about USD 55,413.56 \u2013 92,355.93"
    assert "1 Oct 2019" in conversion.note
    assert "OJ 2019/C 331/05" in conversion.note


def test_an_open_range_converts_as_from_about():
    conversion = convert_range(TABLE, "USD", Decimal("2383"), None, "JPY")
    assert conversion.text == "from about JPY 258,023"
    assert conversion.amount_high is None


@pytest.mark.parametrize(
    ("table", "target"),
    [(TABLE, ""), (TABLE, "JPY"), (None, "USD")],
    ids=["no currency asked", "same currency", "no rates stored"],
)
def test_nothing_to_convert_gives_no_conversion(table, target):
    assert convert_range(table, "JPY", Decimal(1), Decimal(2), target) is None


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (Decimal("1600000"), Decimal("1600000"), "JPY 1,600,000"),
        (Decimal("20000.00"), Decimal("25000.00"), "JPY 20,000 \u2013 25,000"),
        (Decimal("2383"), None, "From JPY 2,383"),
        (None, Decimal("99"), "Up to JPY 99"),
        (None, None, "Amount not known"),
        # A stated fraction is kept, even in a currency without decimals.
        (Decimal("1000.00"), Decimal("2000.50"), "JPY 1,000 \u2013 2,000.5"),
    ],
)
def test_stated_amounts_read_as_the_source_states_them(low, high, expected):
    assert range_text("JPY", low, high) == expected


def test_a_fraction_of_a_dollar_shows_cents():
    assert amount_text(Decimal("1.5"), "USD") == "USD 1.50"


def test_a_picked_currency_is_upper_cased_and_blank_means_none():
    assert clean_currency(" usd ", TABLE) == "USD"
    assert clean_currency("eur", TABLE) == "EUR"
    assert clean_currency("", TABLE) == ""
    assert clean_currency(None, None) == ""


def test_an_unknown_currency_is_refused_naming_it_and_the_choices():
    with pytest.raises(ValidationError) as error:
        clean_currency("xyz", TABLE)
    message = error.value.messages[0]
    assert message.startswith("Unknown currency: xyz.")
    assert "EUR, CAD, JPY, KRW, USD" in message
    assert "1 Oct 2019" in message


def test_a_currency_without_any_stored_rates_is_refused():
    with pytest.raises(ValidationError, match="No exchange rates are stored"):
        clean_currency("USD", None)
