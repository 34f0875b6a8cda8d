"""Admin of the taxonomies: installed by migrations, corrected here."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from centers.models import (
    Accreditation,
    CancerType,
    Center,
    CenterAccreditation,
    CenterService,
    Offering,
    OfferingStatus,
    SupportiveService,
    TreatmentModality,
)
from curation.admin import (
    HistoryAdmin,
    count_of,
)


# ---------------------------------------------------------------------------
# Taxonomies: installed by migrations, corrected here
# ---------------------------------------------------------------------------
class CenterCountAdmin(HistoryAdmin):
    """A taxonomy's admin with a column counting the centers linked to each entry.

    `center_links` names the link table and its field pointing at the entry.
    """

    center_links = None  # (model, field)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(center_count=count_of(*self.center_links))
        )

    @admin.display(description=_("centers"), ordering="center_count")
    def center_count(self, obj):
        return obj.center_count


@admin.register(CancerType)
class CancerTypeAdmin(CenterCountAdmin):
    list_display = ["name", "icd10_range", "center_count"]
    search_fields = ["name", "slug", "icd10_range"]
    prepopulated_fields = {"slug": ["name"]}
    center_links = (Center.cancer_types.through, "cancertype")


@admin.register(TreatmentModality)
class TreatmentModalityAdmin(HistoryAdmin):
    list_display = ["name", "category", "operational_count"]
    list_filter = ["category"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                operational_count=count_of(
                    Offering, "modality", status=OfferingStatus.OPERATIONAL
                )
            )
        )

    @admin.display(description=_("operational at"), ordering="operational_count")
    def operational_count(self, obj):
        return obj.operational_count


@admin.register(SupportiveService)
class SupportiveServiceAdmin(CenterCountAdmin):
    list_display = ["name", "category", "center_count"]
    list_filter = ["category"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    center_links = (CenterService, "service")


@admin.register(Accreditation)
class AccreditationAdmin(CenterCountAdmin):
    list_display = ["name", "abbreviation", "body", "scope", "center_count"]
    list_filter = ["scope"]
    search_fields = ["name", "abbreviation", "body", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    center_links = (CenterAccreditation, "accreditation")
