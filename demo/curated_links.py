# ruff: noqa: RUF001 -- the data set spells names with en dashes; keys must match.
"""Hand-reviewed name mappings between the demo files: data, not logic.

Where the data set matches names across files (cancer centers and their
particle-therapy units, the access file's center names, cost scopes, partnership
parties) the mapping is an explicit table, reviewed by hand: the names differ too
much for fuzzy matching to be trusted.
"""

from centers.models import CenterKind

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
