"""The particle-therapy facilities: imported, then tied to their cancer centers.

The facility file goes through the importer, as any curator's list would, once
per `checked_on` day so each row is verified on the day it was checked. Then
each facility that belongs to a cancer center becomes its unit (see
`curated_units`): the facility carries the particle offering and the center
none of its own, so every operating facility is counted once.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from centers.importer import facilities_import, split_urls
from centers.models import Center, ModalityCategory, Offering, OfferingSource
from demo.curated_units import COOPERATION, COOPERATION_SUMMARIES, FACILITY_LINKS, UNIT
from demo.dates import checked_on
from demo.records import cite, read_rows, upsert
from demo.sources import source_confidence

FACILITY_FILE = "particle_therapy_facilities.csv"
# The importer reads the facility columns; the check date it is told per call.
IMPORT_COLUMNS = [
    "name",
    "country",
    "city",
    "particles",
    "first_treatment_year",
    "treatment_rooms",
    "source_url",
    "confidence",
    "status",
    "notes",
]
PARTICLE_SLUGS = {"proton": "proton-therapy", "carbon": "carbon-ion-therapy"}


@dataclass
class FacilitySummary:
    """The facility file as the loader counted it: rows, operating, by particle."""

    rows: int = 0
    operating: int = 0
    operating_by_particle: dict[str, int] = field(default_factory=dict)
    imports: list[str] = field(default_factory=list)

    def __str__(self):
        particles = ", ".join(
            f"{count} with {particle}"
            for particle, count in self.operating_by_particle.items()
        )
        imports = " ".join(self.imports)
        return (
            f"{self.rows} rows, {self.operating} distinct facilities operating "
            f"({particles}), each counted once. Import: {imports}"
        )


def _import_stream(rows):
    """The rows as a facility list the importer reads, confidence as the sources
    allow (a `high` resting only on third parties is medium)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=IMPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        values = {column: row[column] for column in IMPORT_COLUMNS}
        values["confidence"] = source_confidence(
            row["confidence"], split_urls(row["source_url"])
        )
        writer.writerow(values)
    out.seek(0)
    return out


def facilities_load() -> FacilitySummary:
    """Import the facility file, one call per day its rows were checked."""
    rows = read_rows(FACILITY_FILE)
    summary = FacilitySummary(rows=len(rows))
    for row in rows:
        if row["status"] == "operating":
            summary.operating += 1
            for particle in row["particles"].split(";"):
                by = summary.operating_by_particle
                by[particle] = by.get(particle, 0) + 1
    for day in sorted({checked_on(row) for row in rows}):
        checked = [row for row in rows if checked_on(row) == day]
        report = facilities_import(
            stream=_import_stream(checked), verified_on=day, publish=True
        )
        summary.imports.append(f"checked {day.isoformat()}: {report.summary()}")
    return summary


def facility_particles():
    """Facility name -> the modality slugs of its particles."""
    return {
        row["name"]: [PARTICLE_SLUGS[p] for p in row["particles"].split(";")]
        for row in read_rows(FACILITY_FILE)
    }


def links_by_center():
    """Cancer center name -> its (facility name, relation) pairs."""
    links = {}
    for facility, center_name, relation in FACILITY_LINKS:
        links.setdefault(center_name, []).append((facility, relation))
    return links


def check_particle_links(cancer_center_rows):
    """Fail where a center has particle therapy per its row but no facility
    carries it: the fact would be lost, or a center would count twice."""
    links = links_by_center()
    particles = facility_particles()
    for row in cancer_center_rows:
        for column, slug in (
            ("has_proton", "proton-therapy"),
            ("has_carbon_ion", "carbon-ion-therapy"),
        ):
            carried = [
                facility
                for facility, _ in links.get(row["name"], [])
                if slug in particles[facility]
            ]
            if row[column] == "yes" and not carried:
                raise ValueError(
                    f"{row['name']}: {column} is yes but no facility in "
                    f"{FACILITY_FILE} is linked to it (curated_units.py)"
                )


def link_units(center):
    """Make the center's facilities its units; return its cooperation summary.

    The center gets no particle offering of its own: its unit carries it. A
    center that only cooperates with a facility says so in its summary.
    """
    links = links_by_center().get(center.name, [])
    for facility_name, relation in links:
        if relation == UNIT:
            facility = Center.objects.get(name=facility_name, country=center.country)
            upsert(Center, lookup={"pk": facility.pk}, values={"parent": center})
    if any(relation in (UNIT, COOPERATION) for _, relation in links):
        # A database loaded before units existed counted the place twice.
        for offering in Offering.objects.filter(
            center=center, modality__category=ModalityCategory.PARTICLE_THERAPY
        ):
            offering.delete()
    if any(relation == COOPERATION for _, relation in links):
        return COOPERATION_SUMMARIES[center.name]
    return ""


def particle_offerings(center_name, country, modality_slug):
    """The offerings of `modality_slug` at the facilities linked to the center."""
    particles = facility_particles()
    names = [
        facility
        for facility, _ in links_by_center().get(center_name, [])
        if modality_slug in particles[facility]
    ]
    return list(
        Offering.objects.filter(
            center__name__in=names,
            center__country=country,
            modality__slug=modality_slug,
        )
    )


def cite_particle_fact(*, center_name, country, modality, sources):
    """Cite a source on the center's facilities' offering of a particle.

    A cancer center's "proton therapy" fact is about its unit's offering (or
    the one it cooperates with): it backs that offering, never a second one.
    """
    offerings = particle_offerings(center_name, country, modality.slug)
    if not offerings:
        raise ValueError(
            f"{center_name}: a source says {modality.slug}, but no linked facility "
            "offers it (curated_units.py)"
        )
    for offering in offerings:
        cite(
            OfferingSource,
            owner_field="offering",
            owner=offering,
            sources=sources,
            supports=f"availability of {modality.name.lower()}",
        )
