"""The base every partner endpoint builds on."""

from rest_framework import viewsets

from partners.api.caching import ConditionalGetMixin, newest


class PartnerReadOnlyViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """A read-only, cursor-paginated, conditionally cached resource.

    `cursor_ordering` is the sort when the client names none; `id` is always
    added as the tiebreaker.
    """

    lookup_field = "slug"
    # Only what a slug can be: anything else (a NUL byte, which PostgreSQL
    # refuses in text) falls through to the API's JSON 404 without a query.
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    cursor_ordering = ("name",)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.last_modified = newest(page or [])
        return page

    def get_object(self):
        obj = super().get_object()
        self.last_modified = newest([obj])
        return obj
