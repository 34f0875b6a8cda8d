"""Cost figures as patients read them: prices apart from everything else.

`cost_figure()` turns a prefetched `CostEstimate` into a frozen `CostFigure`
that the pages, the comparison and the API render alike. Only a per-patient
price is a price: it gets an amount block and, when the patient picked a
currency, a conversion with the rate's date. Any other kind (a tariff
multiplier, a programme's spending, a deposit) is context: its text always
starts with its kind, and it is never converted. No queries here.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from centers.models import CostKind, CostPayer
from curation.money import Conversion, RateTable, convert_range, range_text

# A patient from abroad pays a self-pay price; those come first in a list.
PAYER_ORDER = {
    CostPayer.SELF_PAY_FOREIGN: 0,
    CostPayer.UNKNOWN: 1,
    CostPayer.INSURED_RESIDENT: 2,
    CostPayer.PUBLIC_PROGRAMME: 3,
}


@dataclass(frozen=True)
class CostFigure:
    """One cost figure a source states: a price, or context with its kind named."""

    scope: str
    treatment: str  # the modality's name, or what else is priced; "" for any
    cancer_type: str
    kind: str
    kind_label: str
    payer: str
    payer_label: str
    currency: str
    amount_low: Decimal | None
    amount_high: Decimal | None
    basis: str
    as_of: str
    conversion: Conversion | None = None
    no_rate: bool = False  # a currency was picked, but the table has no rate

    @property
    def is_price(self):
        return self.kind == CostKind.PER_PATIENT

    @property
    def amount_text(self):
        """The amount as stated, in its own currency: 'EUR 20,000 - 25,000'
        (with an en dash)."""
        return range_text(self.currency, self.amount_low, self.amount_high)

    @property
    def payer_known(self):
        return self.payer != CostPayer.UNKNOWN

    @property
    def context_text(self):
        """A non-price as a sentence that names its kind first, e.g.
        "A programme's spending: CAD 2,400,000"."""
        return f"{self.kind_label}: {self.amount_text}"

    @property
    def converted_text(self):
        """'about USD 14,776.95', a missing-rate notice, or ''."""
        if self.conversion:
            return self.conversion.text
        if self.no_rate:
            return _("no reference rate for %(code)s") % {"code": self.currency}
        return ""

    @property
    def subject(self):
        """What is priced, for a list that mixes scopes: 'QST Hospital, Carbon-ion
        therapy, prostate'."""
        parts = [self.scope, self.treatment]
        if self.cancer_type and not self.cancer_type.startswith("any"):
            parts.append(self.cancer_type)
        return ", ".join(part for part in parts if part)

    @property
    def summary(self):
        """The figure in one line for a comparison cell or a CSV.

        A price: 'subject: JPY 1,600,000 (about USD 14,776.95); insured resident;
        per course; 2022-04'. Anything else starts with its kind instead.
        """
        if self.is_price:
            head = self.amount_text
            if self.converted_text:
                head += f" ({self.converted_text})"
        else:
            head = self.context_text
        details = [self.payer_label if self.payer_known else "", self.basis]
        if self.as_of:
            details.append(_("as of %(date)s") % {"date": self.as_of})
        tail = "; ".join(detail for detail in details if detail)
        return f"{self.subject}: {head}" + (f" ({tail})" if tail else "")


def cost_figure(estimate, *, rates: RateTable | None = None, currency: str = ""):
    """Build the figure of one estimate; convert it only if it is a price."""
    conversion = None
    no_rate = False
    if estimate.is_price and currency and currency != estimate.currency:
        conversion = convert_range(
            rates,
            estimate.currency,
            estimate.amount_low,
            estimate.amount_high,
            currency,
        )
        has_amount = estimate.amount_low is not None or estimate.amount_high is not None
        no_rate = conversion is None and rates is not None and has_amount
    modality = estimate.modality
    return CostFigure(
        scope=estimate.scope,
        treatment=modality.name if modality else estimate.treatment,
        cancer_type=estimate.cancer_type,
        kind=estimate.kind,
        kind_label=str(estimate.get_kind_display()),
        payer=estimate.payer,
        payer_label=str(estimate.get_payer_display()),
        currency=estimate.currency,
        amount_low=estimate.amount_low,
        amount_high=estimate.amount_high,
        basis=estimate.basis,
        as_of=estimate.as_of,
        conversion=conversion,
        no_rate=no_rate,
    )


@dataclass(frozen=True)
class CostSections:
    """A page's cost figures: prices (patients from abroad first) and the rest."""

    prices: tuple  # (estimate, figure) pairs
    context: tuple

    @property
    def conversion(self):
        """The first conversion, whose table every price on the page shares."""
        return next((f.conversion for _, f in self.prices if f.conversion), None)


def cost_sections(estimates, *, rates=None, currency=""):
    """Split prefetched estimates into prices and context, each with its figure."""
    pairs = [(e, cost_figure(e, rates=rates, currency=currency)) for e in estimates]
    prices = sorted(
        (pair for pair in pairs if pair[1].is_price),
        key=lambda pair: PAYER_ORDER.get(pair[1].payer, 1),
    )
    context = [pair for pair in pairs if not pair[1].is_price]
    return CostSections(prices=tuple(prices), context=tuple(context))
