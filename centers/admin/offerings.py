"""Admin of offerings and cost estimates, each with its own sources."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from centers.models import (
    CostEstimate,
    CostSource,
    Offering,
    OfferingSource,
)
from curation.admin import (
    CitationInline,
    CuratedAdmin,
    HistoryAdmin,
    ProvenanceAdminMixin,
    ProvenanceListFilter,
    curated_fieldsets,
    mark_verified_today,
)


class OfferingSourceInline(CitationInline):
    model = OfferingSource


class OfferingForm(forms.ModelForm):
    class Meta:
        help_texts = {
            "first_year": _(
                "The year the first patient was treated with this modality here, "
                "not the year the building opened."
            ),
            "status": _(
                "Operational only when patients are treated today; only "
                "operational offerings count in filters and comparisons. "
                "Under construction: being built; planned: announced, not built."
            ),
        }


@admin.register(Offering)
class OfferingAdmin(ProvenanceAdminMixin, HistoryAdmin):
    form = OfferingForm
    list_display = [
        "center",
        "modality",
        "status",
        "expected_year",
        "first_year",
        "treatment_rooms",
        "research_rooms",
        "last_verified",
        "provenance",
    ]
    list_filter = [
        "status",
        "modality__category",
        "modality",
        "center__country",
        "confidence",
        ProvenanceListFilter,
    ]
    list_select_related = ["center", "modality"]
    search_fields = [
        "center__name",
        "center__city",
        "center__country__name",
        "modality__name",
    ]
    autocomplete_fields = ["center", "modality"]
    actions = [mark_verified_today]
    inlines = [OfferingSourceInline]
    fields = [
        "center",
        "modality",
        "status",
        "expected_year",
        "first_year",
        "treatment_rooms",
        "research_rooms",
        "public_note",
        "notes",
        "last_verified",
        "confidence",
    ]
    history_list_display = ["status", "last_verified", "confidence"]


class CostSourceInline(CitationInline):
    model = CostSource


class CostEstimateForm(forms.ModelForm):
    class Meta:
        help_texts = {
            "currency": _("ISO 4217 code of the amounts as the source states them."),
            "amount_low": _(
                "Exactly as the source states it, never converted. A single price "
                "fills both amounts; a 'from' price only this one."
            ),
            "amount_high": _("Blank for a 'from' price."),
            "basis": _(
                "What the amount is for, e.g. 'full course, self-pay' or "
                "'per fraction'."
            ),
            "as_of": _("The date or year the price applies to, as the source says."),
        }


@admin.register(CostEstimate)
class CostEstimateAdmin(CuratedAdmin):
    form = CostEstimateForm
    list_display = [
        "scope",
        "country",
        "center",
        "modality",
        "amount",
        "kind",
        "payer",
        "publication_status",
        "last_verified",
        "provenance",
    ]
    list_filter = [
        "kind",
        "payer",
        "publication_status",
        "country",
        "modality__category",
        "confidence",
        ProvenanceListFilter,
    ]
    list_select_related = ["country", "center", "modality"]
    search_fields = [
        "scope",
        "treatment",
        "cancer_type",
        "basis",
        "center__name",
        "country__name",
        "country__code",
    ]
    autocomplete_fields = ["country", "center", "modality"]
    inlines = [CostSourceInline]
    fieldsets = curated_fieldsets(
        (
            _("What is priced"),
            {
                "fields": [
                    "scope",
                    "country",
                    "center",
                    "modality",
                    "treatment",
                    "cancer_type",
                ]
            },
        ),
        (
            _("What the figure is"),
            {
                "fields": ["kind", "payer"],
                "description": _(
                    "Only a price for one patient's course of treatment is shown "
                    "to patients as a price (and converted to their currency); "
                    "every other kind is shown as context, its kind named."
                ),
            },
        ),
        (
            _("Amount"),
            {
                "fields": [
                    "currency",
                    "amount_low",
                    "amount_high",
                    "basis",
                    "includes",
                    "excludes",
                    "as_of",
                ]
            },
        ),
    )

    @admin.display(description=_("amount"), ordering="amount_low")
    def amount(self, obj):
        if obj.amount_low is None and obj.amount_high is None:
            return "—"
        if obj.amount_high is None:
            return f"{_('from')} {obj.amount_low:,} {obj.currency}"
        if obj.amount_low is None or obj.amount_low == obj.amount_high:
            return f"{obj.amount_high:,} {obj.currency}"
        return f"{obj.amount_low:,} to {obj.amount_high:,} {obj.currency}"
