"""The staff product for destinations: countries, visas, partnerships, funding
routes and languages. Shared admin pieces are in `curation/admin.py`."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from curation.admin import (
    CitationInline,
    CuratedAdmin,
    ProvenanceListFilter,
    count_of,
    curated_fieldsets,
)
from destinations.models import (
    Country,
    CountrySource,
    FundingPathway,
    FundingPathwaySource,
    Language,
    MedicalVisa,
    Partnership,
    PartnershipSource,
    VisaSource,
)


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "country_count", "center_count"]
    search_fields = ["name", "code"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                country_count=count_of(Country.official_languages.through, "language"),
                # Through the reverse relation: destinations imports no centers.
                center_count=count_of(Language.centers.through, "language"),
            )
        )

    @admin.display(description=_("countries"), ordering="country_count")
    def country_count(self, obj):
        return obj.country_count

    @admin.display(description=_("centers"), ordering="center_count")
    def center_count(self, obj):
        return obj.center_count


# ---------------------------------------------------------------------------
# Countries, visas, partnerships
# ---------------------------------------------------------------------------
class CountrySourceInline(CitationInline):
    model = CountrySource


class MedicalVisaInline(admin.TabularInline):
    model = MedicalVisa
    extra = 0
    fields = [
        "name",
        "max_stay_days",
        "companion_allowed",
        "coordinator_required",
        "publication_status",
        "last_verified",
    ]
    show_change_link = True


class CountryForm(forms.ModelForm):
    class Meta:
        help_texts = {
            "slug": _(
                "Part of the country's public address. Changing it breaks links "
                "partners and patients have saved."
            ),
            "health_expenditure_year": _(
                "The year the figure refers to, not the year you read it."
            ),
            "jci_accredited_org_count": _(
                "Organisations in the JCI directory for this country. Blank when "
                "not counted."
            ),
            "jci_count_note": _(
                "When and where the count was taken, e.g. 'JCI directory, Oct 2025'."
            ),
            "summary": _("Two or three sentences for patients, shown on the list."),
            "notes": _("For curators: open questions, what to re-check. Not public."),
        }


@admin.register(Country)
class CountryAdmin(CuratedAdmin):
    form = CountryForm
    list_display = [
        "name",
        "code",
        "region",
        "center_count",
        "visa_count",
        "publication_status",
        "last_verified",
        "provenance",
    ]
    list_filter = [
        "publication_status",
        "region",
        "confidence",
        ProvenanceListFilter,
    ]
    search_fields = ["name", "code", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["official_languages"]
    inlines = [MedicalVisaInline, CountrySourceInline]
    fieldsets = curated_fieldsets(
        (_("Identity"), {"fields": ["name", "slug", "code", "region"]}),
        (
            _("Access for international patients"),
            {"fields": ["official_languages", "currency", "summary"]},
        ),
        (
            _("Health system"),
            {
                "fields": [
                    "health_expenditure_per_capita",
                    "health_expenditure_year",
                    "health_expenditure_basis",
                    "jci_accredited_org_count",
                    "jci_count_note",
                ]
            },
        ),
    )

    def get_queryset(self, request):
        # Through the reverse relation: destinations imports no centers.
        centers = Country.centers.rel.related_model
        return (
            super()
            .get_queryset(request)
            .annotate(
                center_count=count_of(centers, "country"),
                visa_count=count_of(MedicalVisa, "country"),
            )
        )

    @admin.display(description=_("centers"), ordering="center_count")
    def center_count(self, obj):
        return obj.center_count

    @admin.display(description=_("visas"), ordering="visa_count")
    def visa_count(self, obj):
        return obj.visa_count


class VisaSourceInline(CitationInline):
    model = VisaSource


@admin.register(MedicalVisa)
class MedicalVisaAdmin(CuratedAdmin):
    list_display = [
        "name",
        "country",
        "max_stay_days",
        "companion_allowed",
        "coordinator_required",
        "publication_status",
        "last_verified",
        "provenance",
    ]
    list_filter = [
        "publication_status",
        "country",
        "companion_allowed",
        "coordinator_required",
        "confidence",
        ProvenanceListFilter,
    ]
    list_select_related = ["country"]
    search_fields = ["name", "issuer", "country__name", "country__code"]
    autocomplete_fields = ["country"]
    inlines = [VisaSourceInline]
    fieldsets = curated_fieldsets(
        (_("Identity"), {"fields": ["country", "name", "issuer"]}),
        (
            _("Stay and companions"),
            {
                "fields": [
                    "max_stay_days",
                    "validity",
                    "companion_allowed",
                    "companion_notes",
                ]
            },
        ),
        (
            _("Applying"),
            {"fields": ["coordinator_required", "coordinator_notes", "documents"]},
        ),
    )


class PartnershipSourceInline(CitationInline):
    model = PartnershipSource


class PartnershipCenterInline(admin.TabularInline):
    """Centers named as parties (the link is declared on the center)."""

    model = Partnership.centers.through
    extra = 0
    autocomplete_fields = ["center"]
    verbose_name = _("center named as a party")
    verbose_name_plural = _("centers named as parties")


@admin.register(Partnership)
class PartnershipAdmin(CuratedAdmin):
    list_display = [
        "name",
        "kind",
        "status",
        "started_year",
        "country_list",
        "publication_status",
        "last_verified",
        "provenance",
    ]
    list_filter = [
        "publication_status",
        "kind",
        "status",
        "countries",
        "confidence",
        ProvenanceListFilter,
    ]
    search_fields = ["name", "parties", "countries__name", "countries__code"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["countries"]
    inlines = [PartnershipCenterInline, PartnershipSourceInline]
    fieldsets = curated_fieldsets(
        (_("Identity"), {"fields": ["name", "slug", "kind", "summary"]}),
        (_("Parties"), {"fields": ["countries", "parties"]}),
        (
            _("Status and scope"),
            {
                "fields": [
                    "status",
                    "status_note",
                    "started_year",
                    "scope",
                    "challenges",
                ]
            },
        ),
    )

    def get_queryset(self, request):
        # One prefetch query for the whole page, not one per row.
        return super().get_queryset(request).prefetch_related("countries")

    @admin.display(description=_("countries"))
    def country_list(self, obj):
        return ", ".join(country.code for country in obj.countries.all())


class FundingPathwaySourceInline(CitationInline):
    model = FundingPathwaySource


@admin.register(FundingPathway)
class FundingPathwayAdmin(CuratedAdmin):
    list_display = [
        "name",
        "origin_name",
        "origin",
        "publication_status",
        "last_verified",
        "provenance",
    ]
    list_filter = ["publication_status", "confidence", ProvenanceListFilter]
    search_fields = ["name", "origin", "origin_name", "conditions", "covers"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [FundingPathwaySourceInline]
    fieldsets = curated_fieldsets(
        (_("Identity"), {"fields": ["name", "slug"]}),
        (_("Who it is for"), {"fields": ["origin", "origin_name", "conditions"]}),
        (_("What it pays"), {"fields": ["covers"]}),
    )
