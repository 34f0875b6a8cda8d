"""Forms the pages of several apps share."""

from django import forms
from django.utils.translation import gettext_lazy as _

from curation.money import DASH, clean_currency, currency_name


def currency_choices(rates):
    """The currencies a patient can pick, for a select: ('USD', 'USD - US Dollar')."""
    if rates is None:
        return []
    return [(code, f"{code} {DASH} {currency_name(code)}") for code in rates.currencies]


class CurrencyForm(forms.Form):
    """Validate `currency=`: blank (amounts as stated) or a code the rates list.

    `rates` is the `RateTable` the page converts with, read by the view.
    """

    currency = forms.CharField(
        required=False,
        max_length=10,
        label=_("Also show prices in"),
        help_text=_("A three-letter currency code, e.g. USD."),
    )

    def __init__(self, *args, rates=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.rates = rates

    def clean_currency(self):
        return clean_currency(self.cleaned_data.get("currency"), self.rates)

    @property
    def chosen(self):
        """The valid code picked, or "" (also when the input was bad)."""
        return self.cleaned_data.get("currency", "") if self.is_valid() else ""

    @property
    def choices(self):
        return currency_choices(self.rates)
