"""Compare countries side by side, largely through the centers each one has."""

from collections import Counter

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from centers.models import CARBON_ION, PROTON, IntakeRoute, OfferingStatus
from comparisons.compare.cells import (
    Cell,
    CenterListFilter,
    Comparison,
    Group,
    Item,
    listing,
    not_known,
    not_recorded,
    provenance_group,
    row,
    supportive_services,
)
from comparisons.compare.costs import cost_group
from curation.models import Tristate

# A country comparison names a few matching centers; the count carries the rest.
NAMES_SHOWN = 5


def matching_centers_cell(centers, predicate, *, center_filter=None):
    """Count and name a country's centers that match `predicate`.

    `center_filter` is the center list filtered the same way, for the whole list.
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
    return Cell(
        f"{len(names)}: {shown}",
        center_filter=center_filter,
        link_label=label if center_filter else "",
    )


def country_centers(country, **filters):
    """The center list of a country, filtered as a comparison row counts."""
    return CenterListFilter((("country", country.slug), *filters.items()))


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


def compare_countries(countries, *, today=None, rates=None, currency=""):
    """Compare 2-4 countries shaped by `Country.objects.for_comparison()`.

    `rates` (a `RateTable`) and `currency` convert prices; without them prices
    show as the sources state them.
    """
    today = today or timezone.localdate()
    centers_of = [list(country.centers.all()) for country in countries]

    def has_operational(slug):
        return lambda center: any(
            o.modality.slug == slug and o.status == OfferingStatus.OPERATIONAL
            for o in center.offerings.all()
        )

    def counts(predicate, **filters):
        """One count cell per country, linked to its center list with `filters`."""
        return [
            matching_centers_cell(
                centers, predicate, center_filter=country_centers(country, **filters)
            )
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
                        Cell(str(len(centers)), center_filter=country_centers(country))
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
                    label,
                    counts(
                        lambda c, slug=slug: any(
                            link.service.slug == slug for link in c.service_links.all()
                        ),
                        service=slug,
                    ),
                )
                for slug, label in supportive_services(
                    center for centers in centers_of for center in centers
                )
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
                    _("A companion may come"),
                    [
                        tristate_summary(v.companion_allowed for v in c.visas.all())
                        for c in countries
                    ],
                ),
                row(
                    "visa-coordinator",
                    _("A guarantor or coordinator is required"),
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
                    # A center's languages, from its sources; not the country's.
                    _("Languages its centers speak with patients"),
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
        cost_group(
            [c.cost_estimates.all() for c in countries],
            rates=rates,
            currency=currency,
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
