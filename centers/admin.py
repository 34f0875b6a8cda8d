"""Staff admin for centers, their offerings, the taxonomies and cost estimates.

Shared pieces (provenance column, actions, citation inline, fieldsets) are in
`curation/admin.py`.
"""

import io
import secrets

from django import forms
from django.contrib import admin, messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from centers.importer import FacilityImportError, facilities_import
from centers.models import (
    Accreditation,
    CancerType,
    Center,
    CenterAccreditation,
    CenterService,
    CenterSource,
    CostEstimate,
    CostSource,
    ModalityCategory,
    Offering,
    OfferingSource,
    OfferingStatus,
    SupportiveService,
    TreatmentModality,
    has_operational_offering,
)
from curation.admin import (
    CitationInline,
    CuratedAdmin,
    HistoryAdmin,
    ProvenanceAdminMixin,
    ProvenanceListFilter,
    count_of,
    curated_fieldsets,
    mark_verified_today,
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
        "first_year",
        "treatment_rooms",
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
    fields = ["service", "notes"]
    autocomplete_fields = ["service"]


class CenterAccreditationInline(admin.TabularInline):
    model = CenterAccreditation
    extra = 0
    verbose_name_plural = _("accreditations held")
    fields = ["accreditation", "since_year", "notes"]
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


class FacilityImportForm(forms.Form):
    """A facility list uploaded by a curator, read as UTF-8 text.

    A file that passed a check is held for an hour under a token only its
    curator can use, so "Import" after "Check the file" needs no new upload.
    """

    MAX_BYTES = 20 * 1024 * 1024  # about 80,000 rows; larger lists go by command
    HELD_SECONDS = 3600

    file = forms.FileField(
        label=_("CSV file"),
        required=False,
        help_text=_(
            "UTF-8 CSV with the columns name, country, particles, status and "
            "source_url (city, first_treatment_year, treatment_rooms, confidence "
            "and notes are optional), as a spreadsheet saves it."
        ),
    )
    checked = forms.CharField(required=False, widget=forms.HiddenInput)
    verified_on = forms.DateField(
        label=_("Last verified"),
        initial=timezone.localdate,
        help_text=_("The day the list was checked against its sources."),
    )
    publish = forms.BooleanField(
        label=_("Publish the centers"),
        required=False,
        help_text=_(
            "Leave unticked to create new centers as drafts for review; "
            "existing centers then keep their publication status."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than 20 MB; import it with manage.py.")
            )
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _(
                    "The file is not UTF-8 text (byte %(position)s). Save it as "
                    "'CSV UTF-8' and upload it again."
                )
                % {"position": error.start}
            ) from error
        if "\x00" in text:
            raise forms.ValidationError(
                _("This is not a CSV file (a spreadsheet? save it as CSV UTF-8).")
            )
        return (upload.name, text)

    def clean(self):
        cleaned = super().clean()
        if "file" in self.errors:
            return cleaned
        held = cleaned.get("file")
        token = cleaned.get("checked")
        if held is None and token:
            held = cache.get(self._key(token))
            if held is None:
                self.add_error(
                    "file", _("The checked file is no longer held; choose it again.")
                )
        elif held is None:
            self.add_error("file", _("Choose a CSV file."))
        cleaned["name"], cleaned["text"] = held or ("", "")
        return cleaned

    def ready_to_import(self):
        """Hold this checked file; return a form whose "Import" imports it."""
        token = secrets.token_urlsafe(16)
        held = (self.cleaned_data["name"], self.cleaned_data["text"])
        cache.set(self._key(token), held, self.HELD_SECONDS)
        return FacilityImportForm(
            initial={
                "checked": token,
                "verified_on": self.cleaned_data["verified_on"],
                "publish": self.cleaned_data["publish"],
            },
            user=self.user,
        )

    def release(self):
        if token := self.cleaned_data.get("checked"):
            cache.delete(self._key(token))

    def _key(self, token):
        return f"facility-import:{self.user.pk}:{token}"


@admin.register(Center)
class CenterAdmin(CuratedAdmin):
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
                    "runs_clinical_trials",
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

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_facilities_view),
                name="centers_center_import",
            ),
            *super().get_urls(),
        ]

    def may_import(self, request):
        """An import adds and changes centers and adds their offerings and sources."""
        return request.user.has_perms(
            [
                "centers.add_center",
                "centers.change_center",
                "centers.add_offering",
                "centers.change_offering",
                "destinations.add_source",
            ]
        )

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "may_import": self.may_import(request),
        }
        return super().changelist_view(request, extra_context=extra_context)

    def import_facilities_view(self, request):
        """Check or import a facility list: all rows or none, every bad row named."""
        if not self.may_import(request):
            raise PermissionDenied
        form = FacilityImportForm(
            request.POST or None, request.FILES or None, user=request.user
        )
        report = None
        checked_name = ""
        if request.method == "POST" and form.is_valid():
            dry_run = "_check" in request.POST
            try:
                report = facilities_import(
                    stream=io.StringIO(form.cleaned_data["text"], newline=""),
                    verified_on=form.cleaned_data["verified_on"],
                    publish=form.cleaned_data["publish"],
                    dry_run=dry_run,
                    user=request.user,
                )
            except FacilityImportError as error:
                report = error.report
            else:
                if not dry_run:
                    form.release()
                    self.message_user(request, report.summary(), messages.SUCCESS)
                    return redirect("admin:centers_center_changelist")
                checked_name = form.cleaned_data["name"]
                form = form.ready_to_import()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Import particle-therapy facilities"),
            "form": form,
            "report": report,
            "checked_name": checked_name,
            "changelist_url": reverse("admin:centers_center_changelist"),
        }
        return TemplateResponse(
            request, "admin/centers/center/import_facilities.html", context
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
                "operational offerings count in filters and comparisons."
            ),
        }


@admin.register(Offering)
class OfferingAdmin(ProvenanceAdminMixin, HistoryAdmin):
    form = OfferingForm
    list_display = [
        "center",
        "modality",
        "status",
        "first_year",
        "treatment_rooms",
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
        "first_year",
        "treatment_rooms",
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
        "basis",
        "publication_status",
        "last_verified",
        "provenance",
    ]
    list_filter = [
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
