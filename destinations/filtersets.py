"""Filters for partnerships and funding routes, shared by the pages and the API.

Countries are filtered by what their centers offer, so their FilterSet lives
with the centers (`centers/filtersets.py`).
"""

import django_filters
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from curation.filters import (
    CuratedFilterSet,
    MultipleChoiceListFilter,
    MultipleSlugFilter,
    count_by,
)
from destinations.models import (
    Country,
    FundingPathway,
    Partnership,
    PartnershipKind,
    PartnershipStatus,
)


class PartnershipFilterSet(CuratedFilterSet):
    """Filter partnerships by kind, status and country."""

    search_fields = ("name__icontains", "parties__icontains", "scope__icontains")

    q = django_filters.CharFilter(
        method="search",
        label=_("Search"),
        help_text=_("Words in the name, parties or scope."),
    )
    kind = MultipleChoiceListFilter(choices=PartnershipKind.choices, label=_("Kind"))
    status = MultipleChoiceListFilter(
        choices=PartnershipStatus.choices, label=_("Status")
    )
    country = MultipleSlugFilter(
        queryset=Country.objects.published(),
        lookups=("slug", "code"),
        method="filter_country",
        label=_("Country"),
    )
    ordering = django_filters.OrderingFilter(
        fields=(
            ("name", "name"),
            ("started_year", "started"),
            ("updated_at", "updated"),
        ),
        label=_("Sort by"),
    )

    class Meta:
        model = Partnership
        fields = []

    def filter_country(self, queryset, name, countries):
        members = Partnership.countries.through.objects.filter(
            partnership=OuterRef("pk"), country__in=countries
        )
        return queryset.filter(Exists(members))

    def facet_country(self, partnerships):
        members = Partnership.countries.through.objects.filter(
            partnership__in=partnerships
        )
        return count_by(members, "country__slug", count="partnership")


class FundingPathwayFilterSet(CuratedFilterSet):
    """Find the funding route of a patient's home system by words in it."""

    search_fields = (
        "name__icontains",
        "origin__icontains",
        "origin_name__icontains",
        "conditions__icontains",
        "covers__icontains",
    )

    q = django_filters.CharFilter(
        method="search",
        label=_("Search"),
        help_text=_(
            "Words in the programme, where patients are insured, who qualifies or "
            "what it pays, e.g. 'Ontario' or 'proton'."
        ),
    )
    ordering = django_filters.OrderingFilter(
        fields=(
            ("origin_name", "origin"),
            ("name", "name"),
            ("updated_at", "updated"),
        ),
        label=_("Sort by"),
    )

    class Meta:
        model = FundingPathway
        fields = []
