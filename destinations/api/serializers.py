"""Serializers for countries, visas, partnerships and sources."""

from rest_framework import serializers

from centers.api.serializers import (
    CenterBriefSerializer,
    CostEstimateSerializer,
    PartnershipBriefSerializer,
)
from destinations.api.fields import (
    CountryBriefSerializer,
    FactBlockSerializer,
    KnownChoiceField,
    LanguageSerializer,
    PublicModelSerializer,
    SiteUrlField,
)
from destinations.models import (
    Country,
    FundingPathway,
    MedicalVisa,
    Partnership,
    Source,
)


class MedicalVisaSerializer(FactBlockSerializer):
    companion_allowed = KnownChoiceField(
        MedicalVisa._meta.get_field("companion_allowed").choices
    )
    coordinator_required = KnownChoiceField(
        MedicalVisa._meta.get_field("coordinator_required").choices
    )

    class Meta:
        model = MedicalVisa
        fields = [
            "name",
            "issuer",
            "max_stay_days",
            "validity",
            "companion_allowed",
            "companion_notes",
            "coordinator_required",
            "coordinator_notes",
            "documents",
            "notes",
            *FactBlockSerializer.provenance_fields,
        ]


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


class FundingPathwaySerializer(FactBlockSerializer):
    """A public route by which a home health system pays for care elsewhere."""

    url = SiteUrlField()

    class Meta:
        model = FundingPathway
        fields = [
            "slug",
            "name",
            "url",
            "origin",
            "origin_name",
            "conditions",
            "covers",
            "notes",
            "updated_at",
            *FactBlockSerializer.provenance_fields,
        ]
        extra_kwargs = {
            "origin": {
                "help_text": "ISO 3166 codes of where patients are insured, as the "
                "source gives them: 'CA-ON', 'EU/EEA/CH', 'BH; KW; QA'."
            },
            "origin_name": {"help_text": "Where patients are insured, in words."},
        }


class SourceSerializer(PublicModelSerializer):
    """A public document that backs facts, cited by at least one published record."""

    accessed = serializers.DateField(
        source="accessed_on", read_only=True, allow_null=True
    )

    class Meta:
        model = Source
        fields = [
            "id",
            "url",
            "title",
            "publisher",
            "accessed",
            "accessed_note",
            "updated_at",
        ]
