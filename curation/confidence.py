"""How far a fact can be trusted, from the kind of source it rests on.

A source's `kind` says who stands behind it. A fact rests on its strongest
source, and that bounds the confidence a curator may claim for it: "high" says
the responsible body states it, so only that body's own page can back it. The
pages and the API show the capped level with what it rests on; the admin flags
records whose stored confidence claims more.
"""

from django.db import models
from django.db.models import (
    Case,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _


class Confidence(models.TextChoices):
    HIGH = "high", _("High: stated by the responsible body")
    MEDIUM = "medium", _("Medium: reputable secondary or dated source")
    LOW = "low", _("Low: second-hand or unconfirmed")


class SourceKind(models.TextChoices):
    """Who stands behind a source, which bounds the confidence it can back."""

    OWN_PAGE = "own-page", _("The responsible body's own page")
    OFFICIAL = "official", _("Official: government, regulator or registry")
    THIRD_PARTY = "third-party", _("Third party or secondary")
    NEWS = "news", _("News report")
    UNKNOWN = "unknown", _("Not known")


# How strongly each kind of source stands behind a fact, strongest first; a fact
# rests on its strongest source. -1: the record cites no source at all.
SOURCE_STRENGTH = {
    SourceKind.OWN_PAGE: 4,
    SourceKind.OFFICIAL: 3,
    SourceKind.THIRD_PARTY: 2,
    SourceKind.NEWS: 1,
    SourceKind.UNKNOWN: 0,
}
NO_SOURCE = -1

# The weakest source strength that can back each confidence level: "high" says
# the responsible body states it, so only its own page can back it.
MIN_STRENGTH_FOR = {
    Confidence.HIGH: SOURCE_STRENGTH[SourceKind.OWN_PAGE],
    Confidence.MEDIUM: SOURCE_STRENGTH[SourceKind.THIRD_PARTY],
    Confidence.LOW: NO_SOURCE,
}
CONFIDENCE_ORDER = [Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH]

# The pages' words for what a fact rests on, by its strongest source's kind.
BASIS_TEXT = {
    SourceKind.OWN_PAGE: _("stated by the responsible body"),
    SourceKind.OFFICIAL: _("stated by an official body or registry"),
    SourceKind.THIRD_PARTY: _("stated by a third party"),
    SourceKind.NEWS: _("a news report"),
    SourceKind.UNKNOWN: _("the kind of source is not recorded"),
    None: _("no source recorded"),
}
LEVEL_TEXT = {
    Confidence.HIGH: _("High"),
    Confidence.MEDIUM: _("Medium"),
    Confidence.LOW: _("Low"),
}


def source_kind_of_strength(strength):
    """Return the SourceKind of a strength, or None for a record with no source."""
    for kind, value in SOURCE_STRENGTH.items():
        if value == strength:
            return kind
    return None


def supported_confidence(stored, strength):
    """Cap a curator's confidence at what the strongest source can back."""
    backed = [
        level for level in CONFIDENCE_ORDER if MIN_STRENGTH_FOR[level] <= strength
    ]
    return min(stored, backed[-1], key=CONFIDENCE_ORDER.index)


def source_strength(model):
    """Annotate the strength of a record's strongest source (-1 when it has none).

    A subquery over the record's `citations`, so a changelist or list of any
    length runs one query for it.
    """
    relation = model._meta.get_field("citations")
    citations = relation.related_model._default_manager.filter(
        **{relation.field.name: OuterRef("pk")}
    )
    strongest = (
        citations.order_by()
        .values(relation.field.name)
        .annotate(
            strength=Max(
                Case(
                    *(
                        When(source__kind=kind, then=Value(value))
                        for kind, value in SOURCE_STRENGTH.items()
                    ),
                    default=Value(0),
                    output_field=IntegerField(),
                )
            )
        )
        .values("strength")
    )
    return Coalesce(Subquery(strongest, output_field=IntegerField()), NO_SOURCE)


def overclaiming_condition(model):
    """Q for `model` rows whose stored confidence claims more than their sources
    back: "high" with no own page of the responsible body among them, "medium"
    with nothing better than a news report. Exists() subqueries, so it works in
    a filter and in an aggregate's filter alike."""
    relation = model._meta.get_field("citations")
    citations = relation.related_model._default_manager.filter(
        **{relation.field.name: OuterRef("pk")}
    )
    condition = Q()
    for level, needed in MIN_STRENGTH_FOR.items():
        if needed == NO_SOURCE:
            continue
        backing = [kind for kind, value in SOURCE_STRENGTH.items() if value >= needed]
        condition |= Q(confidence=level) & ~Exists(
            citations.filter(source__kind__in=backing)
        )
    return condition
