# ruff: noqa: RUF001 -- the data set spells names with en dashes; keys must match.
"""Load the reference data set in `centers/demo_data/` as published demo records.

`demo_load` is idempotent: every record is keyed on its natural key (country
code, center name and country, visa name, partnership name, source URL) and
saved only when a value changed, so a second run leaves the database as it was,
history included. The particle-therapy facilities go through the importer.

Where the data set matches names across files (cancer centers and their
particle-therapy units, the access file's center names, cost scopes,
partnership parties) the mapping is an explicit table below, reviewed by hand:
the names differ too much for fuzzy matching to be trusted.
"""

from __future__ import annotations

import csv
import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from centers.importer import (
    facilities_import,
    new_source,
    split_urls,
    unique_center_slug,
)
from centers.models import (
    Accreditation,
    CancerType,
    Center,
    CenterAccreditation,
    CenterKind,
    CenterService,
    CenterSource,
    CostEstimate,
    CostSource,
    IntakeRoute,
    Offering,
    OfferingSource,
    OfferingStatus,
    SupportiveService,
    TreatmentModality,
)
from curation.models import PublicationStatus, Source, Tristate
from destinations.models import (
    Country,
    CountrySource,
    FundingPathway,
    FundingPathwaySource,
    Language,
    MedicalVisa,
    Partnership,
    PartnershipKind,
    PartnershipSource,
    PartnershipStatus,
    Region,
    VisaSource,
)

DATA_DIR = Path(__file__).resolve().parent / "demo_data"

# The newest date any source in the data set shows (AMC news, 2025-11-05); the
# data set gives no per-row verification date, so every demo record gets this.
DEMO_VERIFIED_ON = datetime.date(2025, 11, 5)

PUBLISHED = PublicationStatus.PUBLISHED
ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
# Cells that say in words what a blank cell means: no source was found.
NOT_FOUND = {"not found", "not verified", ""}

# --- Explicit, reviewed mappings -----------------------------------------------

# Language names in countries.csv that differ from the Language table's names.
LANGUAGE_ALIASES = {
    "Standard Chinese (Mandarin)": "zh",
    "Mandarin Chinese": "zh",
}

# Countries that medical_visas.csv and cost_estimates.csv refer to but
# countries.csv does not describe. They get a row with only their name, region
# and currency (general reference knowledge, as countries.csv's currencies are).
SUPPLEMENTARY_COUNTRIES = {
    "TH": ("Thailand", Region.ASIA_PACIFIC, "THB"),
    "NZ": ("New Zealand", Region.ASIA_PACIFIC, "NZD"),
}

# Particle-therapy facility -> the cancer center it belongs to, and whether it
# is a unit of that center ("unit": becomes its `parent`), a cooperation the
# center treats through ("cooperation": no parent, said in notes) or the very
# same institution ("same").
FACILITY_LINKS = [
    # (facility name, cancer center name, relation, modalities)
    (
        "Mayo Clinic Proton Beam Therapy Center (Rochester)",
        "Mayo Clinic (Mayo Clinic Comprehensive Cancer Center)",
        "unit",
        ["proton-therapy"],
    ),
    (
        "Mayo Clinic Proton Beam Therapy Center (Arizona)",
        "Mayo Clinic (Mayo Clinic Comprehensive Cancer Center)",
        "unit",
        ["proton-therapy"],
    ),
    (
        "MD Anderson Proton Therapy Center",
        "The University of Texas MD Anderson Cancer Center",
        "unit",
        ["proton-therapy"],
    ),
    (
        "New York Proton Center",
        "Memorial Sloan Kettering Cancer Center",
        "cooperation",
        ["proton-therapy"],
    ),
    (
        "Johns Hopkins Proton Therapy Center at Sibley Memorial Hospital",
        "Johns Hopkins Sidney Kimmel Comprehensive Cancer Center / "
        "The Johns Hopkins Hospital",
        "unit",
        ["proton-therapy"],
    ),
    (
        "Eye-tumour proton therapy at Helmholtz-Zentrum Berlin (with Charite)",
        "Charite Comprehensive Cancer Center (CCCC), Charite - "
        "Universitaetsmedizin Berlin",
        "cooperation",
        ["proton-therapy"],
    ),
    (
        "Heidelberg Ion-Beam Therapy Center (HIT), Heidelberg University Hospital",
        "Heidelberg University Hospital / National Center for Tumor Diseases "
        "(NCT) Heidelberg, incl. Heidelberg Ion-Beam Therapy Center (HIT)",
        "unit",
        ["proton-therapy", "carbon-ion-therapy"],
    ),
    (
        "National Cancer Center Hospital East, proton therapy",
        "National Cancer Center Hospital East",
        "unit",
        ["proton-therapy"],
    ),
    (
        "Samsung Medical Center Proton Therapy Center",
        "Samsung Medical Center",
        "unit",
        ["proton-therapy"],
    ),
    (
        "Yonsei Cancer Center Heavy Ion Therapy Center, Severance Hospital",
        "Yonsei Cancer Center, Severance Hospital (Yonsei University Health System)",
        "unit",
        ["carbon-ion-therapy"],
    ),
    (
        "National Cancer Center Korea, Proton Therapy Center",
        "National Cancer Center Korea",
        "unit",
        ["proton-therapy"],
    ),
    (
        "Institut Curie Proton Therapy Center",
        "Institut Curie",
        "unit",
        ["proton-therapy"],
    ),
    (
        "Goh Cheng Liang Proton Therapy Centre, National Cancer Centre Singapore",
        "National Cancer Centre Singapore (NCCS)",
        "unit",
        ["proton-therapy"],
    ),
    (
        "Mount Elizabeth Proton Therapy Centre (Mount Elizabeth Novena Hospital)",
        "Mount Elizabeth Novena Hospital (IHH Healthcare)",
        "unit",
        ["proton-therapy"],
    ),
    (
        "Shanghai Proton and Heavy Ion Center (Fudan University Shanghai Cancer "
        "Center)",
        "Fudan University Shanghai Cancer Center (FUSCC)",
        "unit",
        ["proton-therapy", "carbon-ion-therapy"],
    ),
    (
        "Tata Memorial Centre proton therapy (ACTREC)",
        "Tata Memorial Centre (Tata Memorial Hospital)",
        "unit",
        ["proton-therapy"],
    ),
    (
        "Apollo Proton Cancer Centre",
        "Apollo Proton Cancer Centre",
        "same",
        ["proton-therapy"],
    ),
]

# center_access.csv's center_name -> the center's name in the other files, or
# None for a center no other file has (it becomes its own center; the tuple
# gives its name, city and kind).
ACCESS_CENTERS = {
    "Mayo Clinic (Rochester MN, Phoenix/Scottsdale AZ, Jacksonville FL)": (
        "Mayo Clinic (Mayo Clinic Comprehensive Cancer Center)"
    ),
    "The University of Texas MD Anderson Cancer Center (Houston)": (
        "The University of Texas MD Anderson Cancer Center"
    ),
    "Memorial Sloan Kettering Cancer Center (New York)": (
        "Memorial Sloan Kettering Cancer Center"
    ),
    "Charité – Universitätsmedizin Berlin (Charité International Health Care)": (
        "Charite Comprehensive Cancer Center (CCCC), Charite - "
        "Universitaetsmedizin Berlin"
    ),
    "Heidelberg University Hospital (incl. Heidelberg Ion Beam Therapy Center HIT "
    "and NCT)": (
        "Heidelberg University Hospital / National Center for Tumor Diseases "
        "(NCT) Heidelberg, incl. Heidelberg Ion-Beam Therapy Center (HIT)"
    ),
    "National Cancer Center Hospital (Tokyo, Tsukiji)": (
        "National Cancer Center Hospital (National Cancer Center Japan)"
    ),
    "Juntendo University Hospital (Tokyo)": "Juntendo University Hospital",
    "Samsung Medical Center (Seoul)": "Samsung Medical Center",
    "Asan Medical Center (Seoul)": "Asan Medical Center",
    "QST Hospital (former NIRS Hospital, Chiba)": (
        "QST Hospital (former NIRS Hospital), HIMAC"
    ),
    "Gunma University Heavy Ion Medical Center (Maebashi)": (
        "Gunma University Heavy Ion Medical Center"
    ),
    "University of Tsukuba Hospital Proton Medical Research Center (Tsukuba)": (
        "University of Tsukuba Proton Medical Research Center"
    ),
    "East Japan Heavy Ion Center, Faculty of Medicine, Yamagata University "
    "(Yamagata)": "East Japan Heavy Ion Center, Yamagata University",
    "Osaka Heavy Ion Therapy Center (Osaka)": "Osaka Heavy Ion Therapy Center (HIMAK)",
    "Medipolis Proton Therapy and Research Center (Ibusuki, Kagoshima)": (
        "Medipolis Proton Therapy and Research Center"
    ),
    "CNAO – National Center for Oncological Hadrontherapy (Pavia)": (
        "National Centre for Oncological Hadrontherapy (CNAO)"
    ),
    # The facility list's "Proton Therapy Center Czech" is this Prague center.
    "Proton Therapy Center Prague (PTC)": "Proton Therapy Center Czech",
    "Cancer Institute Hospital of JFCR (Tokyo, Ariake)": None,
    "University of Tokyo Hospital (Tokyo)": None,
    "National Center for Global Health and Medicine (NCGM) Center Hospital "
    "(Tokyo)": None,
}
ACCESS_ONLY_CENTERS = {
    "Cancer Institute Hospital of JFCR (Tokyo, Ariake)": (
        "Cancer Institute Hospital of JFCR",
        "Tokyo (Ariake)",
        CenterKind.UNKNOWN,
    ),
    "University of Tokyo Hospital (Tokyo)": (
        "University of Tokyo Hospital",
        "Tokyo",
        CenterKind.ACADEMIC,
    ),
    "National Center for Global Health and Medicine (NCGM) Center Hospital (Tokyo)": (
        "National Center for Global Health and Medicine (NCGM) Center Hospital",
        "Tokyo",
        CenterKind.PUBLIC,
    ),
}

# What the access file says, read by hand: languages named explicitly, an
# in-house international office, and services with a short paraphrase.
# Languages a coordinator (not the center) offers are left to the text.
ACCESS_FACTS = {
    "Mayo Clinic (Rochester MN, Phoenix/Scottsdale AZ, Jacksonville FL)": {
        "languages": [],
        "office": True,
        "services": {
            "interpreter-services": "Interpreters in more than 30 languages.",
            "international-patient-coordination": (
                "International Services staff arrange appointments from abroad."
            ),
        },
    },
    "The University of Texas MD Anderson Cancer Center (Houston)": {
        "languages": [],
        "office": True,
        "services": {
            "interpreter-services": "Medical interpreters at no additional cost.",
            "international-patient-coordination": (
                "In-house International Patient Assistants (International Center)."
            ),
        },
    },
    "Memorial Sloan Kettering Cancer Center (New York)": {
        "languages": ["es", "fr", "zh", "yue", "ar", "ru", "uk"],
        "office": True,
        "services": {
            "interpreter-services": (
                "Interpreters for any language, sign languages included, "
                "around the clock."
            ),
            "international-patient-coordination": (
                "In-house Bobst International Center."
            ),
            "second-opinion": "Medical records review for a fee (USD 2,500).",
        },
    },
    "Charité – Universitätsmedizin Berlin (Charité International Health Care)": {
        "languages": ["ar"],
        "office": True,
        "services": {
            "international-patient-coordination": (
                "Charité International Health Care handles patients from abroad "
                "(2014 press release)."
            ),
        },
    },
    "Heidelberg University Hospital (incl. Heidelberg Ion Beam Therapy Center HIT "
    "and NCT)": {
        "languages": [],
        "office": True,
        "services": {
            "international-patient-coordination": (
                "Medical International Office handles enquiries, cost estimates "
                "and billing."
            ),
        },
    },
    "Juntendo University Hospital (Tokyo)": {
        "languages": [],
        "office": True,
        "services": {},
    },
    "Samsung Medical Center (Seoul)": {
        "languages": ["en", "ru", "ar", "zh", "mn"],
        "office": True,
        "services": {
            "international-patient-coordination": (
                "In-house International Health Services with coordinators in "
                "five languages."
            ),
        },
    },
    "Asan Medical Center (Seoul)": {
        "languages": [],
        "office": True,
        "services": {
            "international-patient-coordination": (
                "In-house International Healthcare Center."
            ),
            "second-opinion": (
                "A physician reviews records and pre-consults before referral; "
                "remote consultations offered."
            ),
        },
    },
    "Medipolis Proton Therapy and Research Center (Ibusuki, Kagoshima)": {
        "languages": ["zh"],
        "office": None,
        "services": {},
    },
    "Cancer Institute Hospital of JFCR (Tokyo, Ariake)": {
        "languages": [],
        "office": True,
        "services": {
            "international-patient-coordination": (
                "In-house International Patient Services (online application)."
            ),
            "second-opinion": (
                "First appointment from abroad is usually a second-opinion "
                "consultation, also possible in writing."
            ),
        },
    },
    "National Center for Global Health and Medicine (NCGM) Center Hospital (Tokyo)": {
        "languages": ["en", "zh", "ko", "es", "pt"],
        "office": True,
        "services": {
            "interpreter-services": (
                "Interpreters in person (English, Chinese, Korean) and by phone "
                "around the clock."
            ),
            "international-patient-coordination": (
                "In-house International Health Care Center with a nurse coordinator."
            ),
        },
    },
    "CNAO – National Center for Oncological Hadrontherapy (Pavia)": {
        "languages": [],
        "office": True,
        "services": {
            "international-patient-coordination": (
                "In-house International Patients Office."
            ),
        },
    },
    "Proton Therapy Center Prague (PTC)": {
        "languages": ["en"],
        "office": None,
        "services": {
            "interpreter-services": "An interpreter can be arranged.",
            "international-patient-coordination": "In-house treatment coordinators.",
            "second-opinion": (
                "Free assessment of the patient's documents by a daily indication "
                "board."
            ),
        },
    },
}

# cost_estimates.csv's scope -> center name, where the scope is a center we hold.
COST_CENTERS = {
    "QST Hospital": "QST Hospital (former NIRS Hospital), HIMAC",
    "Gunma University Heavy Ion Medical Center": (
        "Gunma University Heavy Ion Medical Center"
    ),
    "Southern Tohoku Proton Therapy Center (Koriyama)": (
        "Southern TOHOKU Proton Therapy Center"
    ),
    "Medipolis Proton Therapy and Research Center": (
        "Medipolis Proton Therapy and Research Center"
    ),
    "National Cancer Center Hospital (Tokyo)": (
        "National Cancer Center Hospital (National Cancer Center Japan)"
    ),
    "Juntendo University Hospital (Tokyo)": "Juntendo University Hospital",
    "NCGM Center Hospital (Tokyo)": (
        "National Center for Global Health and Medicine (NCGM) Center Hospital"
    ),
    "Heidelberg Ion Beam Therapy Center (HIT)": (
        "Heidelberg Ion-Beam Therapy Center (HIT), Heidelberg University Hospital"
    ),
    "Memorial Sloan Kettering Cancer Center": "Memorial Sloan Kettering Cancer Center",
    "National Cancer Center Korea (Goyang), proton package for U.S. patients": (
        "National Cancer Center Korea"
    ),
    "Severance Hospital, Yonsei University Health System (Seoul)": (
        "Yonsei Cancer Center, Severance Hospital (Yonsei University Health System)"
    ),
}
COST_MODALITIES = {"proton-therapy", "carbon-ion-therapy", "chemotherapy"}
COST_TREATMENTS = {
    "any": "Any treatment",
    "second-opinion (medical records review)": (
        "Second opinion (medical records review)"
    ),
}

# Cancer types a row names, read by hand from its notes, eligibility rules or
# cost line: (file, the row's key columns, cancer-type slugs). Only types a
# source names are recorded, so the list is never read as "treats nothing else".
# TRIUMF (ocular only) is left out: it closed in 2019.
CANCER_TYPES_NAMED = [
    (
        "particle_therapy_facilities.csv",
        {
            "name": "Eye-tumour proton therapy at Helmholtz-Zentrum Berlin "
            "(with Charite)"
        },
        ["eye-tumours"],
    ),
    (
        "particle_therapy_facilities.csv",
        {"name": "CATANA, INFN Laboratori Nazionali del Sud"},
        ["eye-tumours"],
    ),
    (
        "particle_therapy_facilities.csv",
        {"name": "Center for Proton Therapy, Paul Scherrer Institute (PSI)"},
        ["eye-tumours"],
    ),
    (
        "particle_therapy_facilities.csv",
        {"name": "Cyclotron Centre Bronowice (IFJ PAN)"},
        ["eye-tumours"],
    ),
    (
        "particle_therapy_facilities.csv",
        {"name": "Proton Therapy Center Czech"},
        ["eye-tumours"],
    ),
    (
        "particle_therapy_facilities.csv",
        {"name": "Clatterbridge Cancer Centre (ocular proton therapy)"},
        ["eye-tumours"],
    ),
    (
        "particle_therapy_facilities.csv",
        {"name": "UC Davis / UCSF ocular proton facility (Crocker Nuclear Laboratory)"},
        ["eye-tumours"],
    ),
    (
        "particle_therapy_facilities.csv",
        {"name": "St. Jude Red Frog Events Proton Therapy Center"},
        ["paediatric-cancers"],
    ),
    (
        "particle_therapy_facilities.csv",
        {"name": "Cincinnati Children's Proton Therapy Center"},
        ["paediatric-cancers"],
    ),
    (
        "particle_therapy_facilities.csv",
        {"name": "Kobe Proton Center"},
        ["paediatric-cancers"],
    ),
    (
        "particle_therapy_facilities.csv",
        {
            "name": "Kyoto Prefectural University of Medicine, Nagamori Memorial "
            "Center (proton therapy)"
        },
        ["prostate-cancer"],
    ),
    (
        "center_access.csv",
        {"center_name": "Gunma University Heavy Ion Medical Center (Maebashi)"},
        [
            "prostate-cancer",
            "pancreatic-cancer",
            "bone-and-soft-tissue-sarcoma",
            "lung-cancer",
        ],
    ),
    (
        "center_access.csv",
        {
            "center_name": "University of Tsukuba Hospital Proton Medical Research "
            "Center (Tsukuba)"
        },
        ["bladder-cancer"],
    ),
    (
        "center_access.csv",
        {
            "center_name": "Medipolis Proton Therapy and Research Center "
            "(Ibusuki, Kagoshima)"
        },
        ["prostate-cancer", "lung-cancer"],
    ),
    (
        "cost_estimates.csv",
        {"scope": "QST Hospital", "cancer_type": "prostate"},
        ["prostate-cancer"],
    ),
    (
        "cost_estimates.csv",
        {
            "scope": "QST Hospital",
            "cancer_type": "head and neck; bone and soft tissue (and other insured "
            "sites)",
        },
        ["head-and-neck-cancer", "bone-and-soft-tissue-sarcoma"],
    ),
    (
        "cost_estimates.csv",
        {
            "scope": "National Cancer Center Korea (Goyang), proton package for "
            "U.S. patients"
        },
        ["prostate-cancer"],
    ),
    (
        "cost_estimates.csv",
        {"scope": "Severance Hospital, Yonsei University Health System (Seoul)"},
        ["prostate-cancer"],
    ),
]
CANCER_TYPES_SUPPORT = "cancer types treated"

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
    "The project's seed article claims this partnership; it is not confirmed by "
    "any independent source: no agreement, date, signatory, institution or "
    "patient flow for Canada–Japan medical travel was found. The Canada–Japan "
    "ties that are verified are research agreements: the CIHR–AMED Memorandum of "
    "Cooperation (effective 2020) and the 1986 Agreement on Cooperation in "
    "Science and Technology, listed separately."
)
SEED_SOURCE_TITLE = "project seed article 002 (no public URL)"

# Partnership name -> centers named as parties (by center name).
PARTNERSHIP_CENTERS = {
    "Korea Ministry of Health and Welfare – Health Authority Abu Dhabi patient "
    "referral agreement": [
        "Samsung Medical Center",
        "Seoul National University Hospital",
        "Asan Medical Center",
    ],
    "Samsung Medical Center – Dubai government MoU on patient referrals; SMC clinic "
    "in Dubai Healthcare City": ["Samsung Medical Center"],
    "Samsung Medical Center – Mongolia health cooperation": ["Samsung Medical Center"],
    "Asan Medical Center – QST Hospital MOU on heavy-ion therapy": [
        "Asan Medical Center",
        "QST Hospital (former NIRS Hospital), HIMAC",
    ],
    "Konyang University Hospital – QST MOU on heavy-ion therapy": [
        "QST Hospital (former NIRS Hospital), HIMAC"
    ],
    "Yonsei University Health System – Toshiba Energy Systems & Solutions / DK "
    "Medical Solutions heavy-ion system contract": [
        "Yonsei Cancer Center, Severance Hospital (Yonsei University Health System)"
    ],
    "NIRS (QST) – MedAustron cooperation on carbon-ion radiotherapy": [
        "QST Hospital (former NIRS Hospital), HIMAC",
        "MedAustron",
    ],
    "MD Anderson Sister Institution Network (Global Academic Programs)": [
        "The University of Texas MD Anderson Cancer Center"
    ],
    "Medipolis Proton Therapy and Research Center – Indonesia National Cancer "
    "Hospital": ["Medipolis Proton Therapy and Research Center"],
    "Southern Tohoku General Hospital (proton centre) – four Thai medical "
    "institutions": ["Southern TOHOKU Proton Therapy Center"],
    "Charité – Saudi Arabia cooperation on specialist training": [
        "Charite Comprehensive Cancer Center (CCCC), Charite - "
        "Universitaetsmedizin Berlin"
    ],
}
# An ISO code in the parties text: two capitals standing alone before ':', ';',
# ',', '(' or the end ("KR: Samsung", "CA; JP", "CN, BR"), not "MD Anderson".
PARTY_CODE = re.compile(r"\b([A-Z]{2})\b(?=\s*(?:[:;,(]|$))")


@dataclass
class DemoLoadReport:
    """Row counts of the tables the demo loads, as they stand after loading."""

    counts: dict[str, int] = field(default_factory=dict)
    facility_summary: str = ""

    def summary(self) -> str:
        counts = ", ".join(f"{name} {count}" for name, count in self.counts.items())
        return f"Demo data loaded: {counts}. Facilities: {self.facility_summary}"


# --- Helpers ------------------------------------------------------------------


def _rows(filename):
    with (DATA_DIR / filename).open(encoding="utf-8-sig", newline="") as handle:
        return [
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]


def _known(value):
    """Return the text, or '' where the cell says in words that nothing was found."""
    return "" if value.strip().lower() in NOT_FOUND else value.strip()


def _int_or_none(value):
    return int(value) if value else None


def _upsert(model, *, lookup, values):
    """Get or create by `lookup`; save only the fields whose value changed."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.save()
        return obj
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        if any(f.name == "updated_at" for f in model._meta.fields):
            changed.append("updated_at")
        obj.save(update_fields=changed)
    return obj


def _cite(citation_model, *, owner_field, owner, sources, supports):
    """Cite each source for `supports`, adding to what a citation already says.

    Several files may cite one source for one record, each for its own facts;
    adding (never replacing) keeps every fact and a second run changes nothing.
    A blank `supports` already means the source backs the whole record.
    """
    for source in sources:
        citation, created = citation_model.objects.get_or_create(
            **{owner_field: owner, "source": source},
            defaults={"supports": supports},
        )
        facts = citation.supports.split("; ")
        if not created and citation.supports and supports not in facts:
            citation.supports = "; ".join([*facts, supports])
            citation.save(update_fields=["supports"])


def _accessed_on(note):
    """Return the date a note shows when it holds exactly one ISO date."""
    dates = set(ISO_DATE.findall(note))
    if len(dates) != 1:
        return None
    try:
        return datetime.date.fromisoformat(dates.pop())
    except ValueError:
        return None


def _curated(confidence):
    return {
        "publication_status": PUBLISHED,
        "last_verified": DEMO_VERIFIED_ON,
        "confidence": confidence or "medium",
    }


class _Sources:
    """One Source per distinct URL across all files; the first note seen wins."""

    def __init__(self):
        self.by_url = {}

    def load(self, files):
        notes = {}
        for filename, url_column in files:
            for row in _rows(filename):
                urls = split_urls(row[url_column])
                note = row.get("accessed_note", "")
                # A note naming several pages ("X dated 2016-06-06; others
                # undated") dates one of them: no single page gets the date.
                dated = len(urls) == 1 or ";" not in note
                for url in urls:
                    notes.setdefault(url, (note, dated))
        for url, (note, dated) in notes.items():
            if url == SEED_SOURCE_TITLE:
                self.by_url[url] = _upsert(
                    Source,
                    lookup={"url": "", "title": SEED_SOURCE_TITLE},
                    values={"publisher": "", "accessed_note": "", "accessed_on": None},
                )
                continue
            template = new_source(url)
            self.by_url[url] = _upsert(
                Source,
                lookup={"url": url},
                values={
                    "title": template.title,
                    "publisher": template.publisher,
                    "accessed_note": note[:300],
                    "accessed_on": _accessed_on(note) if dated else None,
                },
            )

    def __call__(self, cell):
        return [self.by_url[url] for url in split_urls(cell)]


# --- The loader ---------------------------------------------------------------


def demo_load() -> DemoLoadReport:
    """Load every demo file, published, in one transaction; safe to re-run."""
    report = DemoLoadReport()
    with transaction.atomic():
        _load_countries()
        with (DATA_DIR / "particle_therapy_facilities.csv").open(
            encoding="utf-8-sig", newline=""
        ) as stream:
            facilities = facilities_import(
                stream=stream, verified_on=DEMO_VERIFIED_ON, publish=True
            )
        report.facility_summary = facilities.summary()
        sources = _Sources()
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
        _cite_countries(sources)
        _load_visas(sources)
        _load_cancer_centers(sources)
        _load_access(sources)
        _load_costs(sources)
        _load_cancer_types(sources)
        _load_partnerships(sources)
        _load_funding_pathways(sources)
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


def _load_countries():
    languages = {language.name: language for language in Language.objects.all()}
    by_code = {language.code: language for language in languages.values()}
    for row in _rows("countries.csv"):
        country = _upsert(
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
                "health_expenditure_year": _int_or_none(row["health_expenditure_year"]),
                "health_expenditure_basis": row["health_expenditure_basis"],
                "jci_accredited_org_count": _int_or_none(
                    row["jci_accredited_org_count"]
                ),
                "jci_count_note": row["jci_count_year"],
                "notes": row["notes"],
                # Expenditure comes from a third-party copy of WDI data: medium.
                **_curated("medium"),
            },
        )
        official = []
        for name in row["official_languages"].split(";"):
            name = name.strip()
            code = LANGUAGE_ALIASES.get(name)
            official.append(by_code[code] if code else languages[name])
        country.official_languages.set(official)
    for code, (name, region, currency) in SUPPLEMENTARY_COUNTRIES.items():
        _upsert(
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
                **_curated("medium"),
            },
        )


def _cite_countries(sources):
    for row in _rows("countries.csv"):
        _cite(
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


def _load_visas(sources):
    countries = {country.code: country for country in Country.objects.all()}
    for row in _rows("medical_visas.csv"):
        visa = _upsert(
            MedicalVisa,
            lookup={"country": countries[row["country"]], "name": row["visa_name"]},
            values={
                "issuer": row["who_issues"],
                "max_stay_days": _int_or_none(row["max_stay_days"]),
                "validity": row["validity_or_entries"],
                "companion_allowed": _tristate(row["companion_allowed"]),
                "companion_notes": row["companion_allowed"],
                "coordinator_required": _tristate(
                    row["guarantor_or_coordinator_required"]
                ),
                "coordinator_notes": row["guarantor_or_coordinator_required"],
                "documents": row["documents"],
                "notes": row["notes"],
                **_curated(row["confidence"]),
            },
        )
        _cite(
            VisaSource,
            owner_field="visa",
            owner=visa,
            sources=sources(row["source_url"]),
            supports="visa rules, stay, companions, guarantor",
        )


def _center_values(*, city, kind, confidence):
    return {"city": city, "kind": kind, **_curated(confidence)}


def _get_or_create_center(*, name, country, values):
    """Upsert a center by (name, country), giving a new one a unique slug."""
    center = Center.objects.filter(name=name, country=country).first()
    if center is None:
        taken = set(Center.objects.values_list("slug", flat=True))
        values = {"slug": unique_center_slug(name, country.code, taken), **values}
    return _upsert(Center, lookup={"name": name, "country": country}, values=values)


def _join(parts):
    return "\n\n".join(part for part in parts if part)


def _access_note(row):
    note = _known(row["notes"])
    return f"International patients: {note}" if note else ""


def _access_rows_by_center():
    rows = {}
    for row in _rows("center_access.csv"):
        target = ACCESS_CENTERS[row["center_name"]]
        name = target or ACCESS_ONLY_CENTERS[row["center_name"]][0]
        rows[name] = row
    return rows


def _load_cancer_centers(sources):
    countries = {country.code: country for country in Country.objects.all()}
    accreditations = {a.slug: a for a in Accreditation.objects.all()}
    modalities = {m.slug: m for m in TreatmentModality.objects.all()}
    links = {}
    for facility, center_name, relation, slugs in FACILITY_LINKS:
        links.setdefault(center_name, []).append((facility, relation, slugs))

    access_rows = _access_rows_by_center()
    for row in _rows("cancer_centers.csv"):
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
                "founded_year": _int_or_none(row["founded_year"]),
                "website": f"https://{row['website_domain']}"
                if row["website_domain"]
                else "",
                "newsweek_oncology_rank_2024": _int_or_none(
                    row["newsweek_2024_oncology_rank"]
                ),
                "notes": _join(notes),
            },
        )
        row_sources = sources(row["source_url"])
        _cite(
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
            _upsert(
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
        "proton-therapy": row["has_proton"] == "yes",
        "carbon-ion-therapy": row["has_carbon_ion"] == "yes",
    }
    delivered_at = {slug: [] for slug in available}
    for facility_name, relation, slugs in links.get(row["name"], []):
        facility = Center.objects.get(name=facility_name, country=center.country)
        if relation == "unit":
            _upsert(Center, lookup={"pk": facility.pk}, values={"parent": center})
        for slug in slugs:
            delivered_at[slug].append((facility_name, relation))
    for slug, yes in available.items():
        if not yes or any(rel == "same" for _, rel in delivered_at[slug]):
            continue  # the facility's own offering already describes it
        places = [
            f"{name} ({'unit of this center' if rel == 'unit' else 'cooperation'})"
            for name, rel in delivered_at[slug]
        ]
        offering = _upsert(
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
        _cite(
            OfferingSource,
            owner_field="offering",
            owner=offering,
            sources=row_sources,
            supports="availability of " + modalities[slug].name.lower(),
        )


def _load_access(sources):
    countries = {country.code: country for country in Country.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    services = {service.slug: service for service in SupportiveService.objects.all()}
    cancer_center_names = {row["name"] for row in _rows("cancer_centers.csv")}
    for row in _rows("center_access.csv"):
        country = countries[row["country"]]
        target = ACCESS_CENTERS[row["center_name"]]
        values = {
            "intake_route": (
                IntakeRoute(row["intake_route"].replace("_", "-"))
                if row["intake_route"]
                else IntakeRoute.UNKNOWN
            ),
            "international_contact": _known(row["coordinator_names"]),
            "language_support": _known(row["language_support"]),
            "foreign_patient_pricing": _known(row["foreign_patient_pricing"]),
            "deposit_policy": _known(row["deposit_or_prepayment"]),
            "eligibility_notes": _known(row["eligibility_notes"]),
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
            center = _upsert(Center, lookup={"pk": center.pk}, values=values)
        center.languages.set([languages[code] for code in facts.get("languages", [])])
        for slug, note in facts.get("services", {}).items():
            _upsert(
                CenterService,
                lookup={"center": center, "service": services[slug]},
                values={"notes": note},
            )
        _cite(
            CenterSource,
            owner_field="center",
            owner=center,
            sources=sources(row["source_url"]),
            supports="international intake, languages, pricing",
        )


def _load_costs(sources):
    countries = {country.code: country for country in Country.objects.all()}
    modalities = {m.slug: m for m in TreatmentModality.objects.all()}
    for row in _rows("cost_estimates.csv"):
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
        estimate = _upsert(
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
                **_curated(row["confidence"]),
            },
        )
        _cite(
            CostSource,
            owner_field="cost_estimate",
            owner=estimate,
            sources=sources(row["source_url"]),
            supports="amount, basis, what is included",
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


def _load_cancer_types(sources):
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
            for row in _rows(filename)
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
        _cite(
            CenterSource,
            owner_field="center",
            owner=center,
            sources=center_sources,
            supports=CANCER_TYPES_SUPPORT,
        )


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


def _load_partnerships(sources):
    countries = {country.code: country for country in Country.objects.all()}
    for row in _rows("partnerships.csv"):
        seed = row["name"] == SEED_PARTNERSHIP
        name = SEED_PARTNERSHIP_NAME if seed else row["name"]
        challenges = (
            "" if row["challenges_named"] == "none named" else row["challenges_named"]
        )
        partnership = _upsert(
            Partnership,
            lookup={"name": name},
            values={
                "slug": slugify(name.replace("–", "-"))[:120].strip("-"),
                "kind": PartnershipKind(slugify(row["kind"])),
                "parties": row["parties"],
                "started_year": _int_or_none(row["started"]),
                "status": _partnership_status(row["status"]),
                "status_note": row["status"],
                "scope": row["scope"],
                "challenges": challenges,
                "summary": SEED_PARTNERSHIP_SUMMARY if seed else "",
                "notes": row["notes"],
                **_curated("low" if seed else row["confidence"]),
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
        _cite(
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


def _load_funding_pathways(sources):
    for row in _rows("funding_pathways.csv"):
        pathway = _upsert(
            FundingPathway,
            lookup={"name": row["program"]},
            values={
                "slug": _short_slug(row["program"]),
                "origin": row["origin"],
                "origin_name": FUNDING_ORIGINS[row["origin"]],
                "conditions": row["conditions"],
                "covers": row["covers"],
                "notes": row["notes"],
                **_curated(row["confidence"]),
            },
        )
        _cite(
            FundingPathwaySource,
            owner_field="pathway",
            owner=pathway,
            sources=sources(row["source_url"]),
            supports="who qualifies, what it pays",
        )
