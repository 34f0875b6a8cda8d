# ruff: noqa: RUF001 -- the data set spells names with en dashes; keys must match.
"""Facts read by hand from the demo files' free text: data, not logic."""

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
        # "Patients who do not speak Japanese must bring their own medical
        # interpreter": care is in Japanese, and only in Japanese.
        "languages": ["ja"],
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
