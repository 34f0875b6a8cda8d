"""The building blocks of every partner payload.

Blank text and "unknown" choices render as null
(unknown is never false or ""), each fact block carries its sources, and
decimals are strings.
"""

from django.db import models
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from curation.models import Confidence, SourceKind

UNKNOWN = "unknown"


class BlankAsNullCharField(serializers.CharField):
    """Render an empty string as null: a blank curated field means not known."""

    def __init__(self, **kwargs):
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return None if value in ("", None) else super().to_representation(value)


class KnownChoiceField(serializers.ChoiceField):
    """Render a choice whose value is 'unknown' as null."""

    def __init__(self, choices, **kwargs):
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("read_only", True)
        super().__init__([c for c in choices if c[0] != UNKNOWN], **kwargs)

    def to_representation(self, value):
        return (
            None if value in (UNKNOWN, "", None) else super().to_representation(value)
        )


@extend_schema_field(OpenApiTypes.URI)
class SiteUrlField(serializers.Field):
    """The record's page on the site, as an absolute URL."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "get_absolute_url")
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        request = self.context.get("request")
        return request.build_absolute_uri(value) if request else value


class PublicModelSerializer(serializers.ModelSerializer):
    """A read-only model serializer where blank text fields render as null."""

    def build_standard_field(self, field_name, model_field):
        field_class, kwargs = super().build_standard_field(field_name, model_field)
        if (
            isinstance(model_field, models.CharField | models.TextField)
            and model_field.blank
            and not model_field.choices
        ):
            field_class = BlankAsNullCharField
            for key in ("allow_blank", "max_length", "min_length", "validators"):
                kwargs.pop(key, None)
        return field_class, kwargs


class CitationSerializer(serializers.Serializer):
    """A source behind a fact block, and which of the block's facts it supports."""

    id = serializers.IntegerField(source="source.id", read_only=True)
    url = BlankAsNullCharField(source="source.url", read_only=True)
    title = serializers.CharField(source="source.title", read_only=True)
    publisher = BlankAsNullCharField(source="source.publisher", read_only=True)
    accessed = serializers.DateField(
        source="source.accessed_on", read_only=True, allow_null=True
    )
    accessed_note = BlankAsNullCharField(source="source.accessed_note", read_only=True)
    as_of = serializers.DateField(
        source="source.as_of",
        read_only=True,
        allow_null=True,
        help_text="The date the source itself gives; its facts are as of then.",
    )
    kind = KnownChoiceField(
        SourceKind.choices,
        source="source.kind",
        help_text="Who stands behind the source; null: not recorded.",
    )
    supports = BlankAsNullCharField(
        read_only=True, help_text="Which of the block's facts it backs; null: all."
    )


class FactBlockSerializer(PublicModelSerializer):
    """Adds provenance to a fact block: sources, last_verified, confidence."""

    sources = CitationSerializer(source="citations", many=True, read_only=True)
    confidence = serializers.ChoiceField(
        Confidence.choices,
        source="supported_confidence",
        read_only=True,
        help_text=(
            "How far to trust the block: the curator's rating, capped by its "
            "strongest source's kind. high only when a source is the responsible "
            "body's own page; medium at most on a third party's or an official "
            "page; low on a news report, a source of unknown kind or none."
        ),
    )

    provenance_fields = ["last_verified", "confidence", "sources"]
