"""Keyset (cursor) pagination that honours the FilterSets' `ordering`.

DRF's CursorPagination keys on the first ordering field alone plus an offset,
and reads `ordering` only from its own OrderingFilter. Partners walk the whole
catalogue while curators edit it, so this paginator seeks on every ordering
field plus `id` as a unique tiebreaker: a row that changes or disappears
between two pages never makes another row repeat or go missing. The sort is
the one the FilterSet's `ordering` parameter names (validated there), or the
viewset's `cursor_ordering`; NULLs sort last. Cursors are signed, so a
tampered or stale one is a clear 400, never a server error.
"""

import copy
import datetime
import json

from django.core import signing
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F, Q
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

CURSOR_SALT = "partners.api.cursor"


class ExactJSONEncoder(DjangoJSONEncoder):
    """Keep microseconds: DjangoJSONEncoder rounds datetimes to milliseconds,
    and a cursor must name its row's position exactly or rows repeat or skip."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            return o.isoformat()
        return super().default(o)


def _value_at(obj, path):
    for part in path.split("__"):
        obj = getattr(obj, part) if obj is not None else None
    return obj


class KeysetPagination(BasePagination):
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    page_size = 50
    max_page_size = 100

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw in (None, ""):
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if not 1 <= size <= self.max_page_size:
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        _("Enter a whole number from 1 to %(max)s; got %(value)s.")
                        % {"max": self.max_page_size, "value": raw}
                    ]
                }
            )
        return size

    def get_ordering(self, request, view):
        """Return [(field, descending)], ending with the `id` tiebreaker."""
        names = list(getattr(view, "cursor_ordering", ("id",)))
        filterset_class = getattr(view, "filterset_class", None)
        ordering_filter = (
            filterset_class.base_filters.get("ordering") if filterset_class else None
        )
        if ordering_filter is not None and request.query_params.get("ordering"):
            # Already validated by the filter backend; this only maps names.
            field = copy.deepcopy(ordering_filter).field
            params = field.clean(
                field.widget.value_from_datadict(request.query_params, {}, "ordering")
            )
            # Skip empty entries ("name,,") as the OrderingFilter itself does.
            params = [param for param in params or () if param]
            if params:
                names = [ordering_filter.get_ordering_value(p) for p in params]
        ordering = []
        for name in names:
            descending = name.startswith("-")
            field = name.lstrip("-")
            if field not in {f for f, _d in ordering} and field not in ("id", "pk"):
                ordering.append((field, descending))
        ordering.append(("id", ordering[0][1] if ordering else False))
        return ordering

    # -- cursors -----------------------------------------------------------------

    def _ordering_key(self):
        return ",".join(("-" if d else "") + f for f, d in self.ordering)

    def encode_cursor(self, obj, *, reverse):
        position = [_value_at(obj, field) for field, _d in self.ordering]
        payload = {
            "o": self._ordering_key(),
            "p": json.loads(json.dumps(position, cls=ExactJSONEncoder)),
            "r": reverse,
        }
        token = signing.dumps(payload, salt=CURSOR_SALT, compress=True)
        return replace_query_param(self.base_url, self.cursor_query_param, token)

    def decode_cursor(self, request):
        token = request.query_params.get(self.cursor_query_param)
        if not token:
            return None
        try:
            payload = signing.loads(token, salt=CURSOR_SALT)
        except signing.BadSignature:
            payload = None
        if (
            not isinstance(payload, dict)
            or payload.get("o") != self._ordering_key()
            or len(payload.get("p") or ()) != len(self.ordering)
        ):
            raise ValidationError(
                {
                    self.cursor_query_param: [
                        _(
                            "Invalid cursor: use the next or previous link of a "
                            "page with the same ordering."
                        )
                    ]
                }
            )
        return payload

    # -- queries -------------------------------------------------------------------

    def order_by(self, reverse):
        expressions = []
        for field, descending in self.ordering:
            # NULLs last walking forward, so first when walking back.
            nulls = {"nulls_first": True} if reverse else {"nulls_last": True}
            expression = F(field)
            expressions.append(
                expression.desc(**nulls)
                if descending != reverse
                else expression.asc(**nulls)
            )
        return expressions

    def after(self, position, reverse):
        """Return a condition for rows strictly after `position` in the walk."""
        condition = Q(pk__in=[])
        equal_so_far = Q()
        for (field, descending), value in zip(self.ordering, position, strict=True):
            descending = descending != reverse
            nulls_last = not reverse
            if value is None:
                beyond = Q(**{f"{field}__isnull": False}) if not nulls_last else None
                equal = Q(**{f"{field}__isnull": True})
            else:
                lookup = "lt" if descending else "gt"
                beyond = Q(**{f"{field}__{lookup}": value})
                if nulls_last:
                    beyond |= Q(**{f"{field}__isnull": True})
                equal = Q(**{field: value})
            if beyond is not None:
                condition |= equal_so_far & beyond
            equal_so_far &= equal
        return condition

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.base_url = remove_query_param(
            request.build_absolute_uri(), self.cursor_query_param
        )
        self.page_size = self.get_page_size(request)
        self.ordering = self.get_ordering(request, view)
        cursor = self.decode_cursor(request)
        reverse = bool(cursor and cursor["r"])
        queryset = queryset.order_by(*self.order_by(reverse))
        if cursor:
            queryset = queryset.filter(self.after(cursor["p"], reverse))
        rows = list(queryset[: self.page_size + 1])
        has_more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        if reverse:
            rows.reverse()
        self.has_next = has_more if not reverse else True
        self.has_previous = has_more if reverse else cursor is not None
        self.page = rows
        return rows

    def get_next_link(self):
        if not self.has_next or not self.page:
            return None
        return self.encode_cursor(self.page[-1], reverse=False)

    def get_previous_link(self):
        if not self.has_previous or not self.page:
            return None
        return self.encode_cursor(self.page[0], reverse=True)

    def get_paginated_response(self, data):
        next_link, previous_link = self.get_next_link(), self.get_previous_link()
        links = [
            f'<{url}>; rel="{rel}"'
            for url, rel in ((next_link, "next"), (previous_link, "prev"))
            if url
        ]
        headers = {"Link": ", ".join(links)} if links else None
        return Response(
            {"next": next_link, "previous": previous_link, "results": data},
            headers=headers,
        )

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {
                "next": {
                    "type": "string",
                    "format": "uri",
                    "nullable": True,
                    "description": "The next page, or null on the last one.",
                    "example": "https://oncoatlas.example/api/v1/centers/?cursor=eyJv",
                },
                "previous": {
                    "type": "string",
                    "format": "uri",
                    "nullable": True,
                    "description": "The previous page, or null on the first one.",
                    "example": None,
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": (
                    "Opaque position in the list. Take it from the `next` or "
                    "`previous` link (or the Link header); don't build it."
                ),
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": (
                    f"Rows per page, 1 to {self.max_page_size} "
                    f"(default {self.page_size})."
                ),
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": self.max_page_size,
                    "default": self.page_size,
                },
                "example": 20,
            },
        ]
