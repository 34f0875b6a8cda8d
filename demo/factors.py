"""The per-center facts (center_factors.csv and our center_factors_oncoatlas.csv).

One row is one sourced fact. A missing row means "not known", never "no": a
row only ever sets a fact to yes or adds what a center offers. Each fact is
cited with what its source supports; a row on proton or carbon-ion therapy
backs the offering of the center's facility (its unit), never a second one.
"""

from __future__ import annotations

from collections import defaultdict

from centers.importer import split_urls
from centers.models import (
    Accreditation,
    Center,
    CenterSource,
    Offering,
    OfferingSource,
    OfferingStatus,
    SupportiveService,
    TreatmentModality,
)
from demo.curated_factors import (
    ACCREDITATIONS,
    INTAKE_ROUTES,
    LANGUAGE_ALIASES,
    MODALITIES,
    PARTICLE_MODALITIES,
    SERVICES,
    SUPPORTS,
)
from demo.dates import checked_on
from demo.particles import cite_particle_fact
from demo.records import cite, factor_rows, read_rows, upsert
from demo.sources import factor_confidence, own_domains
from destinations.models import Language

LANGUAGES_SUPPORT = "languages the center offers patients: "


class _Lookups:
    """The tables a fact row names, loaded once."""

    def __init__(self):
        self.modalities = {m.slug: m for m in TreatmentModality.objects.all()}
        self.services = {s.slug: s for s in SupportiveService.objects.all()}
        self.accreditations = {a.slug: a for a in Accreditation.objects.all()}
        languages = list(Language.objects.all())
        by_code = {language.code: language for language in languages}
        self.languages = {language.name: language for language in languages}
        self.languages.update(
            {name: by_code[code] for name, code in LANGUAGE_ALIASES.items()}
        )
        self.websites = {
            row["name"]: row["website_domain"]
            for row in read_rows("cancer_centers.csv")
        }
        self.centers = {}

    def center(self, row):
        key = (row["center_name"], row["country"])
        if key not in self.centers:
            self.centers[key] = Center.objects.get(
                name=row["center_name"], country__code=row["country"]
            )
        return self.centers[key]


def factors_load(sources, facts):
    """Load every fact row; the shared facts go to `facts`, written later."""
    lookups = _Lookups()
    labels = defaultdict(list)  # (center, source) -> what the source supports
    languages = defaultdict(list)  # (center, source) -> language names
    offered = set()
    for row in factor_rows():
        center = lookups.center(row)
        row_sources = sources(row["source_url"])
        factor, value = row["factor"], row["value"]
        if factor == "modality":
            key = (center.pk, MODALITIES[value])
            if key in offered:
                raise ValueError(f"{center}: two rows give {MODALITIES[value]}")
            offered.add(key)
            _offering_load(row, center, row_sources, lookups)
            continue
        label = _fact_load(row, center, facts, lookups)
        for source in row_sources:
            if factor == "language":
                languages[(center, source)].append(label)
            else:
                labels[(center, source)].append(label)
    for key, names in languages.items():
        labels[key].append(LANGUAGES_SUPPORT + ", ".join(sorted(names)))
    for (center, source), supports in labels.items():
        cite(
            CenterSource,
            owner_field="center",
            owner=center,
            sources=[source],
            supports="; ".join(supports),
        )


def _fact_load(row, center, facts, lookups):
    """Record one center-level fact; return what its source supports."""
    factor, value, note = row["factor"], row["value"], row["notes"]
    if factor == "clinical_trials":
        facts.trials(center, note)
    elif factor == "tumor_board":
        facts.tumor_board(center, note)
    elif factor == "intake":
        facts.intake(center, INTAKE_ROUTES[value], said_by="center_factors")
    elif factor == "lead_time":
        facts.response_time(center, note)
    elif factor == "service":
        service = lookups.services[SERVICES[value]]
        facts.service(center, service.slug, note)
        if value == "international-office":
            facts.office(center, True)
        return service.name.lower()
    elif factor == "language":
        facts.language(center, lookups.languages[value], note)
        return value
    elif factor == "accreditation":
        accreditation = lookups.accreditations[ACCREDITATIONS[value]]
        facts.accreditation(center, accreditation.slug, note)
        return f"accreditation: {accreditation}"
    else:
        raise ValueError(f"{center}: unknown factor {factor!r}")
    return SUPPORTS[factor]


def _offering_load(row, center, row_sources, lookups):
    """An operational offering of the modality, cited; particles go to the unit."""
    modality = lookups.modalities[MODALITIES[row["value"]]]
    if modality.slug in PARTICLE_MODALITIES:
        cite_particle_fact(
            center_name=center.name,
            country=center.country,
            modality=modality,
            sources=row_sources,
        )
        return
    domains = own_domains(center.name, lookups.websites.get(center.name, ""))
    offering = upsert(
        Offering,
        lookup={"center": center, "modality": modality},
        values={
            "status": OfferingStatus.OPERATIONAL,
            "notes": row["notes"],
            "last_verified": checked_on(row),
            "confidence": factor_confidence(split_urls(row["source_url"]), domains),
        },
    )
    cite(
        OfferingSource,
        owner_field="offering",
        owner=offering,
        sources=row_sources,
        supports=f"availability of {modality.name.lower()}",
    )
