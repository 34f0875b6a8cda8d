"""The comparison page, its CSV download and its 400 page."""

import csv

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from centers import rollups
from centers.models import Center
from comparisons.forms import ComparisonForm
from curation.filters import split_tokens
from curation.tray import MAX_ITEMS, MIN_ITEMS, resolve_leniently, token_of, with_param
from partners.api.renderers import spreadsheet_safe

ONLY_DIFFERENCES = "differences"
FORMATS = ("html", "csv")


class ComparisonPageView(TemplateView):
    """Compare 2-4 items named in the URL; `kind` is the parameter that names them."""

    kind = "countries"
    template_name = "comparisons/comparison.html"

    def get(self, request, *args, **kwargs):
        if request.GET.get("add"):
            return redirect(request.path + added_url(request.GET, self.kind))
        form = ComparisonForm(request.GET, kind=self.kind)
        if not form.is_valid() or request.GET.get("format", "html") not in FORMATS:
            return render_bad_request(request, form, self.kind)
        comparison = form.comparison()
        if request.GET.get("format") == "csv":
            only = request.GET.get("only") == ONLY_DIFFERENCES
            return csv_response(comparison, differences_only=only)
        context = page_context(request, self.kind, comparison)
        return self.render_to_response(self.get_context_data(**context))


def item_token(kind, item):
    """Name a compared item in URLs: countries by lower-case ISO code."""
    return item.code.lower() if kind == "countries" else item.slug


def added_url(query, kind):
    """Return the comparison URL with the `add` item appended (canonical form)."""
    tokens = split_tokens(query.get(kind), slug_like=True) + split_tokens(
        query.get("add"), slug_like=True
    )
    query = query.copy()
    query.pop("add", None)
    return with_param(query, kind, ",".join(split_tokens(tokens, slug_like=True)))


def choices_for(kind):
    """Published countries or centers for the add-an-item select and fix links."""
    if kind == "countries":
        return rollups.countries().published().for_choices(), ("code", "slug")
    return Center.objects.published().for_choices(), ("slug",)


def list_url(kind, tokens):
    name = "destinations:country-list" if kind == "countries" else "centers:center-list"
    url = reverse(name)
    return f"{url}?compare={','.join(tokens)}" if tokens else url


def page_context(request, kind, comparison):
    """Remove links, the add select and the only-differences state of the page."""
    tokens = [item_token(kind, item) for item in comparison.items]
    removes = []
    for token in tokens:
        kept = [t for t in tokens if t != token]
        if len(kept) >= MIN_ITEMS:
            url = with_param(request.GET, kind, ",".join(kept))
        else:
            url = list_url(kind, kept)
        removes.append(url)
    queryset, _lookups = choices_for(kind)
    addable = []
    if len(tokens) < MAX_ITEMS:
        addable = [obj for obj in queryset if token_of(obj) not in tokens]
    only = request.GET.get("only") == ONLY_DIFFERENCES
    return {
        "comparison": comparison,
        "kind": kind,
        "columns": list(zip(comparison.items, removes, strict=True)),
        "addable": addable,
        "tokens": ",".join(tokens),
        "only_differences": only,
        "csv_url": with_param(request.GET, "format", "csv"),
        "share_url": request.build_absolute_uri(with_param(request.GET, "format", "")),
        "list_url": list_url(kind, tokens),
        "max_items": MAX_ITEMS,
    }


def render_bad_request(request, form, kind):
    """Say what is wrong with the input and link to a comparison that works."""
    queryset, lookups = choices_for(kind)
    tokens = split_tokens(request.GET.get(kind), slug_like=True)
    known = [token_of(obj) for obj in resolve_leniently(queryset, lookups, tokens)]
    errors = [
        (name, message)
        for name, messages in form.errors.items()
        for message in messages
    ]
    if request.GET.get("format", "html") not in FORMATS:
        errors.append(("format", _("Use format=csv, or leave format out.")))
    fix_url = ""
    if MIN_ITEMS <= len(known) <= MAX_ITEMS:
        fix_url = f"{request.path}?{kind}={','.join(known)}"
    context = {
        "kind": kind,
        "errors": errors,
        "fix_url": fix_url,
        "list_url": list_url(kind, known[:MAX_ITEMS]),
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
