"""Serializers for what destinations owns: languages, visas, funding routes,
and the brief forms of countries and partnerships that other payloads nest.

Countries and partnerships in full name centers, so their serializers live in
`centers/api/serializers.py`.
"""

from rest_framework import serializers

from curation.api.fields import (
    FactBlockSerializer,
    KnownChoiceField,
    PublicModelSerializer,
    SiteUrlField,
)
from destinations.models import (
    Country,
    FundingPathway,
    Language,
    MedicalVisa,
    Partnership,
)


class LanguageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Language
        fields = ["code", "name"]


class CountryBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = ["slug", "code", "name", "region"]


class PartnershipBriefSerializer(PublicModelSerializer):
    status = KnownChoiceField(Partnership._meta.get_field("status").choices)

    class Meta:
        model = Partnership
        fields = ["slug", "name", "kind", "status"]


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
            "public_note",
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
            "public_note",
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
