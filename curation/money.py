"""Money as a patient reads it: amounts in their currency, and approximations.

Pure code, no queries: a `RateTable` is read once per request from
`ExchangeRate.objects.newest_table()` and passed to whatever converts. Amounts
are Decimal throughout; a converted amount is rounded to its currency's digits
(CLDR's, through Babel: yen and won have none) and always shown as "about",
with the table's date and source beside it.
"""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import get_currency_name, get_currency_precision
from django.core.exceptions import ValidationError
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext as _

BASE_CURRENCY = "EUR"  # reference tables quote every currency against the euro
DASH = "\u2013"  # an en dash, as in "EUR 20,000 \u2013 25,000"


def currency_digits(code):
    """Return how many decimals the currency is written with (JPY 0, USD 2)."""
    return get_currency_precision(code)


def currency_name(code):
    """Name the currency in the current language, e.g. 'US Dollar'."""
    return get_currency_name(code, locale=to_locale(get_language() or "en"))


def amount_text(amount, currency, *, digits=None):
    """Write `amount` as 'JPY 1,600,000'.

    Whole amounts without decimals; others with the currency's digits, or as
    many as the stated amount has if more (a source's 'JPY 2,000.5' stays so).
    """
    if digits is None:
        amount = Decimal(amount)
        stated = max(0, -amount.normalize().as_tuple().exponent)
        digits = stated and max(stated, currency_digits(currency))
    number = number_format(amount, decimal_pos=digits, force_grouping=True)
    return f"{currency} {number}"


def range_text(currency, low, high, *, digits=None):
    """Write a stated amount or range: a single figure, a range, 'from', 'up to'.

    A single figure fills both bounds; a 'from' price only the low one.
    """
    if low is None and high is None:
        return _("Amount not known")
    if high is None:
        return _("From %(amount)s") % {
            "amount": amount_text(low, currency, digits=digits)
        }
    if low is None:
        return _("Up to %(amount)s") % {
            "amount": amount_text(high, currency, digits=digits)
        }
    if low == high:
        return amount_text(low, currency, digits=digits)
    high_number = amount_text(high, currency, digits=digits).split(" ", 1)[1]
    return f"{amount_text(low, currency, digits=digits)} {DASH} {high_number}"


@dataclass(frozen=True)
class RateTable:
    """One published table of euro reference rates.

    `per_euro[code]` is how many units of `code` one euro bought on `on_date`.
    """

    on_date: datetime.date
    source_title: str
    source_url: str
    per_euro: dict = field(default_factory=dict)

    @classmethod
    def from_rates(cls, rates):
        """Build the table from `ExchangeRate` rows of one date (None if none)."""
        rates = list(rates)
        if not rates:
            return None
        first = rates[0]
        return cls(
            on_date=first.on_date,
            source_title=first.source_title,
            source_url=first.source_url,
            per_euro={rate.currency: rate.per_euro for rate in rates},
        )

    @property
    def currencies(self):
        """Every code the table converts to and from: the euro, then the rest."""
        return [BASE_CURRENCY, *sorted(set(self.per_euro) - {BASE_CURRENCY})]

    @property
    def date_text(self):
        return date_format(self.on_date, "j M Y")

    def rate(self, code):
        """Units of `code` per euro; None when the table has no rate for it."""
        return Decimal(1) if code == BASE_CURRENCY else self.per_euro.get(code)

    def convert(self, amount, from_code, to_code):
        """Convert through the euro, rounded to `to_code`'s digits; None if unknown."""
        if amount is None:
            return None
        from_rate, to_rate = self.rate(from_code), self.rate(to_code)
        if from_rate is None or to_rate is None:
            return None
        exact = Decimal(amount) * to_rate / from_rate
        step = Decimal(1).scaleb(-currency_digits(to_code))
        return exact.quantize(step, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Conversion:
    """A stated amount or range converted to the currency a patient picked."""

    currency: str
    amount_low: Decimal | None
    amount_high: Decimal | None
    table: RateTable

    @property
    def text(self):
        """'about USD 14,776.95'; 'from about', 'up to about' for open ranges."""
        digits = currency_digits(self.currency)
        low, high = self.amount_low, self.amount_high
        if high is None:
            return _("from about %(amount)s") % {
                "amount": amount_text(low, self.currency, digits=digits)
            }
        if low is None:
            return _("up to about %(amount)s") % {
                "amount": amount_text(high, self.currency, digits=digits)
            }
        return _("about %(amount)s") % {
            "amount": range_text(self.currency, low, high, digits=digits)
        }

    @property
    def short_note(self):
        """The rates' date only, where the page names the table nearby."""
        return _("at the euro reference rates of %(date)s") % {
            "date": self.table.date_text
        }

    @property
    def note(self):
        """Say which rates were used: their date and the table they come from."""
        return _("Converted at the euro reference rates of %(date)s (%(source)s).") % {
            "date": self.table.date_text,
            "source": self.table.source_title,
        }


def convert_range(table, currency, low, high, to_code):
    """Convert a stated range to `to_code`; None when nothing can or need be.

    Nothing to convert: no table, no target, the same currency, no amounts, or
    a currency the table has no rate for (the page says so instead).
    """
    if table is None or not to_code or to_code == currency:
        return None
    if low is None and high is None:
        return None
    if table.rate(currency) is None:
        return None
    return Conversion(
        currency=to_code,
        amount_low=table.convert(low, currency, to_code),
        amount_high=table.convert(high, currency, to_code),
        table=table,
    )


def clean_currency(value, table):
    """Validate a currency a patient picked: blank, or one the table converts to.

    Return the upper-case code, or "" for none. The error names the code and
    says where the choices come from, so the 400 answer explains itself.
    """
    code = (value or "").strip().upper()
    if not code:
        return ""
    if table is None:
        raise ValidationError(
            _("No exchange rates are stored yet, so prices cannot be converted."),
            code="no_rates",
        )
    if code not in table.currencies:
        raise ValidationError(
            _(
                "Unknown currency: %(code)s. Use a three-letter code the reference "
                "rates of %(date)s list: %(codes)s."
            )
            % {
                "code": value.strip()[:10],
                "date": table.date_text,
                "codes": ", ".join(table.currencies),
            },
            code="unknown_currency",
        )
    return code
