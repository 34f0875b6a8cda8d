"""Serializers for sources, the public documents behind every fact."""

from rest_framework import serializers

from curation.api.fields import PublicModelSerializer
from curation.models import Source


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
            "as_of",
            "updated_at",
        ]
