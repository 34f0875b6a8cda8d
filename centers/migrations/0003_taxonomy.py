"""Install the taxonomy every database needs: modalities, services, cancer types,
accreditations. Keyed by slug, so re-running updates names and descriptions.
"""

from django.db import migrations

MODALITIES = [
    # (slug, name, category, description)
    (
        "surgical-oncology",
        "Surgical oncology",
        "surgery",
        "Open surgery to remove tumours.",
    ),
    (
        "robotic-surgery",
        "Robotic surgery",
        "minimally-invasive-surgery",
        "Minimally invasive surgery assisted by a surgical robot.",
    ),
    (
        "laparoscopic-surgery",
        "Laparoscopic and endoscopic surgery",
        "minimally-invasive-surgery",
        "Keyhole and endoscopic tumour removal.",
    ),
    (
        "external-beam-radiotherapy",
        "External beam radiotherapy (photons)",
        "radiotherapy",
        "X-ray radiotherapy, including IMRT and VMAT.",
    ),
    (
        "stereotactic-radiotherapy",
        "Stereotactic radiosurgery and SBRT",
        "radiotherapy",
        "High-precision radiotherapy in few sessions.",
    ),
    (
        "brachytherapy",
        "Brachytherapy",
        "radiotherapy",
        "Radiation sources placed inside or next to the tumour.",
    ),
    (
        "proton-therapy",
        "Proton therapy",
        "particle-therapy",
        "Radiotherapy with proton beams, which stop at a set depth.",
    ),
    (
        "carbon-ion-therapy",
        "Carbon-ion therapy",
        "particle-therapy",
        "Radiotherapy with carbon ions (heavy ions), offered at few centers.",
    ),
    (
        "chemotherapy",
        "Chemotherapy",
        "systemic-therapy",
        "Drugs that kill dividing cells.",
    ),
    (
        "hormone-therapy",
        "Hormone therapy",
        "systemic-therapy",
        "Drugs that block hormones some cancers grow on.",
    ),
    (
        "immune-checkpoint-inhibitors",
        "Immune checkpoint inhibitors",
        "immunotherapy",
        "Drugs that let the immune system attack the cancer.",
    ),
    (
        "car-t-cell-therapy",
        "CAR T-cell therapy",
        "immunotherapy",
        "The patient's T cells engineered to target the cancer.",
    ),
    (
        "targeted-therapy",
        "Targeted therapy",
        "precision-medicine",
        "Drugs aimed at a molecular change in the tumour.",
    ),
    (
        "genomic-profiling",
        "Tumour genomic profiling",
        "precision-medicine",
        "Sequencing the tumour to choose treatment.",
    ),
    (
        "stem-cell-transplant",
        "Stem cell transplantation",
        "transplant",
        "Bone marrow or blood stem cell transplant.",
    ),
    (
        "radioligand-therapy",
        "Radioligand therapy",
        "nuclear-medicine",
        "Radioactive drugs that seek out tumour cells.",
    ),
]

SERVICES = [
    (
        "counseling",
        "Counseling and psycho-oncology",
        "psychosocial",
        "Psychological support for patients and families.",
    ),
    (
        "nutritional-support",
        "Nutritional support",
        "clinical-support",
        "Dietitians and nutrition plans during and after treatment.",
    ),
    (
        "pain-management",
        "Pain management",
        "clinical-support",
        "Specialist pain control.",
    ),
    (
        "rehabilitation",
        "Rehabilitation",
        "rehabilitation",
        "Physiotherapy and recovery programmes.",
    ),
    (
        "interpreter-services",
        "Interpreter services",
        "travel-and-access",
        "Medical interpreters for patients who do not speak the local language.",
    ),
    (
        "international-patient-coordination",
        "International patient coordination",
        "travel-and-access",
        "An office or coordinator that arranges care from abroad.",
    ),
    (
        "accommodation-help",
        "Accommodation help",
        "travel-and-access",
        "Help finding a place to stay near the center.",
    ),
    (
        "palliative-care",
        "Palliative care",
        "palliative",
        "Care that relieves symptoms and supports quality of life.",
    ),
    (
        "second-opinion",
        "Second opinion (records review)",
        "clinical-support",
        "Specialists review records and imaging sent from abroad.",
    ),
]

CANCER_TYPES = [
    ("bladder-cancer", "Bladder cancer", "C67"),
    (
        "bone-and-soft-tissue-sarcoma",
        "Bone and soft-tissue sarcoma",
        "C40-C41, C45-C49",
    ),
    ("brain-and-cns-tumours", "Brain and central nervous system tumours", "C70-C72"),
    ("breast-cancer", "Breast cancer", "C50"),
    ("cervical-cancer", "Cervical cancer", "C53"),
    ("colorectal-cancer", "Colorectal cancer", "C18-C20"),
    ("oesophageal-cancer", "Oesophageal cancer", "C15"),
    ("eye-tumours", "Eye tumours (ocular melanoma and others)", "C69"),
    ("head-and-neck-cancer", "Head and neck cancer", "C00-C14, C30-C32"),
    ("kidney-cancer", "Kidney cancer", "C64-C65"),
    ("leukaemia", "Leukaemia", "C91-C95"),
    ("liver-cancer", "Liver cancer", "C22"),
    ("lung-cancer", "Lung cancer", "C33-C34"),
    ("lymphoma", "Lymphoma", "C81-C88"),
    ("melanoma", "Skin melanoma", "C43"),
    ("multiple-myeloma", "Multiple myeloma", "C90"),
    ("ovarian-cancer", "Ovarian cancer", "C56"),
    ("paediatric-cancers", "Childhood cancers", ""),
    ("pancreatic-cancer", "Pancreatic cancer", "C25"),
    ("prostate-cancer", "Prostate cancer", "C61"),
    ("stomach-cancer", "Stomach cancer", "C16"),
    ("thyroid-cancer", "Thyroid cancer", "C73"),
    ("uterine-cancer", "Uterine cancer", "C54-C55"),
]

ACCREDITATIONS = [
    # (slug, name, abbreviation, body, scope, website)
    (
        "jci",
        "Joint Commission International accreditation",
        "JCI",
        "Joint Commission International",
        "International",
        "https://www.jointcommissioninternational.org/",
    ),
    (
        "nci-comprehensive",
        "NCI-designated Comprehensive Cancer Center",
        "NCI Comprehensive",
        "US National Cancer Institute",
        "United States",
        "https://www.cancer.gov/research/infrastructure/cancer-centers",
    ),
    (
        "nci-clinical",
        "NCI-designated Clinical Cancer Center",
        "NCI Clinical",
        "US National Cancer Institute",
        "United States",
        "https://www.cancer.gov/research/infrastructure/cancer-centers",
    ),
    (
        "the-joint-commission",
        "The Joint Commission accreditation (US)",
        "TJC",
        "The Joint Commission",
        "United States",
        "https://www.jointcommission.org/",
    ),
    (
        "oeci",
        "OECI accredited cancer centre",
        "OECI",
        "Organisation of European Cancer Institutes",
        "International",
        "https://www.oeci.eu/",
    ),
    (
        "dkh-oncology-centre-of-excellence",
        "German Cancer Aid Oncology Centre of Excellence (CCC)",
        "DKH CCC",
        "Deutsche Krebshilfe (German Cancer Aid)",
        "Germany",
        "https://www.krebshilfe.de/",
    ),
    (
        "dkg-oncology-centre",
        "German Cancer Society certified Oncology Centre",
        "DKG",
        "Deutsche Krebsgesellschaft (German Cancer Society)",
        "Germany",
        "https://www.krebsgesellschaft.de/",
    ),
    (
        "japan-designated-cancer-hospital",
        "Designated Cancer Care Hospital (Japan)",
        "",
        "Ministry of Health, Labour and Welfare of Japan",
        "Japan",
        "",
    ),
]


def install(apps, schema_editor):
    TreatmentModality = apps.get_model("centers", "TreatmentModality")
    SupportiveService = apps.get_model("centers", "SupportiveService")
    CancerType = apps.get_model("centers", "CancerType")
    Accreditation = apps.get_model("centers", "Accreditation")
    for slug, name, category, description in MODALITIES:
        TreatmentModality.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "category": category, "description": description},
        )
    for slug, name, category, description in SERVICES:
        SupportiveService.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "category": category, "description": description},
        )
    for slug, name, icd10_range in CANCER_TYPES:
        CancerType.objects.update_or_create(
            slug=slug, defaults={"name": name, "icd10_range": icd10_range}
        )
    for slug, name, abbreviation, body, scope, website in ACCREDITATIONS:
        Accreditation.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "abbreviation": abbreviation,
                "body": body,
                "scope": scope,
                "website": website,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("centers", "0002_initial")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
