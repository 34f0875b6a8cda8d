"""Load the reference data set in `demo/data/` as published demo records.

`demo_load` is idempotent: every record is keyed on its natural key (country
code, center name and country, visa name, partnership name, source URL) and
saved only when a value changed, so a second run leaves the database as it was,
history included. The particle-therapy facilities go through the importer.

Each file has its loader module (`countries`, `particles`, `centers`,
`factors`, `costs`, `partnerships`); the names they match across files come
from the hand-reviewed tables in the `curated_*` modules. Dates come from the
data: a record is verified on its row's `checked_on`, never on a day the loader
makes up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from centers.models import CARBON_ION, PROTON, Center, CostEstimate, Offering
from curation.models import Source
from demo.centers import access_load, cancer_centers_load, cancer_types_load
from demo.costs import costs_load
from demo.countries import countries_cite, countries_load, visas_load
from demo.factors import factors_load
from demo.facts import CenterFacts
from demo.particles import facilities_load
from demo.partnerships import funding_pathways_load, partnerships_load
from demo.sources import Sources
from destinations.models import Country, FundingPathway, MedicalVisa, Partnership

__all__ = ["DemoLoadReport", "demo_load"]


@dataclass
class DemoLoadReport:
    """What the demo holds after loading, counted as a patient would count it."""

    counts: dict[str, str] = field(default_factory=dict)
    facility_summary: str = ""

    def summary(self) -> str:
        counts = "; ".join(f"{name} {count}" for name, count in self.counts.items())
        return f"Demo data loaded: {counts}. Facilities: {self.facility_summary}"


def _counts() -> dict[str, str]:
    """Honest counts: of how many, and distinct where a thing could count twice."""
    countries = Country.objects.all()
    centers = Center.objects.published()
    operational = Offering.objects.operational().filter(
        center__in=centers, modality__slug__in=[PROTON, CARBON_ION]
    )
    return {
        "countries": (
            f"{countries.published().exclude(last_verified=None).count()} curated "
            f"of {countries.count()} ({countries.published().count()} published: "
            "the curated ones and those other files name; the rest are reference "
            "rows, unpublished)"
        ),
        "centers": (
            f"{centers.count()} published, of which "
            f"{centers.filter(parent__isnull=False).count()} are units of another"
        ),
        "particle-therapy facilities operating": (
            f"{operational.values('center').distinct().count()} distinct "
            f"({operational.filter(modality__slug=PROTON).count()} with protons, "
            f"{operational.filter(modality__slug=CARBON_ION).count()} with carbon ions)"
        ),
        "offerings": str(Offering.objects.count()),
        "visas": str(MedicalVisa.objects.count()),
        "cost estimates": str(CostEstimate.objects.count()),
        "partnerships": str(Partnership.objects.count()),
        "funding pathways": str(FundingPathway.objects.count()),
        "sources": str(Source.objects.count()),
    }


def demo_load() -> DemoLoadReport:
    """Load every demo file, published, in one transaction; safe to re-run."""
    report = DemoLoadReport()
    with transaction.atomic():
        countries_load()
        report.facility_summary = str(facilities_load())
        sources = Sources()
        sources.load()
        facts = CenterFacts()
        countries_cite(sources)
        visas_load(sources)
        cancer_centers_load(sources, facts)
        access_load(sources, facts)
        factors_load(sources, facts)
        facts.write()
        costs_load(sources)
        cancer_types_load(sources)
        partnerships_load(sources)
        funding_pathways_load(sources)
        report.counts = _counts()
    return report
