"""The comparison page's URL state, read from the query string once a request."""

from dataclasses import dataclass

from django.http import QueryDict
from django.urls import reverse

from curation.filters import split_tokens
from curation.tray import tray_url, with_param

ONLY_DIFFERENCES = "differences"
FORMATS = ("html", "csv")
LIST_PAGES = {
    "countries": "destinations:country-list",
    "centers": "centers:center-list",
}


@dataclass(frozen=True)
class ComparisonQuery:
    """What a comparison page's URL asks for, and the links that change one thing.

    `countries=` or `centers=` (the `kind`) names the items, `add=` one more from
    the add-an-item select, `only=differences` hides the rows that are the same
    and `format=csv` asks for the download. The view, its helpers and the
    templates read this, never `request.GET`, so each parameter is read once.
    Links are relative (`?...`) and keep every parameter they do not change.
    """

    kind: str  # "countries" or "centers": the parameter that names the items
    tokens: tuple[str, ...]  # the items named, slug-like and distinct, in order
    added: tuple[str, ...]  # the items `add=` names, to append
    format: str
    only_differences: bool
    params: QueryDict  # the whole query string, immutable as the request's

    @classmethod
    def from_request(cls, request, *, kind):
        params = request.GET
        return cls(
            kind=kind,
            tokens=tuple(split_tokens(params.get(kind), slug_like=True)),
            added=tuple(split_tokens(params.get("add"), slug_like=True)),
            format=params.get("format", "html"),
            only_differences=params.get("only") == ONLY_DIFFERENCES,
            params=params,
        )

    @property
    def adding(self):
        """Say whether the add-an-item select sent this request (even a bad value)."""
        return bool(self.params.get("add"))

    @property
    def format_known(self):
        return self.format in FORMATS

    @property
    def wants_csv(self):
        return self.format == "csv"

    @property
    def added_url(self):
        """The canonical URL the add-an-item select leads to: `add=` appended."""
        rest = self.params.copy()
        rest.pop("add", None)
        tokens = split_tokens([*self.tokens, *self.added], slug_like=True)
        return with_param(rest, self.kind, ",".join(tokens))

    @property
    def csv_url(self):
        return with_param(self.params, "format", "csv")

    @property
    def html_url(self):
        """This page's URL without `format`: the one to share."""
        return with_param(self.params, "format", "")

    def url_naming(self, tokens):
        """This page's URL comparing `tokens` instead, e.g. with one removed."""
        return with_param(self.params, self.kind, ",".join(tokens))

    def list_url(self, tokens):
        """The list page of this kind, with `tokens` in its compare tray."""
        return tray_url(reverse(LIST_PAGES[self.kind]), tokens)
