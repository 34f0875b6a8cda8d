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
    Offering,
    SupportiveService,
    TreatmentModality,
)
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
            "first_year",
            "treatment_rooms",
            "notes",
            *FactBlockSerializer.provenance_fields,
        ]


class CenterServiceSerializer(PublicModelSerializer):
    service = SupportiveServiceBriefSerializer(read_only=True)

    class Meta:
        model = CenterService
        fields = ["service", "notes"]


class CenterAccreditationSerializer(PublicModelSerializer):
    accreditation = AccreditationBriefSerializer(read_only=True)

    class Meta:
        model = CenterAccreditation
        fields = ["accreditation", "since_year", "notes"]


class CostEstimateSerializer(FactBlockSerializer):
    """A price a source states, in its currency; a 'from' price has no high bound."""

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
            "currency",
            "amount_low",
            "amount_high",
            "basis",
            "includes",
            "excludes",
            "as_of",
            "notes",
            "updated_at",
            *FactBlockSerializer.provenance_fields,
        ]


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
            "notes",
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
            "notes",
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
            "notes",
            "updated_at",
            *FactBlockSerializer.provenance_fields,
        ]
