"""Filter pieces every FilterSet shares, for the HTML pages and the API alike.

Related objects are named by slug (or code); several values of one parameter,
repeated or comma-separated, match any of them. An unknown value is a
validation error naming the value, never an empty page.
"""

import datetime
import re

import django_filters
from django import forms
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Count, Q
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from curation.models import Source

# Slugs and ISO codes are ASCII letters, digits, '-' and '_'. Anything else (a
# NUL byte, a quote, a space) cannot name an object and never reaches the database,
# which may refuse it outright (PostgreSQL rejects NUL in text).
TOKEN_PATTERN = re.compile(r"[-\w]+", re.ASCII)


def split_tokens(values, *, slug_like=False):
    """Split comma-separated values (one string or several) into distinct tokens.

    Blank parts are dropped and a repeat counts once, whatever its case; order
    is kept. `slug_like` also drops tokens that cannot be a slug or code.
    """
    if values in (None, ""):
        return []
    raw = values if isinstance(values, list | tuple) else [values]
    tokens, seen = [], set()
    for item in raw:
        for token in str(item).split(","):
            token = token.strip()
            if not token or token.lower() in seen:
                continue
            if slug_like and not TOKEN_PATTERN.fullmatch(token):
                continue
            seen.add(token.lower())
            tokens.append(token)
    return tokens


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
        return split_tokens(value)

    def clean(self, value):
        tokens = self.to_python(value)
        if not tokens:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"])
            return []
        return resolve_tokens(self.queryset, self.lookups, tokens)


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


# Slug filters take one slug, or several comma-separated: the API schema documents
# them as strings (their lookups are methods, not model fields).
@extend_schema_field(OpenApiTypes.STR)
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


# Yes/no filters take the strings true and false (anything else is a 400).
@extend_schema_field({"type": "string", "enum": ["true", "false"]})
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
            return split_tokens(original(value))

        field.to_python = to_python
        return field


# Real UTC offsets run from -12:00 to +14:00; Python accepts up to ±23:59, which
# PostgreSQL refuses (a 500). Anything past ±14:00 is a typo, answered as one.
MAX_UTC_OFFSET = datetime.timedelta(hours=14)


class BoundedIsoDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 date-time every database can compare: offset within ±14:00,
    and still a valid date once moved to UTC."""

    def to_python(self, value):
        try:
            moment = super().to_python(value)
            if moment is not None:
                moment.astimezone(datetime.UTC)  # overflows outside years 1-9999
        except OverflowError:
            moment = None
            in_range = False
        else:
            offset = moment.utcoffset() if moment is not None else None
            in_range = offset is None or abs(offset) <= MAX_UTC_OFFSET
        if not in_range:
            raise forms.ValidationError(
                _(
                    "Enter an ISO 8601 date-time between years 1 and 9999 with a "
                    "UTC offset from -14:00 to +14:00."
                ),
                code="invalid",
            )
        return moment


class BoundedIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = BoundedIsoDateTimeField


def count_by(queryset, path, *, count="pk"):
    """Count distinct `count` per value of `path` over `queryset`: one grouped query.

    Returns {value as a string: count}; rows without a value are left out.
    """
    rows = (
        queryset.order_by()
        .values(path)
        .annotate(facet_count=Count(count, distinct=True))
        .values_list(path, "facet_count")
    )
    return {str(value): n for value, n in rows if value not in (None, "")}


class CuratedFilterSet(django_filters.FilterSet):
    """Base of the FilterSets: free text `q` over `search_fields`, `updated_since`,
    and facet counts for the patients' filter forms.

    `search_fields` are lookups OR-ed together with the stripped text, e.g.
    ("name__icontains", "code__iexact"). Subclasses redeclare `q` to say, in its
    help text, what it searches.

    A filter whose lookup is a `method` counts its options with a
    `facet_<name>(queryset)` method returning {option value: count}: one
    query that counts exactly what choosing each option would keep.
    """

    search_fields = ()

    q = django_filters.CharFilter(method="search", label=_("Search"))
    updated_since = BoundedIsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        label=_("Updated since"),
        help_text=_(
            "ISO 8601 date-time, e.g. 2025-01-31T00:00:00Z; UTC offsets from "
            "-14:00 to +14:00."
        ),
    )

    def active_filters(self, *, except_name=None):
        """Return the valid, non-empty filter values, but not `except_name` or sort."""
        return {
            name: value
            for name, value in getattr(self.form, "cleaned_data", {}).items()
            if name not in (except_name, "ordering") and value not in (None, "", [], ())
        }

    def facet(self, name, queryset):
        """Count the rows each option of filter `name` leads to, given the other
        active filters: one aggregate query, however many rows or options.

        `queryset` holds every row the list may show. Returns {option value:
        count}; an option missing from it leads to no row.
        """
        for other, value in self.active_filters(except_name=name).items():
            queryset = self.filters[other].filter(queryset, value)
        custom = getattr(self, f"facet_{name}", None)
        if custom is not None:
            return custom(queryset)
        flt = self.filters[name]
        if isinstance(flt, StrictBooleanFilter):
            counts = queryset.aggregate(
                true=Count("pk", filter=Q(**{flt.field_name: True})),
                false=Count("pk", filter=Q(**{flt.field_name: False})),
            )
            return {value: n for value, n in counts.items() if n}
        if flt.method is not None:
            raise ImproperlyConfigured(
                f"{type(self).__name__}.{name} filters by a method: give it a "
                f"facet_{name}() that counts what each option keeps."
            )
        path = flt.field_name
        if isinstance(flt, MultipleSlugFilter):
            path = f"{path}__{flt.extra['lookups'][0]}"
        # Count from a fresh queryset of the matching rows: the filters' joins
        # (and DISTINCT) must not narrow or multiply the grouped rows.
        matching = queryset.model._default_manager.filter(pk__in=queryset.values("pk"))
        return count_by(matching, path)

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        condition = Q()
        for lookup in self.search_fields:
            condition |= Q(**{lookup: value})
        return queryset.filter(condition)


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
