"""Serializers for centers, what they offer, cost estimates and the taxonomies."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from centers.models import (
    Accreditation,
    CancerType,
    Center,
    CenterAccreditation,
    CenterService,
    CostEstimate,
    CostKind,
    CostPayer,
    Offering,
    SupportiveService,
    TreatmentModality,
)
from centers.pricing import cost_figure
from curation.api.fields import (
    FactBlockSerializer,
    KnownChoiceField,
    PublicModelSerializer,
    SiteUrlField,
)
from destinations.api.serializers import (
    CountryBriefSerializer,
    LanguageSerializer,
    MedicalVisaSerializer,
    PartnershipBriefSerializer,
)
from destinations.models import Country, Partnership

# -- taxonomies ----------------------------------------------------------------


class TreatmentModalityBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = TreatmentModality
        fields = ["slug", "name", "category"]


class TreatmentModalitySerializer(PublicModelSerializer):
    class Meta:
        model = TreatmentModality
        fields = ["slug", "name", "category", "description"]


class SupportiveServiceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = SupportiveService
        fields = ["slug", "name", "category"]


class SupportiveServiceSerializer(PublicModelSerializer):
    class Meta:
        model = SupportiveService
        fields = ["slug", "name", "category", "description"]


class CancerTypeBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = CancerType
        fields = ["slug", "name"]


class CancerTypeSerializer(PublicModelSerializer):
    class Meta:
        model = CancerType
        fields = ["slug", "name", "icd10_range", "description"]


class AccreditationBriefSerializer(PublicModelSerializer):
    class Meta:
        model = Accreditation
        fields = ["slug", "name", "abbreviation"]


class AccreditationSerializer(PublicModelSerializer):
    class Meta:
        model = Accreditation
        fields = [
            "slug",
            "name",
            "abbreviation",
            "body",
            "scope",
            "website",
            "description",
        ]


# -- centers -------------------------------------------------------------------


class CenterBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Center
        fields = ["slug", "name"]


class OfferingSerializer(FactBlockSerializer):
    """A center's offer of one modality; only `operational` counts in filters."""

    modality = TreatmentModalityBriefSerializer(read_only=True)
    status = KnownChoiceField(Offering._meta.get_field("status").choices)

    class Meta:
        model = Offering
        fields = [
            "modality",
            "status",
            "expected_year",
            "first_year",
            "treatment_rooms",
            "research_rooms",
            "public_note",
            *FactBlockSerializer.provenance_fields,
        ]


class CenterServiceSerializer(PublicModelSerializer):
    service = SupportiveServiceBriefSerializer(read_only=True)

    class Meta:
        model = CenterService
        fields = ["service", "public_note"]


class CenterAccreditationSerializer(PublicModelSerializer):
    accreditation = AccreditationBriefSerializer(read_only=True)

    class Meta:
        model = CenterAccreditation
        fields = ["accreditation", "since_year", "public_note"]


def _amount_field(help_text):
    # Decimal strings as stated (or as rounded for the currency), no fixed places.
    return serializers.DecimalField(
        max_digits=None,
        decimal_places=None,
        read_only=True,
        allow_null=True,
        help_text=help_text,
    )


class ConversionSerializer(serializers.Serializer):
    """A price converted with the stored reference rates: an approximation."""

    currency = serializers.CharField(help_text="The currency asked for.")
    amount_low = _amount_field("Rounded to the currency's usual digits.")
    amount_high = _amount_field("Null for a 'from' price.")
    text = serializers.CharField(
        help_text="As the site shows it: 'about USD 14,776.95'."
    )
    rate_date = serializers.DateField(
        source="table.on_date", help_text="The date of the reference rates used."
    )
    rate_source = serializers.CharField(
        source="table.source_title", help_text="The published table of rates."
    )
    rate_source_url = serializers.URLField(source="table.source_url")


class PriceSerializer(serializers.Serializer):
    """A price for one patient, in the currency the source states."""

    currency = serializers.CharField(help_text="ISO 4217 code, as the source states.")
    amount_low = _amount_field("A single figure fills both bounds.")
    amount_high = _amount_field("Null for a 'from' price.")
    text = serializers.CharField(source="amount_text")
    converted = ConversionSerializer(
        source="conversion",
        allow_null=True,
        help_text="Only on the comparison, when `currency=` asks for it.",
    )


class CostContextSerializer(serializers.Serializer):
    """A cost figure that is not a price: shown for context, its kind named."""

    kind_label = serializers.CharField(help_text="What the figure is, in words.")
    currency = serializers.CharField()
    amount_low = _amount_field("As the source states it.")
    amount_high = _amount_field("As the source states it.")
    text = serializers.CharField(
        source="context_text",
        help_text='As the site shows it, kind first: "A programme\'s spending: ...".',
    )


class CostFigureFieldsMixin(serializers.Serializer):
    """`kind`, `payer`, and either `price` (a per-patient price) or `context`."""

    kind = serializers.ChoiceField(
        choices=CostKind.choices,
        read_only=True,
        help_text="Only `per-patient` is a price for one patient.",
    )
    payer = KnownChoiceField(
        CostPayer.choices, help_text="Who pays it; null: not known."
    )
    price = serializers.SerializerMethodField(
        help_text="The amount, for a price for one patient only; else null."
    )
    context = serializers.SerializerMethodField(
        help_text="The amount with its kind named, for any other figure; else null."
    )

    def figure(self, obj):
        return obj

    @extend_schema_field(PriceSerializer(allow_null=True))
    def get_price(self, obj):
        figure = self.figure(obj)
        return PriceSerializer(figure).data if figure.is_price else None

    @extend_schema_field(CostContextSerializer(allow_null=True))
    def get_context(self, obj):
        figure = self.figure(obj)
        return None if figure.is_price else CostContextSerializer(figure).data


class CostEstimateSerializer(CostFigureFieldsMixin, FactBlockSerializer):
    """A cost figure a source states: a price for one patient, or context."""

    center = CenterBriefSerializer(read_only=True, allow_null=True)
    modality = TreatmentModalityBriefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = CostEstimate
        fields = [
            "scope",
            "center",
            "modality",
            "treatment",
            "cancer_type",
            "kind",
            "payer",
            "price",
            "context",
            "basis",
            "includes",
            "excludes",
            "as_of",
            "public_note",
            "updated_at",
            *FactBlockSerializer.provenance_fields,
        ]

    def figure(self, obj):
        return cost_figure(obj)


class CostFigureSerializer(CostFigureFieldsMixin, serializers.Serializer):
    """A cost figure in a comparison cell (a `centers.pricing.CostFigure`)."""

    scope = serializers.CharField()
    treatment = serializers.CharField(help_text="What is priced; empty for any.")
    cancer_type = serializers.CharField()
    basis = serializers.CharField()
    as_of = serializers.CharField()
    summary = serializers.CharField(help_text="The figure as the cell's text gives it.")


class CenterSerializer(FactBlockSerializer):
    """A center with everything a partner shows patients, each fact sourced."""

    url = SiteUrlField()
    country = CountryBriefSerializer(read_only=True)
    kind = KnownChoiceField(Center._meta.get_field("kind").choices)
    intake_route = KnownChoiceField(Center._meta.get_field("intake_route").choices)
    parent = serializers.SerializerMethodField()
    units = CenterBriefSerializer(many=True, read_only=True)
    languages = LanguageSerializer(many=True, read_only=True)
    cancer_types = CancerTypeBriefSerializer(many=True, read_only=True)
    offerings = OfferingSerializer(many=True, read_only=True)
    services = CenterServiceSerializer(
        source="service_links", many=True, read_only=True
    )
    accreditations = CenterAccreditationSerializer(
        source="accreditation_links", many=True, read_only=True
    )
    partnerships = PartnershipBriefSerializer(many=True, read_only=True)
    cost_estimates = CostEstimateSerializer(many=True, read_only=True)

    class Meta:
        model = Center
        fields = [
            "slug",
            "name",
            "url",
            "country",
            "city",
            "kind",
            "founded_year",
            "website",
            "summary",
            "parent",
            "units",
            "intake_route",
            "has_international_office",
            "international_contact",
            "languages",
            "language_support",
            "has_tumor_board",
            "tumor_board_note",
            "runs_clinical_trials",
            "clinical_trials_note",
            "response_time",
            "foreign_patient_pricing",
            "deposit_policy",
            "eligibility_notes",
            "newsweek_oncology_rank_2024",
            "cancer_types",
            "offerings",
            "services",
            "accreditations",
            "partnerships",
            "cost_estimates",
            "public_note",
            "updated_at",
            *FactBlockSerializer.provenance_fields,
        ]

    @extend_schema_field(CenterBriefSerializer(allow_null=True))
    def get_parent(self, center):
        # A parent the public cannot see stays private: the unit would name it.
        parent = center.parent
        if parent is None or not parent.is_public:
            return None
        return CenterBriefSerializer(parent).data


# ---------------------------------------------------------------------------
# Countries and partnerships in full: they roll up or name centers
# ---------------------------------------------------------------------------
class CountrySerializer(FactBlockSerializer):
    """A destination country, its visas, partnerships and cost estimates."""

    url = SiteUrlField()
    official_languages = LanguageSerializer(many=True, read_only=True)
    center_count = serializers.IntegerField(
        read_only=True, help_text="Published centers in the country."
    )
    particle_center_count = serializers.IntegerField(
        read_only=True,
        help_text="Published centers with operational particle therapy.",
    )
    visas = MedicalVisaSerializer(many=True, read_only=True)
    partnerships = PartnershipBriefSerializer(many=True, read_only=True)
    cost_estimates = CostEstimateSerializer(many=True, read_only=True)

    class Meta:
        model = Country
        fields = [
            "slug",
            "code",
            "name",
            "url",
            "region",
            "currency",
            "official_languages",
            "summary",
            "health_expenditure_per_capita",
            "health_expenditure_year",
            "health_expenditure_basis",
            "jci_accredited_org_count",
            "jci_count_note",
            "public_note",
            "center_count",
            "particle_center_count",
            "visas",
            "partnerships",
            "cost_estimates",
            "updated_at",
            *FactBlockSerializer.provenance_fields,
        ]


class PartnershipSerializer(FactBlockSerializer):
    """A medical-travel, research, training or technology tie between countries."""

    url = SiteUrlField()
    status = KnownChoiceField(Partnership._meta.get_field("status").choices)
    countries = CountryBriefSerializer(many=True, read_only=True)
    centers = CenterBriefSerializer(many=True, read_only=True)
    challenges = serializers.ListField(
        source="challenge_list", child=serializers.CharField(), read_only=True
    )

    class Meta:
        model = Partnership
        fields = [
            "slug",
            "name",
            "url",
            "kind",
            "status",
            "status_note",
            "countries",
            "centers",
            "parties",
            "started_year",
            "scope",
            "challenges",
            "summary",
            "public_note",
            "updated_at",
            *FactBlockSerializer.provenance_fields,
        ]
