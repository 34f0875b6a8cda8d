"""Example payloads for the OpenAPI documentation of destination endpoints."""

from curation.api.examples import SOURCE_CITATION

COUNTRY = {
    "slug": "japan",
    "code": "JP",
    "name": "Japan",
    "url": "https://oncoatlas.example/destinations/japan/",
    "region": "asia-pacific",
    "currency": "JPY",
    "official_languages": [{"code": "ja", "name": "Japanese"}],
    "summary": "Most carbon-ion therapy centers in the world.",
    "health_expenditure_per_capita": "5251.00",
    "health_expenditure_year": 2022,
    "health_expenditure_basis": "PPP, current international $ (World Bank)",
    "jci_accredited_org_count": None,
    "jci_count_note": None,
    "public_note": None,
    "center_count": 14,
    "particle_center_count": 9,
    "visas": [
        {
            "name": "Visa for Medical Stay",
            "issuer": "Ministry of Foreign Affairs of Japan",
            "max_stay_days": 90,
            "validity": "Multiple entries for up to 3 years when needed",
            "companion_allowed": "yes",
            "companion_notes": "Relatives and carers",
            "coordinator_required": "yes",
            "coordinator_notes": "A registered guarantor or travel agency",
            "documents": None,
            "public_note": None,
            "last_verified": "2025-11-05",
            "confidence": "high",
            "sources": [SOURCE_CITATION],
        }
    ],
    "partnerships": [
        {
            "slug": "japan-germany-particle-therapy",
            "name": "Japan-Germany particle therapy research",
            "kind": "research",
            "status": "active",
        }
    ],
    "cost_estimates": [],
    "updated_at": "2025-11-05T09:30:00Z",
    "last_verified": "2025-11-05",
    "confidence": "high",
    "sources": [SOURCE_CITATION],
}

PARTNERSHIP = {
    "slug": "japan-germany-particle-therapy",
    "name": "Japan-Germany particle therapy research",
    "url": "https://oncoatlas.example/partnerships/japan-germany-particle-therapy/",
    "kind": "research",
    "status": "active",
    "status_note": None,
    "countries": [
        {"slug": "germany", "code": "DE", "name": "Germany", "region": "europe"},
        {"slug": "japan", "code": "JP", "name": "Japan", "region": "asia-pacific"},
    ],
    "centers": [
        {
            "slug": "heidelberg-ion-beam-therapy-center",
            "name": "Heidelberg Ion-Beam Therapy Center",
        }
    ],
    "parties": "HIT; QST",
    "started_year": 2016,
    "scope": "Joint research on carbon-ion therapy.",
    "challenges": [],
    "summary": None,
    "public_note": None,
    "updated_at": "2025-11-05T09:30:00Z",
    "last_verified": "2025-11-05",
    "confidence": "medium",
    "sources": [SOURCE_CITATION],
}

FUNDING_PATHWAY = {
    "slug": "nhs-england-proton-beam-therapy-overseas-programme",
    "name": "NHS England Proton Beam Therapy Overseas Programme",
    "url": "https://oncoatlas.example/paying-for-treatment/"
    "#nhs-england-proton-beam-therapy-overseas-programme",
    "origin": "GB-ENG",
    "origin_name": "England, United Kingdom",
    "conditions": "Eligible diagnosis in a priority group, approved by the national "
    "clinical panel.",
    "covers": "Proton therapy abroad plus travel and accommodation.",
    "public_note": None,
    "updated_at": "2025-11-05T09:30:00Z",
    "last_verified": "2025-11-05",
    "confidence": "high",
    "sources": [
        {
            "id": 40,
            "url": "https://www.england.nhs.uk/commissioning/spec-services/"
            "highly-spec-services/pbt/",
            "title": "england.nhs.uk: pbt",
            "publisher": "england.nhs.uk",
            "accessed": None,
            "accessed_note": "no date shown",
            "supports": "who qualifies, what it pays",
        }
    ],
}
