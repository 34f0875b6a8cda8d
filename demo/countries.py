"""Countries, with their official languages, and medical visas."""

from __future__ import annotations

import re
from decimal import Decimal

from django.utils.text import slugify

from centers.importer import split_urls
from curation.models import Tristate
from demo.records import (
    PUBLISHED,
    cite,
    curated_values,
    int_or_none,
    read_rows,
    upsert,
)
from demo.sources import source_confidence
from destinations.models import (
    Country,
    CountrySource,
    Language,
    MedicalVisa,
    Region,
    VisaSource,
)

# Language names in countries.csv that differ from the Language table's names.
LANGUAGE_ALIASES = {
    "Standard Chinese (Mandarin)": "zh",
    "Mandarin Chinese": "zh",
    "Chinese": "zh",
}

# Countries that the visa, cost or funding files refer to but countries.csv does
# not describe. They get only their name, region and currency (general
# reference knowledge, as countries.csv's currencies are) and, no row having
# checked them, no last-verified date.
SUPPLEMENTARY_COUNTRIES = {
    "NZ": ("New Zealand", Region.ASIA_PACIFIC, "NZD"),
}


def countries_load():
    """Upsert countries.csv's countries and the few the other files also name.

    They go first: the facility import matches its rows to countries.
    """
    languages = {language.name: language for language in Language.objects.all()}
    by_code = {language.code: language for language in languages.values()}
    for row in read_rows("countries.csv"):
        country = upsert(
            Country,
            lookup={"code": row["iso2"]},
            values={
                "name": row["name"],
                "slug": slugify(row["name"]),
                "region": Region(slugify(row["region"])),
                "currency": row["currency"],
                "health_expenditure_per_capita": (
                    Decimal(row["health_expenditure_per_capita_usd"])
                    if row["health_expenditure_per_capita_usd"]
                    else None
                ),
                "health_expenditure_year": int_or_none(row["health_expenditure_year"]),
                "health_expenditure_basis": row["health_expenditure_basis"],
                "jci_accredited_org_count": int_or_none(
                    row["jci_accredited_org_count"]
                ),
                "jci_count_note": row["jci_count_year"],
                "notes": row["notes"],
                # Expenditure comes from a third-party copy of WDI data: medium.
                **curated_values("medium", row),
            },
        )
        official = []
        for name in row["official_languages"].split(";"):
            name = name.strip()
            code = LANGUAGE_ALIASES.get(name)
            official.append(by_code[code] if code else languages[name])
        country.official_languages.set(official)
    for code, (name, region, currency) in SUPPLEMENTARY_COUNTRIES.items():
        upsert(
            Country,
            lookup={"code": code},
            values={
                "name": name,
                "slug": slugify(name),
                "region": region,
                "currency": currency,
                "notes": (
                    "Listed because the visa or cost data refer to it; the data "
                    "set has no country profile for it yet."
                ),
                "publication_status": PUBLISHED,
                "last_verified": None,
                "confidence": "medium",
            },
        )


def countries_cite(sources):
    """Cite countries.csv's sources, which exist once every file's URLs are read."""
    for row in read_rows("countries.csv"):
        cite(
            CountrySource,
            owner_field="country",
            owner=Country.objects.get(code=row["iso2"]),
            sources=sources(row["source_urls"]),
            supports="health expenditure, JCI count, notes",
        )


def _tristate(text):
    """Read 'yes (...)', 'no: ...', 'conditional: ...', 'unknown' into a Tristate."""
    word = re.match(r"[a-z]+", text.lower())
    value = word.group(0) if word else ""
    return Tristate(value) if value in Tristate.values else Tristate.UNKNOWN


def _tristate_note(text):
    """What the cell adds to its yes/no/conditional, as a sentence ('' if nothing).

    "yes (spouse or children)" -> "Spouse or children."; "yes" -> "", so a card
    reads "Yes", never "Yes: yes".
    """
    rest = text.strip()
    if _tristate(rest) != Tristate.UNKNOWN or rest.lower().startswith("unknown"):
        rest = re.sub(r"^[A-Za-z]+\s*", "", rest)
    rest = rest.strip(" :;,-")
    if rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        rest = rest[1:-1].strip()
    if not rest:
        return ""
    rest = rest[0].upper() + rest[1:]
    return rest if rest.endswith((".", "!", "?")) else f"{rest}."


def visas_load(sources):
    """Upsert medical_visas.csv, reading its yes/no/conditional cells."""
    countries = {country.code: country for country in Country.objects.all()}
    for row in read_rows("medical_visas.csv"):
        visa = upsert(
            MedicalVisa,
            lookup={"country": countries[row["country"]], "name": row["visa_name"]},
            values={
                "issuer": row["who_issues"],
                "max_stay_days": int_or_none(row["max_stay_days"]),
                "validity": row["validity_or_entries"],
                "companion_allowed": _tristate(row["companion_allowed"]),
                "companion_notes": _tristate_note(row["companion_allowed"]),
                "coordinator_required": _tristate(
                    row["guarantor_or_coordinator_required"]
                ),
                "coordinator_notes": _tristate_note(
                    row["guarantor_or_coordinator_required"]
                ),
                "documents": row["documents"],
                "notes": row["notes"],
                **curated_values(
                    source_confidence(row["confidence"], split_urls(row["source_url"])),
                    row,
                ),
            },
        )
        cite(
            VisaSource,
            owner_field="visa",
            owner=visa,
            sources=sources(row["source_url"]),
            supports="visa rules, stay, companions, guarantor",
        )
