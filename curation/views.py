"""What the patients' list pages share: the filter form and the compare tray."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from curation.tray import Tray
from curation.widgets import CountedOptionsMixin, show_counts, use_single_selects


class PatientListMixin:
    """Filter form with single selects, a 400 for bad filters, the compare tray.

    Every select in the form counts, for each option, the results it leads to
    given the other active filters (one aggregate query per select, see
    `CuratedFilterSet.facet`), over `facet_queryset`: every row the list may
    show, unshaped. Options leading nowhere sit under `facet_empty_group`.

    `tray_queryset` and `tray_lookups` name what the `compare` parameter holds;
    leave them unset on lists without a tray.
    """

    filter_fields = ()  # shown in the form; other parameters travel hidden
    facet_queryset = None
    facet_empty_group = _("None yet")
    facet_narrowed_group = _("None with your other filters")
    tray_queryset = None
    tray_lookups = ("slug",)
    tray_kind = ""

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        use_single_selects(filterset.form)
        return filterset

    def facet_counts(self, filterset):
        """Count the results of every option of the form's selects."""
        queryset = (
            self.facet_queryset if self.facet_queryset is not None else self.queryset
        )
        return {
            name: filterset.facet(name, queryset.all())
            for name in self.filter_fields
            if isinstance(filterset.form.fields[name].widget, CountedOptionsMixin)
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        show_counts(
            filterset.form,
            self.facet_counts(filterset),
            empty_group=lambda name: (
                self.facet_narrowed_group
                if filterset.active_filters(except_name=name)
                else self.facet_empty_group
            ),
        )
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
