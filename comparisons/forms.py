"""The one form that validates a comparison's input, for the page and the API."""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from centers import rollups
from centers.models import Center
from comparisons.compare import compare_centers, compare_countries
from curation.filters import resolve_tokens, split_tokens
from curation.forms import currency_choices
from curation.models import ExchangeRate
from curation.money import clean_currency
from curation.tray import MAX_ITEMS, MIN_ITEMS


class ComparisonForm(forms.Form):
    """Validate `countries=jp,de` or `centers=<slug>,<slug>`: 2 to 4 known items.

    Countries are named by ISO code or slug, centers by slug; order is kept, a
    repeated item counts once. `currency=USD` converts prices with the stored
    reference rates (none: amounts as the sources state them). Errors are
    attached to the parameter they concern.
    """

    countries = forms.CharField(
        required=False,
        max_length=500,
        help_text=_("2 to 4 country ISO codes or slugs, comma-separated: jp,de"),
    )
    centers = forms.CharField(
        required=False,
        max_length=1000,
        help_text=_("2 to 4 center slugs, comma-separated."),
    )
    currency = forms.CharField(
        required=False,
        max_length=10,
        help_text=_(
            "A currency to convert prices to, e.g. USD; leave out for amounts as "
            "the sources state them."
        ),
    )

    def __init__(self, *args, kind=None, **kwargs):
        """`kind` ('countries' or 'centers') fixes which parameter is expected."""
        super().__init__(*args, **kwargs)
        self.kind = kind

    @cached_property
    def rates(self):
        """The newest reference-rate table, read once (None if none is stored)."""
        return ExchangeRate.objects.table()

    @property
    def currency_choices(self):
        return currency_choices(self.rates)

    @property
    def chosen_currency(self):
        return self.cleaned_data.get("currency", "") if self.is_valid() else ""

    def clean_currency(self):
        value = self.cleaned_data.get("currency")
        # Read the rates only when a currency is asked for.
        return clean_currency(value, self.rates) if value else ""

    def clean_countries(self):
        return self._resolve(
            "countries",
            rollups.countries().published().for_comparison(),
            ("code", "slug"),
        )

    def clean_centers(self):
        return self._resolve(
            "centers", Center.objects.published().for_comparison(), ("slug",)
        )

    def _resolve(self, name, queryset, lookups):
        if self.kind and self.kind != name:
            return []
        tokens = split_tokens(self.cleaned_data.get(name, ""))
        if not tokens:
            return []
        if len(tokens) > MAX_ITEMS:
            raise forms.ValidationError(
                _("Compare at most %(max)s items; you named %(count)s.")
                % {"max": MAX_ITEMS, "count": len(tokens)},
                code="too_many",
            )
        noun = _("country") if name == "countries" else _("center")
        objects = resolve_tokens(queryset, lookups, tokens, noun=noun)
        if len(objects) < MIN_ITEMS:
            raise forms.ValidationError(
                _("Compare at least %(min)s different items.") % {"min": MIN_ITEMS},
                code="too_few",
            )
        return objects

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        expected = [self.kind] if self.kind else ["countries", "centers"]
        given = [name for name in expected if cleaned.get(name)]
        if not given:
            for name in expected:
                self.add_error(
                    name,
                    forms.ValidationError(
                        _("Name %(min)s to %(max)s items to compare.")
                        % {"min": MIN_ITEMS, "max": MAX_ITEMS},
                        code="required",
                    ),
                )
        elif len(given) > 1:
            raise forms.ValidationError(
                _("Compare countries or centers, not both at once."), code="both"
            )
        return cleaned

    @property
    def compared_kind(self):
        return "countries" if self.cleaned_data.get("countries") else "centers"

    def comparison(self, *, today=None):
        """Build the comparison from valid input, prices converted if asked."""
        currency = self.cleaned_data.get("currency", "")
        options = {
            "today": today,
            "rates": self.rates if currency else None,
            "currency": currency,
        }
        if self.compared_kind == "countries":
            return compare_countries(self.cleaned_data["countries"], **options)
        return compare_centers(self.cleaned_data["centers"], **options)
