"""The comparison page, its CSV download and its 400 page."""

import csv

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from centers import rollups
from centers.models import Center
from comparisons.forms import ComparisonForm
from comparisons.query import ComparisonQuery
from curation.forms import CurrencyForm
from curation.tray import MAX_ITEMS, MIN_ITEMS, resolve_leniently, token_of
from partners.api.renderers import spreadsheet_safe


class ComparisonPageView(TemplateView):
    """Compare 2-4 items named in the URL; `kind` is the parameter that names them."""

    kind = "countries"
    template_name = "comparisons/comparison.html"

    def get(self, request, *args, **kwargs):
        query = ComparisonQuery.from_request(request, kind=self.kind)
        if query.adding:
            return redirect(request.path + query.added_url)
        form = ComparisonForm(query.params, kind=query.kind)
        if not form.is_valid() or not query.format_known:
            return render_bad_request(request, query, form)
        comparison = form.comparison()
        if query.wants_csv:
            return csv_response(comparison, differences_only=query.only_differences)
        context = page_context(request, query, comparison)
        context["currency_form"] = CurrencyForm(query.params, rates=form.rates)
        return self.render_to_response(self.get_context_data(**context))


def item_token(kind, item):
    """Name a compared item in URLs: countries by lower-case ISO code."""
    return item.code.lower() if kind == "countries" else item.slug


def choices_for(kind):
    """Published countries or centers for the add-an-item select and fix links."""
    if kind == "countries":
        return rollups.countries().published().for_choices(), ("code", "slug")
    return Center.objects.published().for_choices(), ("slug",)


def page_context(request, query, comparison):
    """Remove links, the add select and the share link of the page."""
    tokens = [item_token(query.kind, item) for item in comparison.items]
    removes = []
    for token in tokens:
        kept = [t for t in tokens if t != token]
        if len(kept) >= MIN_ITEMS:
            removes.append(query.url_naming(kept))
        else:
            removes.append(query.list_url(kept))
    queryset, _lookups = choices_for(query.kind)
    addable = []
    if len(tokens) < MAX_ITEMS:
        addable = [obj for obj in queryset if token_of(obj) not in tokens]
    return {
        "comparison": comparison,
        "query": query,
        "keep": [(query.kind, ",".join(tokens))],  # the currency picker keeps it
        "columns": list(zip(comparison.items, removes, strict=True)),
        "addable": addable,
        "tokens": ",".join(tokens),
        "share_url": request.build_absolute_uri(query.html_url),
        "list_url": query.list_url(tokens),
        "max_items": MAX_ITEMS,
    }


def render_bad_request(request, query, form):
    """Say what is wrong with the input and link to a comparison that works."""
    queryset, lookups = choices_for(query.kind)
    known = [
        token_of(obj) for obj in resolve_leniently(queryset, lookups, query.tokens)
    ]
    errors = [
        (name, message)
        for name, messages in form.errors.items()
        for message in messages
    ]
    if not query.format_known:
        errors.append(("format", _("Use format=csv, or leave format out.")))
    fix_url = ""
    if MIN_ITEMS <= len(known) <= MAX_ITEMS:
        fix_url = f"{request.path}?{query.kind}={','.join(known)}"
    context = {
        "query": query,
        "errors": errors,
        "fix_url": fix_url,
        "list_url": query.list_url(known[:MAX_ITEMS]),
        "known": known,
    }
    return render(request, "comparisons/comparison_error.html", context, status=400)


def csv_response(comparison, *, differences_only=False):
    """Send the comparison as a CSV attachment named after the items compared.

    Cells are made spreadsheet-safe: curated text never runs as a formula.
    """
    name = "-".join(item_token(comparison.kind, item) for item in comparison.items)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="oncoatlas-compare-{name}.csv"'
    )
    writer = csv.writer(response)
    for row in comparison.csv_rows(differences_only=differences_only):
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return response
