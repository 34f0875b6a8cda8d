"""Stored exchange rates: the table the migration installs, loading newer ones."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from curation.models import ExchangeRate
from curation.rates import RatesFileError, exchange_rates_load, rates_read

pytestmark = pytest.mark.django_db

HEADER = "on_date,currency,per_euro,source_url,source_title\n"
URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"


def rates_file(*lines):
    return io.StringIO(HEADER + "".join(f"{line}\n" for line in lines))


def test_a_migrated_database_has_the_official_table_of_1_october_2019():
    table = ExchangeRate.objects.table()
    assert table.on_date == datetime.date(2019, 10, 1)
    assert len(table.per_euro) == 31
    # Spot checks against the Official Journal's table (2019/C 331/05).
    assert table.rate("USD") == Decimal("1.0898")
    assert table.rate("JPY") == Decimal("118.00")
    assert table.rate("KRW") == Decimal("1310.56")
    assert table.rate("GBP") == Decimal("0.88955")
    assert table.source_url.startswith(
        "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:C2019/331/05"
    )
    assert "2019/C 331/05" in table.source_title


def test_the_newest_date_is_the_table_pages_convert_with(django_assert_num_queries):
    ExchangeRate.objects.create(
        currency="USD",
        per_euro="1.1000",
        on_date=datetime.date(2025, 1, 2),
        source_url=URL,
        source_title="ECB",
    )
    with django_assert_num_queries(1):  # the rows of the newest date
        table = ExchangeRate.objects.table()
    assert table.on_date == datetime.date(2025, 1, 2)
    assert table.per_euro == {"USD": Decimal("1.1000")}


def test_no_stored_rates_is_no_table():
    ExchangeRate.objects.all().delete()
    assert ExchangeRate.objects.table() is None


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"currency": "EUR"}, "other than EUR"),
        ({"currency": "usd"}, "three-letter ISO 4217 code"),
        ({"per_euro": "0"}, "A rate is a positive number"),
        ({"on_date": datetime.date(2019, 10, 1)}, "already has a rate on this date"),
    ],
)
def test_the_database_refuses_a_bad_rate(values, message):
    row = {
        "currency": "USD",
        "per_euro": "1.1",
        "on_date": datetime.date(2025, 1, 2),
        "source_url": URL,
        "source_title": "ECB",
        **values,
    }
    with transaction.atomic(), pytest.raises(IntegrityError):
        ExchangeRate.objects.create(**row)
    with pytest.raises(ValidationError, match=message):
        ExchangeRate(**row).validate_constraints()


def test_a_rates_file_loads_whole_and_replaces_a_corrected_rate():
    rows = rates_read(
        rates_file(
            f"2025-01-02,USD,1.0321,{URL},ECB reference rates",
            f"2025-01-02,jpy,162.24,{URL},ECB reference rates",
        )
    )
    assert exchange_rates_load(rows=rows) == (2, 0)
    corrected = rates_read(rates_file(f"2025-01-02,USD,1.0322,{URL},ECB"))
    assert exchange_rates_load(rows=corrected) == (0, 1)
    table = ExchangeRate.objects.table()
    assert table.per_euro == {"USD": Decimal("1.0322"), "JPY": Decimal("162.24")}


def test_a_bad_rates_file_names_every_bad_row_and_loads_nothing():
    with pytest.raises(RatesFileError) as error:
        rates_read(
            rates_file(
                f"2025-01-02,USD,1.0321,{URL},ECB",
                f"02/01/2025,EUR,-1,{URL},ECB",
                "2025-01-02,JPY,abc,,",
                f"2025-01-02,USD,1.04,{URL},ECB",
            )
        )
    assert error.value.messages == [
        "line 3, on_date: '02/01/2025' is not a YYYY-MM-DD date",
        "line 3, currency: 'EUR' is not an ISO 4217 code other than EUR",
        "line 3, per_euro: '-1' is not a positive number with at most 6 decimals",
        "line 4, per_euro: 'abc' is not a positive number with at most 6 decimals",
        "line 4, source_url: give the address of the published table",
        "line 4, source_title: name the published table",
        "line 5, currency: USD is listed twice for 2025-01-02",
    ]


def test_a_file_without_the_columns_is_refused():
    with pytest.raises(RatesFileError, match="missing columns: per_euro"):
        rates_read(io.StringIO("on_date,currency,source_url,source_title\n"))


def test_the_load_command_reports_what_it_stored(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text(HEADER + f"2025-01-02,USD,1.0321,{URL},ECB\n", encoding="utf-8")
    out = io.StringIO()
    call_command("load_exchange_rates", str(path), stdout=out)
    assert out.getvalue().strip() == "1 rates created, 0 updated, for 2025-01-02."


def test_the_load_command_refuses_a_bad_file_and_writes_nothing(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text(HEADER + f"2025-01-02,USD,0,{URL},ECB\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing loaded") as error:
        call_command("load_exchange_rates", str(path))
    assert "line 2, per_euro: '0'" in str(error.value)
    assert ExchangeRate.objects.table().on_date == datetime.date(2019, 10, 1)
