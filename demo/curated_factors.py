"""The center-fact files' controlled values -> the taxonomy's slugs: data.

The values are those DATA-README-center-factors.md lists. Where the taxonomy
names the same thing otherwise the mapping says so; the few it lacked (HIPEC,
immunotherapy of an unnamed kind, fertility preservation, patient navigation,
survivorship, ESMO designation, Magnet) came with centers' migration 0007.
"""

from centers.models import CARBON_ION, PROTON, IntakeRoute

MODALITIES = {
    "bone-marrow-transplant": "stem-cell-transplant",
    "brachytherapy": "brachytherapy",
    "car-t-cell-therapy": "car-t-cell-therapy",
    "carbon-ion-therapy": CARBON_ION,
    "chemotherapy": "chemotherapy",
    "hipec": "hipec",
    # Most rows name CAR-T or "immunotherapy" in general, not checkpoint drugs.
    "immunotherapy": "immunotherapy",
    "minimally-invasive-surgery": "laparoscopic-surgery",
    # The rows describe tumour sequencing, gene panels and molecular boards.
    "precision-medicine": "genomic-profiling",
    "proton-therapy": PROTON,
    "radiotherapy": "external-beam-radiotherapy",
    "robotic-surgery": "robotic-surgery",
    "stereotactic-radiosurgery": "stereotactic-radiotherapy",
    "surgery": "surgical-oncology",
    "targeted-therapy": "targeted-therapy",
}
PARTICLE_MODALITIES = {PROTON, CARBON_ION}

SERVICES = {
    "accommodation": "accommodation-help",
    "counseling": "counseling",
    # The taxonomy's one psychosocial service is "Counseling and psycho-oncology".
    "psycho-oncology": "counseling",
    "fertility-preservation": "fertility-preservation",
    "international-office": "international-patient-coordination",
    "interpreters": "interpreter-services",
    "nutritional-support": "nutritional-support",
    "pain-management": "pain-management",
    "palliative-care": "palliative-care",
    "patient-navigation": "patient-navigation",
    "rehabilitation": "rehabilitation",
    "survivorship": "survivorship",
}

ACCREDITATIONS = {
    "DKG": "dkg-oncology-centre",
    "ESMO-designated": "esmo-designated-centre",
    "JCI": "jci",
    "Magnet": "magnet",
    "NCI-comprehensive": "nci-comprehensive",
    "OECI": "oeci",
}

# Language names in the files that differ from the Language table's (CLDR) names.
LANGUAGE_ALIASES = {"Chinese": "zh"}

INTAKE_ROUTES = {
    "direct": IntakeRoute.DIRECT,
    "coordinator-preferred": IntakeRoute.COORDINATOR_PREFERRED,
    "coordinator-required": IntakeRoute.COORDINATOR_REQUIRED,
}

# What a citation says its source supports, per factor (services, languages,
# accreditations and modalities name their value as well).
SUPPORTS = {
    "clinical_trials": "clinical trials",
    "tumor_board": "multidisciplinary tumor board",
    "intake": "international intake",
    "lead_time": "response time",
}
