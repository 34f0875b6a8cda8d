"""Compare centers side by side: what each offers and how to reach it from abroad."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from centers.models import CARBON_ION, PROTON, IntakeRoute, OfferingStatus
from comparisons.compare.cells import (
    Cell,
    Comparison,
    Group,
    Item,
    listing,
    not_known,
    not_recorded,
    provenance_group,
    row,
    supportive_services,
    text_or_unknown,
    yes_no,
)
from comparisons.compare.costs import cost_group


def offering_text(offering):
    if offering is None:
        return not_recorded()
    parts = [offering.status_text]
    if offering.status == OfferingStatus.OPERATIONAL and offering.first_year:
        parts = [_("Operational since %(year)s") % {"year": offering.first_year}]
    if offering.treatment_rooms is not None:
        parts.append(_("%(rooms)s rooms") % {"rooms": offering.treatment_rooms})
    if rooms := offering.research_rooms:
        parts.append(
            ngettext("%(rooms)s research room", "%(rooms)s research rooms", rooms)
            % {"rooms": rooms}
        )
    return Cell("; ".join(parts), known=offering.status != OfferingStatus.UNKNOWN)


def compare_centers(centers, *, today=None, rates=None, currency=""):
    """Compare 2-4 centers shaped by `Center.objects.for_comparison()`.

    `rates` (a `RateTable`) and `currency` convert prices; without them prices
    show as the sources state them.
    """
    today = today or timezone.localdate()
    offerings = [
        {offering.modality.slug: offering for offering in center.offerings.all()}
        for center in centers
    ]
    services = [
        {link.service.slug: link for link in center.service_links.all()}
        for center in centers
    ]

    def service_cell(offered, slug):
        link = offered.get(slug)
        if link is None:
            return not_recorded()
        note = link.public_note
        return Cell(_("Offered") + (f": {note}" if note else ""))

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
                    _("Has a multidisciplinary tumor board"),
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
                    label,
                    [service_cell(offered, slug) for offered in services],
                )
                for slug, label in supportive_services(centers)
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
                    _("Has an international patient office"),
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
        cost_group(
            [c.cost_estimates.all() for c in centers],
            rates=rates,
            currency=currency,
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
