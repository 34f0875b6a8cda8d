"""What a country's published centers cover, from objects already prefetched.

Pure functions over `Country.objects.for_detail_page()`: no queries.
"""

from dataclasses import dataclass

from centers.models import OfferingStatus


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
