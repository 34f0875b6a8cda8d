"""Load a table of euro reference rates from a CSV file: all rows or none.

The file has one row per currency: `on_date,currency,per_euro,source_url,
source_title` (curation/data/ holds the table the project ships). Every row is
checked before anything is written, and every bad row is named by line and
column, as the facility import does.
"""

import csv
import datetime
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction

from curation.models import ExchangeRate
from curation.money import BASE_CURRENCY

COLUMNS = ("on_date", "currency", "per_euro", "source_url", "source_title")
CODE = re.compile(r"^[A-Z]{3}$")
# ExchangeRate.per_euro: 16 digits, 6 of them decimals.
MAX_DECIMALS = 6
MAX_WHOLE_DIGITS = 10


class RatesFileError(ValidationError):
    """The file cannot be loaded as it is; nothing was written. Names each problem."""


@dataclass(frozen=True)
class RateRow:
    line: int
    on_date: datetime.date
    currency: str
    per_euro: Decimal
    source_url: str
    source_title: str


def _rate(text):
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite() or value <= 0:
        return None
    whole = value.adjusted() + 1
    if -value.as_tuple().exponent > MAX_DECIMALS or whole > MAX_WHOLE_DIGITS:
        return None
    return value


def rates_read(lines):
    """Read and check a rates file (an iterable of text lines); return its rows."""
    reader = csv.DictReader(lines)
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise RatesFileError([f"missing columns: {', '.join(missing)}"])
    problems, rows, seen = [], [], set()
    for line, raw in enumerate(reader, start=2):
        cells = {c: (raw.get(c) or "").strip() for c in COLUMNS}
        bad = []
        try:
            on_date = datetime.date.fromisoformat(cells["on_date"])
        except ValueError:
            bad.append(f"on_date: {cells['on_date']!r} is not a YYYY-MM-DD date")
            on_date = None
        code = cells["currency"].upper()
        if not CODE.match(code) or code == BASE_CURRENCY:
            bad.append(
                f"currency: {cells['currency']!r} is not an ISO 4217 code "
                f"other than {BASE_CURRENCY}"
            )
        per_euro = _rate(cells["per_euro"])
        if per_euro is None:
            bad.append(
                f"per_euro: {cells['per_euro']!r} is not a positive number with "
                f"at most {MAX_DECIMALS} decimals"
            )
        if not cells["source_url"].startswith(("https://", "http://")):
            bad.append("source_url: give the address of the published table")
        if not cells["source_title"]:
            bad.append("source_title: name the published table")
        if on_date and (code, on_date) in seen:
            bad.append(f"currency: {code} is listed twice for {on_date}")
        seen.add((code, on_date))
        if bad:
            problems.extend(f"line {line}, {problem}" for problem in bad)
            continue
        rows.append(
            RateRow(
                line=line,
                on_date=on_date,
                currency=code,
                per_euro=per_euro,
                source_url=cells["source_url"],
                source_title=cells["source_title"],
            )
        )
    if problems:
        raise RatesFileError(problems)
    if not rows:
        raise RatesFileError(["the file has no rates"])
    return rows


@transaction.atomic
def exchange_rates_load(*, rows) -> tuple[int, int]:
    """Store checked rows: a rate per currency and date, with its table.

    A rate already stored for the day is replaced by the file's (a corrected
    table). Return (created, updated).
    """
    created = updated = 0
    for row in rows:
        _, was_created = ExchangeRate.objects.update_or_create(
            currency=row.currency,
            on_date=row.on_date,
            defaults={
                "per_euro": row.per_euro,
                "source_url": row.source_url,
                "source_title": row.source_title,
            },
        )
        created += was_created
        updated += not was_created
    return created, updated
