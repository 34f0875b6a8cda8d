"""A small table of euro reference rates for tests that need no database."""

import datetime
from decimal import Decimal

from curation.money import RateTable

# Three lines of the table the project ships (ECB reference rates, 1 Oct 2019).
TABLE = RateTable(
    on_date=datetime.date(2019, 10, 1),
    source_title="European Central Bank reference rates, OJ 2019/C 331/05",
    source_url="https://eur-lex.europa.eu/example",
    per_euro={
        "USD": Decimal("1.0898"),
        "JPY": Decimal("118.00"),
        "KRW": Decimal("1310.56"),
        "CAD": Decimal("1.4466"),
    },
)
