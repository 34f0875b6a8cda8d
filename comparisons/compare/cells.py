"""The comparison's data and the cell builders both comparisons share.

A comparison is groups of rows, one cell per compared item. Everything here
is frozen and built from prefetched objects, so rendering it runs no query.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.translation import gettext as _

# Patients weigh these four supportive services first (the source material's list).
CORE_SERVICES = (
    "counseling",
    "nutritional-support",
    "pain-management",
    "rehabilitation",
)


@dataclass(frozen=True)
class CenterListFilter:
    """The center list filtered as a count counts, as (parameter, value) pairs.

    Data rather than a URL, so the page links the site's /centers/ and the API
    its /api/v1/centers/ from the same filter: both lists take the same filters.
    """

    params: tuple[tuple[str, str], ...]

    def url(self, list_url):
        """Return `list_url`, the site's or the API's center list, so filtered."""
        return f"{list_url}?{urlencode(self.params)}" if self.params else list_url


@dataclass(frozen=True)
class Cell:
    text: str
    known: bool = True
    flagged: bool = False  # e.g. facts verified too long ago
    # The centers behind a count; the page links their list, the API gives its URL.
    center_filter: CenterListFilter | None = None
    link_label: str = ""  # words for the link after the text; none links the text
    # A cost cell's figures (centers.pricing.CostFigure), for the page's list and
    # the API's price objects; `text` holds the same, for the CSV and `differs`.
    costs: tuple = ()
    note: str = ""  # e.g. which exchange rates a conversion used


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    cells: tuple[Cell, ...]

    @property
    def differs(self):
        return len({cell.text for cell in self.cells}) > 1


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    rows: tuple[Row, ...]

    @property
    def differs(self):
        """Say whether any row differs: the "only differences" view hides others."""
        return any(row.differs for row in self.rows)


@dataclass(frozen=True)
class Item:
    slug: str
    name: str
    url: str
    code: str = ""


@dataclass(frozen=True)
class Comparison:
    kind: str  # "countries" or "centers"
    items: tuple[Item, ...]
    groups: tuple[Group, ...]

    def csv_rows(self, *, differences_only=False):
        """Yield the comparison as spreadsheet rows, header first.

        With `differences_only`, rows where every item has the same value are
        left out, as on the page with "only differences" switched on.
        """
        yield [_("Group"), _("Fact"), *(item.name for item in self.items), _("Differs")]
        for group in self.groups:
            for row in group.rows:
                if differences_only and not row.differs:
                    continue
                yield [
                    group.label,
                    row.label,
                    *(cell.text for cell in row.cells),
                    _("yes") if row.differs else _("no"),
                ]


def not_known():
    return Cell(_("Not known"), known=False)


def not_recorded():
    return Cell(_("Not recorded"), known=False)


def yes_no(value):
    """Render a nullable boolean: None is 'not known', never 'no'."""
    if value is None:
        return not_known()
    return Cell(_("Yes") if value else _("No"))


def text_or_unknown(value):
    value = str(value).strip() if value not in (None, "") else ""
    return Cell(value) if value else not_known()


def listing(names, empty=not_recorded):
    names = sorted({str(name) for name in names if name})
    return Cell(", ".join(names)) if names else empty()


def verified_cell(record, today):
    stale = record.is_stale(today=today)
    if record.last_verified is None:
        return Cell(_("Not yet verified"), known=False, flagged=stale)
    text = record.last_verified.isoformat()
    if stale:
        text += " " + _("(possibly out of date)")
    return Cell(text, flagged=stale)


def sources_cell(record):
    titles = [citation.source.title for citation in record.citations.all()]
    if not titles:
        return Cell(_("Unsourced"), known=False, flagged=True)
    return Cell("; ".join(sorted(titles)))


def row(key, label, cells):
    return Row(key=key, label=label, cells=tuple(cells))


def supportive_services(centers):
    """Name the services to compare as (slug, label): the core ones, then any other.

    The core services always get a row, so a patient sees where one is not
    recorded; any other service gets one when one of `centers` offers it.
    """
    names = {
        link.service.slug: link.service.name
        for center in centers
        for link in center.service_links.all()
    }
    slugs = [*CORE_SERVICES, *sorted(set(names) - set(CORE_SERVICES))]
    return [
        (slug, names.get(slug) or slug.replace("-", " ").capitalize()) for slug in slugs
    ]


def provenance_group(records, today):
    """The last group of every comparison: how fresh and how sourced each item is."""
    return Group(
        "sources",
        _("Sources and freshness"),
        (
            row(
                "last-verified",
                _("Last verified"),
                [verified_cell(record, today) for record in records],
            ),
            row(
                "confidence",
                _("Confidence"),
                [Cell(record.confidence_label) for record in records],
            ),
            row("sources", _("Sources"), [sources_cell(record) for record in records]),
        ),
    )
