# ruff: noqa: RUF001 -- the data set spells names with en dashes; keys must match.
"""Partnerships (the seed article's claim shown as unconfirmed) and funding routes."""

from __future__ import annotations

import re

from django.utils.text import slugify

from centers.importer import split_urls
from centers.models import Center
from demo.curated_links import PARTNERSHIP_CENTERS
from demo.records import (
    cite,
    curated_values,
    int_or_none,
    public_text,
    read_rows,
    upsert,
)
from demo.sources import source_confidence
from destinations.models import (
    Country,
    FundingPathway,
    FundingPathwaySource,
    Partnership,
    PartnershipKind,
    PartnershipSource,
    PartnershipStatus,
)

# funding_pathways.csv's origin codes -> where patients are insured, in words.
FUNDING_ORIGINS = {
    "CA-ON": "Ontario, Canada",
    "EU/EEA/CH": "European Union, EEA or Switzerland",
    "EU/EEA": "European Union or EEA",
    "AU": "Australia",
    "GB-ENG": "England, United Kingdom",
    "NZ": "New Zealand",
    "AE-AZ": "Abu Dhabi, United Arab Emirates",
    "BH; AE-DU; KW; OM; QA; SA": (
        "Gulf states: Bahrain, Dubai, Kuwait, Oman, Qatar, Saudi Arabia"
    ),
}

SEED_PARTNERSHIP = (
    "README: Canada–Japan 'medical tourism partnership' (project seed article)"
)
SEED_PARTNERSHIP_NAME = "Canada–Japan medical tourism partnership (claimed)"
SEED_PARTNERSHIP_SUMMARY = (
    "An article (not publicly available) claims this partnership; it is not "
    "confirmed by "
    "any independent source: no agreement, date, signatory, institution or "
    "patient flow for Canada–Japan medical travel was found. The Canada–Japan "
    "ties that are verified are research agreements: the CIHR–AMED Memorandum of "
    "Cooperation (effective 2020) and the 1986 Agreement on Cooperation in "
    "Science and Technology, listed separately."
)

# An ISO code in the parties text: two capitals standing alone before ':', ';',
# ',', '(' or the end ("KR: Samsung", "CA; JP", "CN, BR"), not "MD Anderson".
PARTY_CODE = re.compile(r"\b([A-Z]{2})\b(?=\s*(?:[:;,(]|$))")


def _partnership_status(text):
    """Map the free-text status to a PartnershipStatus; order matters."""
    lowered = text.lower()
    if "not confirmed" in lowered:
        return PartnershipStatus.UNCONFIRMED
    if lowered.startswith("completed"):
        return PartnershipStatus.COMPLETED
    if "unknown" in lowered:
        return PartnershipStatus.UNKNOWN
    if "negotiation" in lowered or "planned" in lowered:
        return PartnershipStatus.PLANNED
    if lowered.startswith(("active", "in force", "signed", "implemented", "agreed")):
        return PartnershipStatus.ACTIVE
    return PartnershipStatus.UNKNOWN


def partnerships_load(sources):
    """Upsert partnerships.csv; the seed article's claim is marked unconfirmed."""
    countries = {country.code: country for country in Country.objects.all()}
    for row in read_rows("partnerships.csv"):
        seed = row["name"] == SEED_PARTNERSHIP
        name = SEED_PARTNERSHIP_NAME if seed else row["name"]
        challenges = (
            "" if row["challenges_named"] == "none named" else row["challenges_named"]
        )
        partnership = upsert(
            Partnership,
            lookup={"name": name},
            values={
                "slug": slugify(name.replace("–", "-"))[:120].strip("-"),
                "kind": PartnershipKind(slugify(row["kind"])),
                "parties": public_text(row["parties"]),
                "started_year": int_or_none(row["started"]),
                "status": _partnership_status(row["status"]),
                "status_note": public_text(row["status"]),
                "scope": public_text(row["scope"]),
                "challenges": public_text(challenges),
                "summary": SEED_PARTNERSHIP_SUMMARY if seed else "",
                "notes": row["notes"],
                **curated_values(
                    "low"
                    if seed
                    else source_confidence(
                        row["confidence"], split_urls(row["source_url"])
                    ),
                    row,
                ),
            },
        )
        codes = dict.fromkeys(PARTY_CODE.findall(row["parties"]))
        partnership.countries.set([countries[c] for c in codes if c in countries])
        partnership.centers.set(
            [
                Center.objects.get(name=center_name)
                for center_name in PARTNERSHIP_CENTERS.get(row["name"], [])
            ]
        )
        cite(
            PartnershipSource,
            owner_field="partnership",
            owner=partnership,
            sources=sources(row["source_url"]),
            supports="parties, status, scope",
        )


def _short_slug(name, limit=60):
    """Slugify a long official name, cut at a word boundary."""
    slug = slugify(name)
    if len(slug) <= limit:
        return slug
    return slug[: limit + 1].rsplit("-", 1)[0]


def funding_pathways_load(sources):
    """Upsert funding_pathways.csv, naming where each route's patients are insured."""
    for row in read_rows("funding_pathways.csv"):
        pathway = upsert(
            FundingPathway,
            lookup={"name": row["program"]},
            values={
                "slug": _short_slug(row["program"]),
                "origin": row["origin"],
                "origin_name": FUNDING_ORIGINS[row["origin"]],
                "conditions": row["conditions"],
                "covers": row["covers"],
                "notes": row["notes"],
                **curated_values(
                    source_confidence(row["confidence"], split_urls(row["source_url"])),
                    row,
                ),
            },
        )
        cite(
            FundingPathwaySource,
            owner_field="pathway",
            owner=pathway,
            sources=sources(row["source_url"]),
            supports="who qualifies, what it pays",
        )
