"""Serializers for sources, the public documents behind every fact."""

from rest_framework import serializers

from curation.api.fields import KnownChoiceField, PublicModelSerializer
from curation.models import Source, SourceKind


class SourceSerializer(PublicModelSerializer):
    """A public document that backs facts, cited by at least one published record."""

    accessed = serializers.DateField(
        source="accessed_on", read_only=True, allow_null=True
    )
    kind = KnownChoiceField(
        SourceKind.choices, help_text="Who stands behind it; null: not recorded."
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
            "as_of",
            "kind",
            "updated_at",
        ]
