"""What a set of centers covers, and how much of it the data answers.

`country_coverage` is pure, over `Country.objects.for_detail_page()`: no
queries. `fact_coverage` counts, in two aggregate queries, how many centers
have a sourced answer for each fact ("12 of 180 centers have a sourced answer
for a tumor board"), for the center list and country pages.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from centers.models import OfferingStatus, SupportiveService

# The facts a coverage table reports, in order, as `CenterQuerySet.fact_coverage`
# names them, with the words that end "... have a sourced answer for ...".
COVERED_FACTS = (
    ("treatments", _("the treatments they offer")),
    ("clinical_trials", _("clinical trials")),
    ("tumor_board", _("a multidisciplinary tumor board")),
    ("international_office", _("an international patient office")),
    ("intake_route", _("how patients from abroad get in")),
    ("languages", _("languages spoken with patients")),
)


@dataclass(frozen=True)
class FactCoverage:
    key: str
    label: str
    answered: int


@dataclass(frozen=True)
class CenterFactCoverage:
    center_count: int
    facts: tuple[FactCoverage, ...]
    services: tuple[FactCoverage, ...]  # centers recorded as offering each


def fact_coverage(centers):
    """Count how many of `centers` have a sourced answer for each fact and each
    supportive service: two aggregate queries, whatever the number of centers."""
    counts = centers.fact_coverage()
    services = SupportiveService.objects.with_coverage(centers)
    return CenterFactCoverage(
        center_count=counts["centers"],
        facts=tuple(
            FactCoverage(key, label, counts[key]) for key, label in COVERED_FACTS
        ),
        services=tuple(
            FactCoverage(service.slug, service.name, service.center_count)
            for service in services
        ),
    )


@dataclass(frozen=True)
class Coverage:
    name: str
    slug: str
    center_count: int
    is_particle_therapy: bool = False


@dataclass(frozen=True)
class CountryCoverage:
    center_count: int
    modalities: tuple[Coverage, ...]
    services: tuple[Coverage, ...]


def country_coverage(country):
    """Count the country's centers per operational modality and per service."""
    centers = list(country.centers.all())
    modality_centers, service_centers, names = {}, {}, {}
    particle = set()
    for center in centers:
        for offering in center.offerings.all():
            if offering.status != OfferingStatus.OPERATIONAL:
                continue
            modality = offering.modality
            modality_centers.setdefault(modality.slug, set()).add(center.pk)
            names[("m", modality.slug)] = modality.name
            if modality.is_particle_therapy:
                particle.add(modality.slug)
        for link in center.service_links.all():
            service_centers.setdefault(link.service.slug, set()).add(center.pk)
            names[("s", link.service.slug)] = link.service.name

    def rows(counted, prefix):
        return tuple(
            sorted(
                (
                    Coverage(names[(prefix, slug)], slug, len(ids), slug in particle)
                    for slug, ids in counted.items()
                ),
                key=lambda c: (not c.is_particle_therapy, -c.center_count, c.name),
            )
        )

    return CountryCoverage(
        len(centers), rows(modality_centers, "m"), rows(service_centers, "s")
    )
