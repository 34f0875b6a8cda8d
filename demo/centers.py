"""Cancer centers, their particle-therapy units, international access, cancer types.

The particle-therapy facilities are already in (the importer ran first); here
each cancer center gets its row and its units, and then the access file and
the cancer types sources name are laid over them. Facts the access file shares
with the center-fact files go to `CenterFacts`, written once at the end.
"""

from __future__ import annotations

from centers.importer import split_urls, unique_center_slug
from centers.models import CancerType, Center, CenterSource, IntakeRoute
from demo.curated_facts import ACCESS_FACTS, CANCER_TYPES_NAMED
from demo.curated_links import ACCESS_CENTERS, ACCESS_ONLY_CENTERS, COST_CENTERS
from demo.dates import checked_on
from demo.particles import FACILITY_FILE, check_particle_links, link_units
from demo.records import (
    cite,
    curated_values,
    factor_rows,
    int_or_none,
    known_text,
    public_text,
    read_rows,
    upsert,
)
from demo.sources import source_confidence
from destinations.models import Country, Language

CANCER_TYPES_SUPPORT = "cancer types treated"
# A cancer center that is itself a facility row: the importer owns these.
IMPORTER_FIELDS = ("city", "confidence", "last_verified")


def _get_or_create_center(*, name, country, values):
    """Upsert a center by (name, country), giving a new one a unique slug."""
    center = Center.objects.filter(name=name, country=country).first()
    if center is None:
        taken = set(Center.objects.values_list("slug", flat=True))
        values = {"slug": unique_center_slug(name, country.code, taken), **values}
    return upsert(Center, lookup={"name": name, "country": country}, values=values)


def _join(parts):
    return "\n\n".join(part for part in parts if part)


def _access_note(row):
    note = known_text(row["notes"])
    return f"International patients: {note}" if note else ""


def _access_name(row):
    """The center an access row is about, by the name the other files use."""
    target = ACCESS_CENTERS[row["center_name"]]
    return target or ACCESS_ONLY_CENTERS[row["center_name"]][0]


def _checked_days_by_center():
    """Center name -> the days the access and fact rows about it were checked."""
    days = {}
    for row in read_rows("center_access.csv"):
        days.setdefault(_access_name(row), []).append(checked_on(row))
    for row in factor_rows():
        days.setdefault(row["center_name"], []).append(checked_on(row))
    return days


def cancer_centers_load(sources, facts):
    """Upsert cancer_centers.csv with accreditations and particle-therapy units.

    A center is verified on the earliest day any row about it was checked:
    every fact it shows was checked on or after that day.
    """
    rows = read_rows("cancer_centers.csv")
    check_particle_links(rows)
    countries = {country.code: country for country in Country.objects.all()}
    facilities = {row["name"] for row in read_rows(FACILITY_FILE)}
    access_rows = {_access_name(row): row for row in read_rows("center_access.csv")}
    other_days = _checked_days_by_center()
    for row in rows:
        country = countries[row["country"]]
        notes = [row["notes"]]
        if row["name"] in access_rows:
            notes.append(_access_note(access_rows[row["name"]]))
        urls = split_urls(row["source_url"])
        values = {
            "city": row["city"],
            "kind": row["kind"] or "unknown",
            **curated_values(source_confidence(row["confidence"], urls), row),
            "founded_year": int_or_none(row["founded_year"]),
            "website": f"https://{row['website_domain']}"
            if row["website_domain"]
            else "",
            "newsweek_oncology_rank_2024": int_or_none(
                row["newsweek_2024_oncology_rank"]
            ),
            "notes": _join(notes),
        }
        values["last_verified"] = min(
            [values["last_verified"], *other_days.get(row["name"], [])]
        )
        if row["name"] in facilities:
            for name in IMPORTER_FIELDS:
                del values[name]
        center = _get_or_create_center(name=row["name"], country=country, values={})
        values["summary"] = link_units(center)
        center = upsert(Center, lookup={"pk": center.pk}, values=values)
        cite(
            CenterSource,
            owner_field="center",
            owner=center,
            sources=sources(row["source_url"]),
            supports="founding year, kind, accreditation, particle therapy",
        )
        if row["nci_designation"] in ("comprehensive", "clinical"):
            facts.accreditation(center, f"nci-{row['nci_designation']}")
        if row["jci_accredited"] == "yes":
            facts.accreditation(center, "jci")


def access_load(sources, facts):
    """Lay center_access.csv over the centers, adding those no other file has."""
    countries = {country.code: country for country in Country.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    cancer_center_names = {row["name"] for row in read_rows("cancer_centers.csv")}
    for row in read_rows("center_access.csv"):
        country = countries[row["country"]]
        target = ACCESS_CENTERS[row["center_name"]]
        values = {
            "international_contact": public_text(row["coordinator_names"]),
            "foreign_patient_pricing": public_text(row["foreign_patient_pricing"]),
            "deposit_policy": public_text(row["deposit_or_prepayment"]),
            "eligibility_notes": public_text(row["eligibility_notes"]),
        }
        if target is None:
            name, city, kind = ACCESS_ONLY_CENTERS[row["center_name"]]
            center = _get_or_create_center(
                name=name,
                country=country,
                values={
                    "city": city,
                    "kind": kind,
                    **curated_values(
                        source_confidence(
                            row["confidence"], split_urls(row["source_url"])
                        ),
                        row,
                    ),
                    **values,
                    "notes": _access_note(row),
                },
            )
        else:
            center = Center.objects.get(name=target, country=country)
            # A cancer center's notes (with these caveats) were set from its row.
            if target not in cancer_center_names:
                values["notes"] = _access_note(row)
            center = upsert(Center, lookup={"pk": center.pk}, values=values)
        _access_facts(row, center, facts, languages)
        cite(
            CenterSource,
            owner_field="center",
            owner=center,
            sources=sources(row["source_url"]),
            supports="international intake, languages, pricing",
        )


def _access_facts(row, center, facts, languages):
    """What the access row says of the facts the fact files share."""
    hand_read = ACCESS_FACTS.get(row["center_name"], {})
    route = row["intake_route"].replace("_", "-")
    facts.intake(
        center,
        IntakeRoute(route) if route else IntakeRoute.UNKNOWN,
        said_by="center_access",
    )
    facts.office(center, hand_read.get("office"))
    facts.language_support(center, public_text(row["language_support"]))
    for code in hand_read.get("languages", []):
        facts.language(center, languages[code])
    for slug, note in hand_read.get("services", {}).items():
        facts.service(center, slug, note)


def _named_center(filename, row):
    """The center a row of `filename` is about, by the tables above."""
    if filename == "particle_therapy_facilities.csv":
        name = row["name"]
    elif filename == "center_access.csv":
        name = (
            ACCESS_CENTERS[row["center_name"]]
            or (ACCESS_ONLY_CENTERS[row["center_name"]][0])
        )
    else:
        name = COST_CENTERS[row["scope"]]
    return Center.objects.get(name=name, country__code=row["country"])


def cancer_types_load(sources):
    """Record the cancer types a source names for a center, citing that source.

    A center's list is the union over every row naming it; the citation adds
    "cancer types treated" to what the source already supports.
    """
    cancer_types = {
        cancer_type.slug: cancer_type for cancer_type in CancerType.objects.all()
    }
    named = {}
    for filename, key, slugs in CANCER_TYPES_NAMED:
        matches = [
            row
            for row in read_rows(filename)
            if all(row[column] == value for column, value in key.items())
        ]
        if len(matches) != 1:
            raise ValueError(f"{filename}: {key} matches {len(matches)} rows, not 1")
        row = matches[0]
        center = _named_center(filename, row)
        entry = named.setdefault(center.pk, (center, set(), []))
        entry[1].update(slugs)
        entry[2].extend(sources(row["source_url"]))
    for center, slugs, center_sources in named.values():
        center.cancer_types.set([cancer_types[slug] for slug in sorted(slugs)])
        cite(
            CenterSource,
            owner_field="center",
            owner=center,
            sources=center_sources,
            supports=CANCER_TYPES_SUPPORT,
        )
