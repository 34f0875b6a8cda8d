"""The cost group both comparisons share: prices apart from other figures.

A price for one patient is shown in its own currency and, when the patient
picked one, converted, with the rates' date and source in the cell. Every other
figure (a tariff multiplier, a programme's spending, a deposit) goes to its own
row, its kind named first: it is never shown as a price.
"""

from django.utils.translation import gettext as _

from centers.pricing import cost_sections
from comparisons.compare.cells import Cell, Group, not_recorded, row


def figures_cell(figures, *, empty=not_recorded):
    if not figures:
        return empty()
    note = next((f.conversion.note for f in figures if f.conversion), "")
    text = "; ".join(figure.summary for figure in figures)
    return Cell(text + (f" {note}" if note else ""), costs=tuple(figures), note=note)


def cost_group(estimates_per_item, *, rates=None, currency=""):
    """Build the "Cost" group from each item's prefetched cost estimates.

    `rates` is the `RateTable` the form read; `currency` the code the patient
    picked, or "" for amounts as stated.
    """
    prices, context = [], []
    for estimates in estimates_per_item:
        sections = cost_sections(estimates, rates=rates, currency=currency)
        prices.append(figures_cell([figure for _, figure in sections.prices]))
        context.append(
            figures_cell(
                [figure for _, figure in sections.context],
                empty=lambda: Cell("—", known=False),
            )
        )
    return Group(
        "cost",
        _("Cost"),
        (
            row("cost", _("Prices for one patient"), prices),
            row("cost-context", _("Other cost figures (not prices)"), context),
        ),
    )
