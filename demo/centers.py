"""Cancer centers, their particle-therapy units, international access, cancer types.

The particle-therapy facilities are already in (the importer ran first); here
each cancer center gets its row, its units and offerings, and then the access
file and the cancer types sources name are laid over them.
"""

from __future__ import annotations

from centers.importer import unique_center_slug
from centers.models import (
    CARBON_ION,
    PROTON,
    Accreditation,
    CancerType,
    Center,
    CenterAccreditation,
    CenterService,
    CenterSource,
    IntakeRoute,
    Offering,
    OfferingSource,
    OfferingStatus,
    SupportiveService,
    TreatmentModality,
)
from demo.curated_facts import ACCESS_FACTS, CANCER_TYPES_NAMED
from demo.curated_links import (
    ACCESS_CENTERS,
    ACCESS_ONLY_CENTERS,
    COST_CENTERS,
    FACILITY_LINKS,
)
from demo.records import (
    DEMO_VERIFIED_ON,
    cite,
    curated_values,
    int_or_none,
    known_text,
    read_rows,
    upsert,
)
from destinations.models import Country, Language

CANCER_TYPES_SUPPORT = "cancer types treated"


def _center_values(*, city, kind, confidence):
    return {"city": city, "kind": kind, **curated_values(confidence)}


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


def _access_rows_by_center():
    rows = {}
    for row in read_rows("center_access.csv"):
        target = ACCESS_CENTERS[row["center_name"]]
        name = target or ACCESS_ONLY_CENTERS[row["center_name"]][0]
        rows[name] = row
    return rows


def cancer_centers_load(sources):
    """Upsert cancer_centers.csv with accreditations and particle-therapy links."""
    countries = {country.code: country for country in Country.objects.all()}
    accreditations = {a.slug: a for a in Accreditation.objects.all()}
    modalities = {m.slug: m for m in TreatmentModality.objects.all()}
    links = {}
    for facility, center_name, relation, slugs in FACILITY_LINKS:
        links.setdefault(center_name, []).append((facility, relation, slugs))

    access_rows = _access_rows_by_center()
    for row in read_rows("cancer_centers.csv"):
        country = countries[row["country"]]
        notes = [row["notes"]]
        for facility, relation, _ in links.get(row["name"], []):
            if relation == "cooperation":
                notes.append(
                    f"Particle therapy through a cooperation, not a unit of this "
                    f"center: {facility}."
                )
        if row["name"] in access_rows:
            notes.append(_access_note(access_rows[row["name"]]))
        center = _get_or_create_center(
            name=row["name"],
            country=country,
            values={
                **_center_values(
                    city=row["city"], kind=row["kind"], confidence=row["confidence"]
                ),
                "founded_year": int_or_none(row["founded_year"]),
                "website": f"https://{row['website_domain']}"
                if row["website_domain"]
                else "",
                "newsweek_oncology_rank_2024": int_or_none(
                    row["newsweek_2024_oncology_rank"]
                ),
                "notes": _join(notes),
            },
        )
        row_sources = sources(row["source_url"])
        cite(
            CenterSource,
            owner_field="center",
            owner=center,
            sources=row_sources,
            supports="founding year, kind, accreditation, particle therapy",
        )
        held = []
        if row["nci_designation"] in ("comprehensive", "clinical"):
            held.append(f"nci-{row['nci_designation']}")
        if row["jci_accredited"] == "yes":
            held.append("jci")
        for slug in held:
            upsert(
                CenterAccreditation,
                lookup={"center": center, "accreditation": accreditations[slug]},
                values={"notes": ""},
            )
        _link_particle_therapy(row, center, links, modalities, row_sources)


def _link_particle_therapy(row, center, links, modalities, row_sources):
    """Give a center its particle offerings and its facilities their parent.

    Only 'yes' creates an offering; 'unknown' stays unknown (no offering) and
    'no' creates nothing, as the data set's notes already say.
    """
    available = {
        PROTON: row["has_proton"] == "yes",
        CARBON_ION: row["has_carbon_ion"] == "yes",
    }
    delivered_at = {slug: [] for slug in available}
    for facility_name, relation, slugs in links.get(row["name"], []):
        facility = Center.objects.get(name=facility_name, country=center.country)
        if relation == "unit":
            upsert(Center, lookup={"pk": facility.pk}, values={"parent": center})
        for slug in slugs:
            delivered_at[slug].append((facility_name, relation))
    for slug, yes in available.items():
        if not yes or any(rel == "same" for _, rel in delivered_at[slug]):
            continue  # the facility's own offering already describes it
        places = [
            f"{name} ({'unit of this center' if rel == 'unit' else 'cooperation'})"
            for name, rel in delivered_at[slug]
        ]
        offering = upsert(
            Offering,
            lookup={"center": center, "modality": modalities[slug]},
            values={
                "status": OfferingStatus.OPERATIONAL,
                "notes": "Delivered at " + "; ".join(places) + "."
                if places
                else "Delivered on site, per the sources.",
                "last_verified": DEMO_VERIFIED_ON,
                "confidence": row["confidence"],
            },
        )
        cite(
            OfferingSource,
            owner_field="offering",
            owner=offering,
            sources=row_sources,
            supports="availability of " + modalities[slug].name.lower(),
        )


def access_load(sources):
    """Lay center_access.csv over the centers, adding those no other file has."""
    countries = {country.code: country for country in Country.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    services = {service.slug: service for service in SupportiveService.objects.all()}
    cancer_center_names = {row["name"] for row in read_rows("cancer_centers.csv")}
    for row in read_rows("center_access.csv"):
        country = countries[row["country"]]
        target = ACCESS_CENTERS[row["center_name"]]
        values = {
            "intake_route": (
                IntakeRoute(row["intake_route"].replace("_", "-"))
                if row["intake_route"]
                else IntakeRoute.UNKNOWN
            ),
            "international_contact": known_text(row["coordinator_names"]),
            "language_support": known_text(row["language_support"]),
            "foreign_patient_pricing": known_text(row["foreign_patient_pricing"]),
            "deposit_policy": known_text(row["deposit_or_prepayment"]),
            "eligibility_notes": known_text(row["eligibility_notes"]),
        }
        facts = ACCESS_FACTS.get(row["center_name"], {})
        values["has_international_office"] = facts.get("office")
        if target is None:
            name, city, kind = ACCESS_ONLY_CENTERS[row["center_name"]]
            center = _get_or_create_center(
                name=name,
                country=country,
                values={
                    **_center_values(
                        city=city, kind=kind, confidence=row["confidence"]
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
        center.languages.set([languages[code] for code in facts.get("languages", [])])
        for slug, note in facts.get("services", {}).items():
            upsert(
                CenterService,
                lookup={"center": center, "service": services[slug]},
                values={"notes": note},
            )
        cite(
            CenterSource,
            owner_field="center",
            owner=center,
            sources=sources(row["source_url"]),
            supports="international intake, languages, pricing",
        )


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
