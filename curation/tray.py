"""The compare tray: the 0-4 items a visitor picked on a list page, kept in the URL.

The tray is the `compare` query parameter (`compare=jp,de` on `/destinations/`,
`compare=<slug>,<slug>` on `/centers/`), so it survives filtering, paging and
sharing without a session. Unknown tokens are dropped silently: the tray is a
convenience, the comparison page itself reports bad input.
"""

from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse

from curation.filters import split_tokens

PARAM = "compare"

# How many items a side-by-side comparison takes: the tray and the comparison's
# form both hold to it.
MIN_ITEMS = 2
MAX_ITEMS = 4


def resolve_leniently(queryset, lookups, tokens):
    """Return the objects the tokens name, in token order, ignoring unknown ones."""
    if not tokens:
        return []
    condition = Q()
    for lookup in lookups:
        condition |= Q(**{f"{lookup}__in": [t.lower() for t in tokens]})
        condition |= Q(**{f"{lookup}__in": [t.upper() for t in tokens]})
    index = {}
    for obj in queryset.filter(condition):
        for lookup in lookups:
            index[str(getattr(obj, lookup)).lower()] = obj
    found = []
    for token in tokens:
        obj = index.get(token.lower())
        if obj is not None and obj not in found:
            found.append(obj)
    return found


def token_of(obj):
    """Name an object in URLs: a country by its lower-case ISO code, else slug."""
    code = getattr(obj, "code", None)
    return code.lower() if code else obj.slug


def with_param(query, name, value):
    """Return `?query` with `name` set to `value` (dropped when empty)."""
    query = query.copy()
    if value:
        query[name] = value
    else:
        query.pop(name, None)
    encoded = query.urlencode(safe=",")
    return f"?{encoded}" if encoded else "?"


def tray_url(list_url, tokens):
    """Return a list page's URL with `tokens` in its compare tray."""
    return f"{list_url}?{PARAM}={','.join(tokens)}" if tokens else list_url


@dataclass(frozen=True)
class TrayItem:
    token: str
    name: str
    remove_url: str


class Tray:
    """The picked items of one list page and the URLs that change them."""

    def __init__(self, query, objects, *, kind):
        self.query = query
        self.kind = kind  # "countries" or "centers": the comparison's parameter
        self.objects = objects[:MAX_ITEMS]
        self.tokens = [token_of(obj) for obj in self.objects]

    @classmethod
    def from_request(cls, request, queryset, lookups, *, kind):
        tokens = split_tokens(request.GET.get(PARAM), slug_like=True)[: MAX_ITEMS * 2]
        return cls(request.GET, resolve_leniently(queryset, lookups, tokens), kind=kind)

    @property
    def items(self):
        return [
            TrayItem(token, str(obj), self.url_without(token))
            for token, obj in zip(self.tokens, self.objects, strict=True)
        ]

    @property
    def full(self):
        return len(self.tokens) >= MAX_ITEMS

    @property
    def ready(self):
        return len(self.tokens) >= MIN_ITEMS

    @property
    def max_items(self):
        return MAX_ITEMS

    @property
    def compare_url(self):
        name = (
            "comparisons:compare-countries"
            if self.kind == "countries"
            else "comparisons:compare-centers"
        )
        return f"{reverse(name)}?{self.kind}={','.join(self.tokens)}"

    def contains(self, token):
        return token in self.tokens

    def url_with(self, token):
        return with_param(self.query, PARAM, ",".join([*self.tokens, token]))

    def url_without(self, token):
        kept = [t for t in self.tokens if t != token]
        return with_param(self.query, PARAM, ",".join(kept))

    def toggle(self, obj):
        """Say whether `obj` is in the tray and the URL that adds or removes it."""
        token = token_of(obj)
        if self.contains(token):
            return {"in_tray": True, "url": self.url_without(token)}
        if self.full:
            return {"in_tray": False, "url": ""}
        return {"in_tray": False, "url": self.url_with(token)}
