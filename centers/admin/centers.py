"""Admin of centers: identity, access, care, with their offerings, services,
accreditations and sources inline."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from centers.admin.imports import FacilityImportAdminMixin
from centers.models import (
    Center,
    CenterAccreditation,
    CenterService,
    CenterSource,
    ModalityCategory,
    Offering,
    has_operational_offering,
)
from curation.admin import (
    CitationInline,
    CuratedAdmin,
    ProvenanceListFilter,
    count_of,
    curated_fieldsets,
)


# ---------------------------------------------------------------------------
# Centers and what they offer
# ---------------------------------------------------------------------------
class OffersModalityCategoryListFilter(admin.SimpleListFilter):
    """Keep centers with an operational offering in a modality category."""

    title = _("offers (operational)")
    parameter_name = "modality_category"

    def lookups(self, request, model_admin):
        return ModalityCategory.choices

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        # Exists, not a join: one row per center, no DISTINCT needed.
        return queryset.filter(
            has_operational_offering(modality__category=self.value())
        )


class OfferingInline(admin.TabularInline):
    """Modalities the center offers; each offering's sources are on its own page."""

    model = Offering
    extra = 0
    fields = [
        "modality",
        "status",
        "expected_year",
        "first_year",
        "treatment_rooms",
        "research_rooms",
        "last_verified",
        "confidence",
    ]
    autocomplete_fields = ["modality"]
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("center", "modality")


class CenterServiceInline(admin.TabularInline):
    model = CenterService
    extra = 0
    verbose_name_plural = _("supportive services offered")
    fields = ["service", "public_note", "notes"]
    autocomplete_fields = ["service"]


class CenterAccreditationInline(admin.TabularInline):
    model = CenterAccreditation
    extra = 0
    verbose_name_plural = _("accreditations held")
    fields = ["accreditation", "since_year", "public_note", "notes"]
    autocomplete_fields = ["accreditation"]


class CenterSourceInline(CitationInline):
    model = CenterSource


class CenterForm(forms.ModelForm):
    class Meta:
        help_texts = {
            "slug": _(
                "Part of the center's public address. Changing it breaks links "
                "partners and patients have saved."
            ),
            "kind": _(
                "Academic: a university hospital or teaching center. Public: run by "
                "the state or a public body. Private: everything else."
            ),
            "founded_year": _("The year the institution itself opened."),
            "has_tumor_board": _(
                "Whether cases are reviewed by a multidisciplinary tumor board. "
                "Leave unknown unless a source says."
            ),
            "runs_clinical_trials": _(
                "Whether the center takes part in clinical trials. Leave unknown "
                "unless a source says."
            ),
            "foreign_patient_pricing": _(
                "How the center prices care for patients from abroad, as the "
                "source says. Amounts go in cost estimates."
            ),
            "summary": _("Two or three sentences for patients, shown on the list."),
            "notes": _("For curators: open questions, what to re-check. Not public."),
        }


@admin.register(Center)
class CenterAdmin(FacilityImportAdminMixin, CuratedAdmin):
    form = CenterForm
    list_display = [
        "name",
        "country",
        "city",
        "kind",
        "intake_route",
        "offering_count",
        "publication_status",
        "last_verified",
        "provenance",
    ]
    list_filter = [
        "publication_status",
        "country",
        "kind",
        "intake_route",
        OffersModalityCategoryListFilter,
        "has_international_office",
        "confidence",
        ProvenanceListFilter,
    ]
    list_select_related = ["country"]
    search_fields = ["name", "slug", "city", "country__name", "country__code"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["country", "parent", "languages", "cancer_types"]
    inlines = [
        OfferingInline,
        CenterServiceInline,
        CenterAccreditationInline,
        CenterSourceInline,
    ]
    fieldsets = curated_fieldsets(
        (
            _("Identity"),
            {
                "fields": [
                    "name",
                    "slug",
                    "country",
                    "city",
                    "parent",
                    "kind",
                    "founded_year",
                    "website",
                    "summary",
                ]
            },
        ),
        (
            _("Access for international patients"),
            {
                "fields": [
                    "intake_route",
                    "response_time",
                    "has_international_office",
                    "international_contact",
                    "languages",
                    "language_support",
                    "eligibility_notes",
                    "foreign_patient_pricing",
                    "deposit_policy",
                ]
            },
        ),
        (
            _("Care and expertise"),
            {
                "fields": [
                    "cancer_types",
                    "has_tumor_board",
                    "tumor_board_note",
                    "runs_clinical_trials",
                    "clinical_trials_note",
                    "newsweek_oncology_rank_2024",
                ]
            },
        ),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(offering_count=count_of(Offering, "center"))
        )

    @admin.display(description=_("offerings"), ordering="offering_count")
    def offering_count(self, obj):
        return obj.offering_count
