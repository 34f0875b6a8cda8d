"""What the patients' list pages share: the filter form and the compare tray."""

from urllib.parse import urlencode

from curation.tray import Tray
from curation.widgets import use_single_selects


class PatientListMixin:
    """Filter form with single selects, a 400 for bad filters, the compare tray.

    `tray_queryset` and `tray_lookups` name what the `compare` parameter holds;
    leave them unset on lists without a tray.
    """

    filter_fields = ()  # shown in the form; other parameters travel hidden
    tray_queryset = None
    tray_lookups = ("slug",)
    tray_kind = ""

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        use_single_selects(filterset.form)
        return filterset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_fields"] = self.filter_fields
        context["active_filter_count"] = sum(
            1
            for name in self.filter_fields
            if name != "ordering" and any(self.request.GET.getlist(name))
        )
        # Clearing the filters keeps the compare tray, which lives in the URL.
        compare = self.request.GET.get("compare")
        context["clear_filters_url"] = self.request.path + (
            f"?{urlencode({'compare': compare}, safe=',')}" if compare else ""
        )
        context["hidden_params"] = [
            (name, value)
            for name, values in self.request.GET.lists()
            if name not in self.filter_fields and name != "page"
            for value in values
        ]
        if self.tray_queryset is not None:
            context["tray"] = Tray.from_request(
                self.request, self.tray_queryset, self.tray_lookups, kind=self.tray_kind
            )
        return context

    def render_to_response(self, context, **kwargs):
        if self.filterset.is_bound and not self.filterset.is_valid():
            kwargs["status"] = 400
        return super().render_to_response(context, **kwargs)
