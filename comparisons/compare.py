"""The side-by-side comparison: pure functions over prefetched objects.

`compare_countries` and `compare_centers` take objects shaped by
`Country.objects.for_comparison()` / `Center.objects.for_comparison()` and return
plain, immutable data. They run no queries, so the HTML page, the CSV download
and the API all render the same comparison, and tests need no database.
"""

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from centers.models import CARBON_ION, PROTON, IntakeRoute, OfferingStatus
from curation.models import Tristate

# A country comparison names a few matching centers; the count carries the rest.
NAMES_SHOWN = 5
# Patients weigh these four supportive services first (the source material's list).
CORE_SERVICES = (
    "counseling",
    "nutritional-support",
    "pain-management",
    "rehabilitation",
)


@dataclass(frozen=True)
class Cell:
    text: str
    known: bool = True
    flagged: bool = False  # e.g. facts verified too long ago
    link: str = ""  # the site's list behind a count, e.g. those centers
    link_label: str = ""  # words for the link after the text; none links the text


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


def offering_text(offering):
    if offering is None:
        return not_recorded()
    parts = [offering.get_status_display()]
    if offering.status == OfferingStatus.OPERATIONAL and offering.first_year:
        parts = [_("Operational since %(year)s") % {"year": offering.first_year}]
    if offering.treatment_rooms is not None:
        parts.append(_("%(rooms)s rooms") % {"rooms": offering.treatment_rooms})
    return Cell("; ".join(parts), known=offering.status != OfferingStatus.UNKNOWN)


def verified_cell(record, today):
    stale = record.is_stale(today=today)
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
                [Cell(record.get_confidence_display()) for record in records],
            ),
            row("sources", _("Sources"), [sources_cell(record) for record in records]),
        ),
    )


# ---------------------------------------------------------------------------
# Centers
# ---------------------------------------------------------------------------


def compare_centers(centers, *, today=None):
    """Compare 2-4 centers shaped by `Center.objects.for_comparison()`."""
    today = today or timezone.localdate()
    offerings = [
        {offering.modality.slug: offering for offering in center.offerings.all()}
        for center in centers
    ]
    services = [
        {link.service.slug: link for link in center.service_links.all()}
        for center in centers
    ]
    service_names = {
        link.service.slug: link.service.name
        for center in centers
        for link in center.service_links.all()
    }
    service_slugs = list(CORE_SERVICES) + sorted(
        set(service_names) - set(CORE_SERVICES)
    )

    def service_cell(offered, slug):
        link = offered.get(slug)
        if link is None:
            return not_recorded()
        return Cell(_("Offered") + (f": {link.notes}" if link.notes else ""))

    def operational_names(by_slug):
        return [
            o.modality.name
            for o in by_slug.values()
            if o.status == OfferingStatus.OPERATIONAL
        ]

    groups = [
        Group(
            "overview",
            _("Overview"),
            (
                row("country", _("Country"), [Cell(c.country.name) for c in centers]),
                row("city", _("City"), [text_or_unknown(c.city) for c in centers]),
                row(
                    "kind",
                    _("Kind"),
                    [
                        Cell(c.get_kind_display(), known=c.kind != "unknown")
                        for c in centers
                    ],
                ),
                row(
                    "founded",
                    _("Founded"),
                    [text_or_unknown(c.founded_year) for c in centers],
                ),
                row(
                    "parent",
                    _("Part of"),
                    [
                        Cell(c.parent.name)
                        if c.parent and c.parent.is_public
                        else Cell("—")
                        for c in centers
                    ],
                ),
            ),
        ),
        Group(
            "expertise",
            _("Expertise and technology"),
            (
                row(
                    "modalities",
                    _("Treatments offered"),
                    [listing(operational_names(o)) for o in offerings],
                ),
                row(
                    "proton",
                    _("Proton therapy"),
                    [offering_text(o.get(PROTON)) for o in offerings],
                ),
                row(
                    "carbon-ion",
                    _("Carbon-ion therapy"),
                    [offering_text(o.get(CARBON_ION)) for o in offerings],
                ),
                row(
                    "cancer-types",
                    _("Cancer types treated"),
                    [listing(t.name for t in c.cancer_types.all()) for c in centers],
                ),
                row(
                    "ranking",
                    _("Newsweek 2024 oncology rank"),
                    [
                        Cell(f"#{c.newsweek_oncology_rank_2024}")
                        if c.newsweek_oncology_rank_2024
                        else not_recorded()
                        for c in centers
                    ],
                ),
            ),
        ),
        Group(
            "clinical-trials",
            _("Clinical trials"),
            (
                row(
                    "clinical-trials",
                    _("Takes part in clinical trials"),
                    [yes_no(c.runs_clinical_trials) for c in centers],
                ),
            ),
        ),
        Group(
            "multidisciplinary",
            _("Multidisciplinary care"),
            (
                row(
                    "tumor-board",
                    _("Multidisciplinary tumor board"),
                    [yes_no(c.has_tumor_board) for c in centers],
                ),
            ),
        ),
        Group(
            "supportive",
            _("Supportive services"),
            tuple(
                row(
                    f"service-{slug}",
                    service_names.get(slug) or slug.replace("-", " ").capitalize(),
                    [service_cell(offered, slug) for offered in services],
                )
                for slug in service_slugs
            ),
        ),
        Group(
            "access",
            _("Access for patients from abroad"),
            (
                row(
                    "intake",
                    _("International intake"),
                    [
                        Cell(
                            c.get_intake_route_display(),
                            known=c.intake_route != IntakeRoute.UNKNOWN,
                        )
                        for c in centers
                    ],
                ),
                row(
                    "international-office",
                    _("International patient office"),
                    [yes_no(c.has_international_office) for c in centers],
                ),
                row(
                    "languages",
                    _("Languages spoken with patients"),
                    [listing(lang.name for lang in c.languages.all()) for c in centers],
                ),
                row(
                    "language-support",
                    _("Language support"),
                    [text_or_unknown(c.language_support) for c in centers],
                ),
                row(
                    "visa",
                    _("Visa for medical stay"),
                    [
                        listing(
                            (v.name for v in c.country.visas.all()), empty=not_known
                        )
                        for c in centers
                    ],
                ),
                row(
                    "pricing",
                    _("Pricing for patients from abroad"),
                    [text_or_unknown(c.foreign_patient_pricing) for c in centers],
                ),
                row(
                    "deposit",
                    _("Deposit or prepayment"),
                    [text_or_unknown(c.deposit_policy) for c in centers],
                ),
            ),
        ),
        Group(
            "accreditations",
            _("Accreditations"),
            (
                row(
                    "accreditations",
                    _("Accreditations and designations"),
                    [
                        listing(
                            link.accreditation.name
                            for link in c.accreditation_links.all()
                        )
                        for c in centers
                    ],
                ),
            ),
        ),
        provenance_group(centers, today),
    ]
    items = tuple(
        Item(slug=c.slug, name=c.name, url=c.get_absolute_url(), code=c.country.code)
        for c in centers
    )
    return Comparison(kind="centers", items=items, groups=tuple(groups))


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------


def count_of(centers, predicate, *, link=""):
    """Say how many of a country's centers match, and which.

    `link` is the center list filtered the same way, for the whole list.
    """
    matching = [c.name for c in centers if predicate(c)]
    if not centers:
        return not_recorded()
    if not matching:
        return Cell(_("None recorded"), known=False)
    names = sorted(matching)
    shown = ", ".join(names[:NAMES_SHOWN])
    if len(names) > NAMES_SHOWN:
        shown += " " + _("and %(count)s more") % {"count": len(names) - NAMES_SHOWN}
    label = ngettext("See this center", "See all %(count)s centers", len(names)) % {
        "count": len(names)
    }
    return Cell(f"{len(names)}: {shown}", link=link, link_label=label if link else "")


def centers_url(country, **filters):
    """The site's center list for a country, filtered as a comparison row counts."""
    query = urlencode({"country": country.slug, **filters})
    return f"{reverse('centers:center-list')}?{query}"


def tally(values, empty=not_recorded):
    """Render a multiset as 'A (2), B (1)', most common first."""
    counts = Counter(str(v) for v in values if v)
    if not counts:
        return empty()
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return Cell(", ".join(f"{name} ({n})" for name, n in ordered))


def tristate_summary(values):
    """Combine per-visa yes/no/unknown facts into one cell."""
    values = [v for v in values if v]
    if not values:
        return not_known()
    labels = sorted({str(Tristate(v).label) for v in values})
    return Cell(" / ".join(labels), known=Tristate.UNKNOWN not in values)


def compare_countries(countries, *, today=None):
    """Compare 2-4 countries shaped by `Country.objects.for_comparison()`."""
    today = today or timezone.localdate()
    centers_of = [list(country.centers.all()) for country in countries]

    def has_operational(slug):
        return lambda center: any(
            o.modality.slug == slug and o.status == OfferingStatus.OPERATIONAL
            for o in center.offerings.all()
        )

    service_names = {
        link.service.slug: link.service.name
        for centers in centers_of
        for center in centers
        for link in center.service_links.all()
    }
    service_slugs = list(CORE_SERVICES) + sorted(
        set(service_names) - set(CORE_SERVICES)
    )

    def counts(predicate, **filters):
        """One count cell per country, linked to its center list with `filters`."""
        return [
            count_of(centers, predicate, link=centers_url(country, **filters))
            for country, centers in zip(countries, centers_of, strict=True)
        ]

    def expenditure(country):
        if country.health_expenditure_per_capita is None:
            return not_known()
        text = f"{country.health_expenditure_per_capita:,.0f}"
        if country.health_expenditure_year:
            text += f" ({country.health_expenditure_year})"
        if country.health_expenditure_basis:
            text += f"; {country.health_expenditure_basis}"
        return Cell(text)

    def longest_stay(country):
        days = [v.max_stay_days for v in country.visas.all() if v.max_stay_days]
        return Cell(_("%(days)s days") % {"days": max(days)}) if days else not_known()

    groups = [
        Group(
            "overview",
            _("Overview"),
            (
                row(
                    "region",
                    _("Region"),
                    [Cell(c.get_region_display()) for c in countries],
                ),
                row(
                    "languages",
                    _("Official languages"),
                    [
                        listing(lang.name for lang in c.official_languages.all())
                        for c in countries
                    ],
                ),
                row("currency", _("Currency"), [Cell(c.currency) for c in countries]),
                row(
                    "health-expenditure",
                    _("Health expenditure per capita"),
                    [expenditure(c) for c in countries],
                ),
            ),
        ),
        Group(
            "expertise",
            _("Expertise and technology"),
            (
                row(
                    "centers",
                    _("Centers in OncoAtlas"),
                    [
                        Cell(str(len(centers)), link=centers_url(country))
                        if centers
                        else Cell("0")
                        for country, centers in zip(countries, centers_of, strict=True)
                    ],
                ),
                row(
                    "proton",
                    _("Centers with proton therapy"),
                    counts(has_operational(PROTON), modality=PROTON),
                ),
                row(
                    "carbon-ion",
                    _("Centers with carbon-ion therapy"),
                    counts(has_operational(CARBON_ION), modality=CARBON_ION),
                ),
                row(
                    "modalities",
                    _("Treatments available"),
                    [
                        listing(
                            o.modality.name
                            for center in centers
                            for o in center.offerings.all()
                            if o.status == OfferingStatus.OPERATIONAL
                        )
                        for centers in centers_of
                    ],
                ),
            ),
        ),
        Group(
            "clinical-trials",
            _("Clinical trials"),
            (
                row(
                    "clinical-trials",
                    _("Centers taking part in clinical trials"),
                    counts(lambda c: c.runs_clinical_trials, clinical_trials="true"),
                ),
            ),
        ),
        Group(
            "multidisciplinary",
            _("Multidisciplinary care"),
            (
                row(
                    "tumor-board",
                    _("Centers with a tumor board"),
                    counts(lambda c: c.has_tumor_board, tumor_board="true"),
                ),
            ),
        ),
        Group(
            "supportive",
            _("Supportive services"),
            tuple(
                row(
                    f"service-{slug}",
                    service_names.get(slug) or slug.replace("-", " ").capitalize(),
                    counts(
                        lambda c, slug=slug: any(
                            link.service.slug == slug for link in c.service_links.all()
                        ),
                        service=slug,
                    ),
                )
                for slug in service_slugs
            ),
        ),
        Group(
            "access",
            _("Access for patients from abroad"),
            (
                row(
                    "visa",
                    _("Visa for medical stay"),
                    [
                        listing((v.name for v in c.visas.all()), empty=not_known)
                        for c in countries
                    ],
                ),
                row(
                    "visa-stay",
                    _("Longest stay per entry"),
                    [longest_stay(c) for c in countries],
                ),
                row(
                    "visa-companion",
                    _("Companion allowed"),
                    [
                        tristate_summary(v.companion_allowed for v in c.visas.all())
                        for c in countries
                    ],
                ),
                row(
                    "visa-coordinator",
                    _("Guarantor or coordinator required"),
                    [
                        tristate_summary(v.coordinator_required for v in c.visas.all())
                        for c in countries
                    ],
                ),
                row(
                    "intake",
                    _("International intake at centers"),
                    [
                        tally(
                            center.get_intake_route_display()
                            for center in centers
                            if center.intake_route != IntakeRoute.UNKNOWN
                        )
                        for centers in centers_of
                    ],
                ),
                row(
                    "center-languages",
                    _("Languages spoken with patients"),
                    [
                        listing(
                            lang.name
                            for center in centers
                            for lang in center.languages.all()
                        )
                        for centers in centers_of
                    ],
                ),
            ),
        ),
        Group(
            "accreditations",
            _("Accreditations"),
            (
                row(
                    "accreditations",
                    _("Accreditations held by centers"),
                    [
                        tally(
                            link.accreditation.name
                            for center in centers
                            for link in center.accreditation_links.all()
                        )
                        for centers in centers_of
                    ],
                ),
            ),
        ),
        Group(
            "partnerships",
            _("Partnerships"),
            (
                row(
                    "partnerships",
                    _("Partnerships"),
                    [listing(p.name for p in c.partnerships.all()) for c in countries],
                ),
            ),
        ),
        provenance_group(countries, today),
    ]
    items = tuple(
        Item(slug=c.slug, name=c.name, url=c.get_absolute_url(), code=c.code)
        for c in countries
    )
    return Comparison(kind="countries", items=items, groups=tuple(groups))
