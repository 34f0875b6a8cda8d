"""Cost estimates, tied to a center where the scope names one the demo holds."""

from __future__ import annotations

from decimal import Decimal

from centers.importer import split_urls
from centers.models import (
    CARBON_ION,
    PROTON,
    Center,
    CostEstimate,
    CostKind,
    CostPayer,
    CostSource,
    TreatmentModality,
)
from demo.curated_costs import KINDS
from demo.curated_links import COST_CENTERS
from demo.records import cite, curated_values, read_rows, upsert
from demo.sources import source_confidence
from destinations.models import Country

# cost_estimates.csv's modality column: a modality slug, or a treatment in words.
COST_MODALITIES = {PROTON, CARBON_ION, "chemotherapy"}
COST_TREATMENTS = {
    "any": "Any treatment",
    "second-opinion (medical records review)": (
        "Second opinion (medical records review)"
    ),
}


def cost_kind(row):
    """The figure's kind and payer from the curated table; unknown otherwise."""
    kind, payer = KINDS.get(
        (row["scope"], row["basis"]), (CostKind.OTHER, CostPayer.UNKNOWN)
    )
    return {"kind": kind, "payer": payer}


def costs_load(sources):
    """Upsert cost_estimates.csv, each keyed on what and whom it prices."""
    countries = {country.code: country for country in Country.objects.all()}
    modalities = {m.slug: m for m in TreatmentModality.objects.all()}
    for row in read_rows("cost_estimates.csv"):
        country = countries[row["country"]]
        center_name = COST_CENTERS.get(row["scope"])
        center = (
            Center.objects.get(name=center_name, country=country)
            if center_name
            else None
        )
        modality = (
            modalities[row["modality"]] if row["modality"] in COST_MODALITIES else None
        )
        treatment = "" if modality else COST_TREATMENTS[row["modality"]]
        estimate = upsert(
            CostEstimate,
            lookup={
                "country": country,
                "scope": row["scope"],
                "modality": modality,
                "treatment": treatment,
                "cancer_type": row["cancer_type"],
                "basis": row["basis"],
            },
            values={
                "center": center,
                "currency": row["currency"],
                "amount_low": Decimal(row["amount_low"]) if row["amount_low"] else None,
                "amount_high": Decimal(row["amount_high"])
                if row["amount_high"]
                else None,
                "includes": row["includes"],
                "excludes": row["excludes"],
                "as_of": row["as_of"],
                "notes": row["notes"],
                **cost_kind(row),
                **curated_values(
                    source_confidence(row["confidence"], split_urls(row["source_url"])),
                    row,
                ),
            },
        )
        cite(
            CostSource,
            owner_field="cost_estimate",
            owner=estimate,
            sources=sources(row["source_url"]),
            supports="amount, basis, what is included",
        )
