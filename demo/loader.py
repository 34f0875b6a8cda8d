"""Load the reference data set in `demo/data/` as published demo records.

`demo_load` is idempotent: every record is keyed on its natural key (country
code, center name and country, visa name, partnership name, source URL) and
saved only when a value changed, so a second run leaves the database as it was,
history included. The particle-therapy facilities go through the importer.

Each file has its loader module (`countries`, `centers`, `costs`,
`partnerships`); the names they match across files come from the hand-reviewed
tables in `curated_links` and `curated_facts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from centers.importer import facilities_import
from centers.models import Center, CostEstimate, Offering
from curation.models import Source
from demo.centers import access_load, cancer_centers_load, cancer_types_load
from demo.costs import costs_load
from demo.countries import countries_cite, countries_load, visas_load
from demo.partnerships import funding_pathways_load, partnerships_load
from demo.records import DATA_DIR, DEMO_VERIFIED_ON, Sources
from destinations.models import Country, FundingPathway, MedicalVisa, Partnership

__all__ = ["DEMO_VERIFIED_ON", "DemoLoadReport", "demo_load"]


@dataclass
class DemoLoadReport:
    """Row counts of the tables the demo loads, as they stand after loading."""

    counts: dict[str, int] = field(default_factory=dict)
    facility_summary: str = ""

    def summary(self) -> str:
        counts = ", ".join(f"{name} {count}" for name, count in self.counts.items())
        return f"Demo data loaded: {counts}. Facilities: {self.facility_summary}"


def demo_load() -> DemoLoadReport:
    """Load every demo file, published, in one transaction; safe to re-run."""
    report = DemoLoadReport()
    with transaction.atomic():
        countries_load()
        with (DATA_DIR / "particle_therapy_facilities.csv").open(
            encoding="utf-8-sig", newline=""
        ) as stream:
            facilities = facilities_import(
                stream=stream, verified_on=DEMO_VERIFIED_ON, publish=True
            )
        report.facility_summary = facilities.summary()
        sources = Sources()
        sources.load(
            [
                ("countries.csv", "source_urls"),
                ("medical_visas.csv", "source_url"),
                ("cancer_centers.csv", "source_url"),
                ("center_access.csv", "source_url"),
                ("cost_estimates.csv", "source_url"),
                ("partnerships.csv", "source_url"),
                ("funding_pathways.csv", "source_url"),
                ("particle_therapy_facilities.csv", "source_url"),
            ]
        )
        countries_cite(sources)
        visas_load(sources)
        cancer_centers_load(sources)
        access_load(sources)
        costs_load(sources)
        cancer_types_load(sources)
        partnerships_load(sources)
        funding_pathways_load(sources)
    report.counts = {
        "countries": Country.objects.count(),
        "centers": Center.objects.count(),
        "offerings": Offering.objects.count(),
        "visas": MedicalVisa.objects.count(),
        "cost estimates": CostEstimate.objects.count(),
        "partnerships": Partnership.objects.count(),
        "funding pathways": FundingPathway.objects.count(),
        "sources": Source.objects.count(),
    }
    return report
