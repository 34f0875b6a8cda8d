"""Example payloads for the OpenAPI documentation of center endpoints."""

from curation.api.examples import SOURCE_CITATION

CARBON_ION = {
    "slug": "carbon-ion-therapy",
    "name": "Carbon-ion therapy",
    "category": "particle-therapy",
}

CENTER = {
    "slug": "qst-hospital",
    "name": "QST Hospital",
    "url": "https://oncoatlas.example/centers/qst-hospital/",
    "country": {
        "slug": "japan",
        "code": "JP",
        "name": "Japan",
        "region": "asia-pacific",
    },
    "city": "Chiba",
    "kind": "public",
    "founded_year": 1961,
    "website": "https://www.qst.go.jp/site/qst-hospital/",
    "summary": "The first carbon-ion therapy center in the world.",
    "parent": None,
    "units": [],
    "intake_route": "coordinator-preferred",
    "has_international_office": True,
    "international_contact": None,
    "languages": [
        {"code": "ja", "name": "Japanese"},
        {"code": "en", "name": "English"},
    ],
    "language_support": None,
    "has_tumor_board": None,
    "tumor_board_note": None,
    "runs_clinical_trials": True,
    "clinical_trials_note": None,
    "response_time": None,
    "foreign_patient_pricing": None,
    "deposit_policy": None,
    "eligibility_notes": None,
    "newsweek_oncology_rank_2024": None,
    "cancer_types": [{"slug": "prostate-cancer", "name": "Prostate cancer"}],
    "offerings": [
        {
            "modality": CARBON_ION,
            "status": "operational",
            "expected_year": None,
            "first_year": 1994,
            "treatment_rooms": 3,
            "research_rooms": None,
            "public_note": None,
            "last_verified": "2025-11-05",
            "confidence": "high",
            "sources": [SOURCE_CITATION],
        }
    ],
    "services": [
        {
            "service": {
                "slug": "counseling",
                "name": "Counseling",
                "category": "psychosocial",
            },
            "public_note": None,
        }
    ],
    "accreditations": [],
    "partnerships": [],
    "cost_estimates": [
        {
            "scope": "QST Hospital",
            "center": {"slug": "qst-hospital", "name": "QST Hospital"},
            "modality": CARBON_ION,
            "treatment": None,
            "cancer_type": None,
            "kind": "per-patient",
            "payer": "insured-resident",
            "price": {
                "currency": "JPY",
                "amount_low": "3140000.00",
                "amount_high": None,
                "text": "From JPY 3,140,000",
                "converted": None,
            },
            "context": None,
            "basis": "Advanced medical care fee, per course",
            "includes": None,
            "excludes": "Travel and stay",
            "as_of": "2024",
            "public_note": None,
            "updated_at": "2025-11-05T09:30:00Z",
            "last_verified": "2025-11-05",
            "confidence": "medium",
            "sources": [SOURCE_CITATION],
        }
    ],
    "public_note": None,
    "updated_at": "2025-11-05T09:30:00Z",
    "last_verified": "2025-11-05",
    "confidence": "high",
    "sources": [SOURCE_CITATION],
}

MODALITY = {**CARBON_ION, "description": "Heavier ions than protons."}

SERVICE = {
    "slug": "counseling",
    "name": "Counseling",
    "category": "psychosocial",
    "description": None,
}

CANCER_TYPE = {
    "slug": "breast-cancer",
    "name": "Breast cancer",
    "icd10_range": "C50",
    "description": None,
}

ACCREDITATION = {
    "slug": "jci",
    "name": "Joint Commission International accreditation",
    "abbreviation": "JCI",
    "body": "Joint Commission International",
    "scope": "International",
    "website": "https://www.jointcommissioninternational.org/",
    "description": None,
}
