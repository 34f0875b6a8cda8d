"""Filters for countries and partnerships, shared by the HTML pages and the API.

The same query string means the same thing on `/destinations/` and
`/api/v1/countries/`. Related objects are named by slug (languages by ISO code);
several values of one parameter, repeated or comma-separated, match any of them.
An unknown value is a validation error naming the value, never an empty page.
"""

import re

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _

from centers.models import (
    Accreditation,
    CancerType,
    Center,
    Offering,
    SupportiveService,
    TreatmentModality,
)
from destinations.models import (
    Country,
    FundingPathway,
    Language,
    Partnership,
    PartnershipKind,
    PartnershipStatus,
    Region,
    Source,
)


class MultipleSlugField(forms.Field):
    """Accept one or more slugs, repeated or comma-separated, that all exist.

    `lookups` are the fields a token may match, e.g. ("slug", "code") so a
    country is named by `japan` or `jp`. Cleans to the list of matching objects.
    """

    widget = forms.SelectMultiple

    def __init__(self, *, queryset, lookups=("slug",), **kwargs):
        self.queryset = queryset
        self.lookups = lookups
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return []
        raw = value if isinstance(value, list | tuple) else [value]
        tokens = []
        for item in raw:
            for token in str(item).split(","):
                token = token.strip()
                if token and token.lower() not in (t.lower() for t in tokens):
                    tokens.append(token)
        return tokens

    def clean(self, value):
        tokens = self.to_python(value)
        if not tokens:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"])
            return []
        return resolve_tokens(self.queryset, self.lookups, tokens)


# Slugs and ISO codes are ASCII letters, digits, '-' and '_'. Anything else (a
# NUL byte, a quote, a space) cannot name an object and never reaches the database,
# which may refuse it outright (PostgreSQL rejects NUL in text).
TOKEN_PATTERN = re.compile(r"[-\w]+", re.ASCII)


def resolve_tokens(queryset, lookups, tokens, *, noun=None):
    """Map tokens to objects in token order, or raise naming the unknown ones."""
    queryable = [token for token in tokens if TOKEN_PATTERN.fullmatch(token)]
    condition = Q()
    for lookup in lookups:
        condition |= Q(**{f"{lookup}__in": queryable})
        condition |= Q(**{f"{lookup}__in": [t.lower() for t in queryable]})
        condition |= Q(**{f"{lookup}__in": [t.upper() for t in queryable]})
    found = list(queryset.filter(condition)) if queryable else []
    index = {}
    for obj in found:
        for lookup in lookups:
            index[str(getattr(obj, lookup)).lower()] = obj
    unknown = [token for token in tokens if token.lower() not in index]
    if unknown:
        # Values go in params, never into the message: a '%' a client typed
        # must not be read as a format directive (django-filter formats again).
        raise forms.ValidationError(
            _("Unknown %(noun)s: %(values)s."),
            code="invalid_choice",
            params={"noun": noun or _("value"), "values": ", ".join(unknown)},
        )
    objects = []
    for token in tokens:
        obj = index[token.lower()]
        if obj not in objects:
            objects.append(obj)
    return objects


class MultipleSlugFilter(django_filters.Filter):
    """Filter by one or more related objects named by slug or code."""

    field_class = MultipleSlugField

    def __init__(self, *args, queryset, lookups=("slug",), **kwargs):
        super().__init__(*args, queryset=queryset, lookups=lookups, **kwargs)
        self.extra.setdefault("widget", forms.SelectMultiple)

    def filter(self, qs, value):
        if not value:
            return qs
        if self.method is not None:
            return self.method(qs, self.field_name, value)
        return qs.filter(**{f"{self.field_name}__in": value}).distinct()

    @property
    def field(self):
        field = super().field
        field.widget.choices = LazyChoices(field.queryset, self.extra["lookups"][0])
        return field


class LazyChoices(BaseChoiceIterator):
    """Choices for a select, queried only when the form is rendered.

    Validation never needs them, so API requests don't pay for the query. (A
    `BaseChoiceIterator`, because Django's widgets list any other iterable of
    choices as soon as the form is built.)
    """

    def __init__(self, queryset, value_field):
        self.queryset = queryset
        self.value_field = value_field

    def __iter__(self):
        for obj in self.queryset:
            yield getattr(obj, self.value_field), str(obj)


class StrictBooleanFilter(django_filters.ChoiceFilter):
    """A yes/no filter that rejects anything but true/false (a typo is a 400)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [("true", _("Yes")), ("false", _("No"))])
        kwargs.setdefault("empty_label", _("Any"))
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in ("", None):
            return qs
        return qs.filter(**{self.field_name: value == "true"})


class MultipleChoiceListFilter(django_filters.MultipleChoiceFilter):
    """A choices filter that also accepts comma-separated values."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.SelectMultiple)
        super().__init__(*args, **kwargs)

    @property
    def field(self):
        field = super().field
        original = field.to_python

        def to_python(value):
            values = original(value)
            parts = (part.strip() for value in values for part in value.split(","))
            return [part for part in parts if part]

        field.to_python = to_python
        return field


class CuratedFilterSet(django_filters.FilterSet):
    """Base of the FilterSets: free text `q` over `search_fields`, `updated_since`.

    `search_fields` are lookups OR-ed together with the stripped text, e.g.
    ("name__icontains", "code__iexact"). Subclasses redeclare `q` to say, in its
    help text, what it searches.
    """

    search_fields = ()

    q = django_filters.CharFilter(method="search", label=_("Search"))
    updated_since = django_filters.IsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        label=_("Updated since"),
        help_text=_("ISO 8601 date-time, e.g. 2025-01-31T00:00:00Z."),
    )

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        condition = Q()
        for lookup in self.search_fields:
            condition |= Q(**{lookup: value})
        return queryset.filter(condition)


class CountryFilterSet(CuratedFilterSet):
    """Filter destinations by what their published centers offer."""

    search_fields = ("name__icontains", "code__iexact", "slug__iexact")

    q = django_filters.CharFilter(
        method="search", label=_("Search"), help_text=_("Country name or ISO code.")
    )
    region = MultipleChoiceListFilter(choices=Region.choices, label=_("Region"))
    modality = MultipleSlugFilter(
        queryset=TreatmentModality.objects.all(),
        method="filter_modality",
        label=_("Treatment"),
        help_text=_("Countries with a center where it is operational."),
    )
    cancer_type = MultipleSlugFilter(
        queryset=CancerType.objects.all(),
        method="filter_cancer_type",
        label=_("Cancer type"),
    )
    service = MultipleSlugFilter(
        queryset=SupportiveService.objects.all(),
        method="filter_service",
        label=_("Supportive service"),
    )
    language = MultipleSlugFilter(
        queryset=Language.objects.all(),
        lookups=("code",),
        method="filter_language",
        label=_("Language"),
        help_text=_("Spoken officially or with patients at a center."),
    )
    accreditation = MultipleSlugFilter(
        queryset=Accreditation.objects.all(),
        method="filter_accreditation",
        label=_("Accreditation"),
    )
    ordering = django_filters.OrderingFilter(
        fields=(
            ("name", "name"),
            ("region", "region"),
            ("center_count", "centers"),
            ("updated_at", "updated"),
        ),
        label=_("Sort by"),
    )

    class Meta:
        model = Country
        fields = []

    def _with_center(self, queryset, condition):
        centers = Center.objects.published().filter(condition, country=OuterRef("pk"))
        return queryset.filter(Exists(centers))

    def filter_modality(self, queryset, name, modalities):
        operational = Offering.objects.operational().filter(
            center=OuterRef("pk"), modality__in=modalities
        )
        centers = Center.objects.published().filter(
            Exists(operational), country=OuterRef("pk")
        )
        return queryset.filter(Exists(centers))

    def filter_cancer_type(self, queryset, name, cancer_types):
        return self._with_center(queryset, Q(cancer_types__in=cancer_types))

    def filter_service(self, queryset, name, services):
        return self._with_center(queryset, Q(services__in=services))

    def filter_accreditation(self, queryset, name, accreditations):
        return self._with_center(queryset, Q(accreditations__in=accreditations))

    def filter_language(self, queryset, name, languages):
        spoken_at_center = Center.objects.published().filter(
            country=OuterRef("pk"), languages__in=languages
        )
        official = Country.official_languages.through.objects.filter(
            country=OuterRef("pk"), language__in=languages
        )
        return queryset.filter(Exists(official) | Exists(spoken_at_center))


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


class SourceFilterSet(CuratedFilterSet):
    """Filter the sources the API lists, for partners syncing provenance."""

    search_fields = ("title__icontains", "publisher__icontains", "url__icontains")

    q = django_filters.CharFilter(
        method="search",
        label=_("Search"),
        help_text=_("Words in the title, publisher or URL."),
    )
    ordering = django_filters.OrderingFilter(
        fields=(("title", "title"), ("updated_at", "updated")),
        label=_("Sort by"),
    )

    class Meta:
        model = Source
        fields = []
