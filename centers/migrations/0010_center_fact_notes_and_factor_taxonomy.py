"""Notes for a center's trials, tumor board and response time; the taxonomy
entries the curated center facts name that 0003 lacked.

Taxonomy rows are keyed by slug (re-running updates names and descriptions).
Going back leaves them: centers may already link to them.
"""

from django.db import migrations, models

MODALITIES = [
    # (slug, name, category, description)
    (
        "hipec",
        "HIPEC (heated intraperitoneal chemotherapy)",
        "surgery",
        "Heated chemotherapy washed through the abdomen during surgery.",
    ),
    (
        "immunotherapy",
        "Immunotherapy (kind not specified)",
        "immunotherapy",
        "Treatment that turns the immune system against the cancer, where the "
        "source does not say which kind.",
    ),
]

SERVICES = [
    (
        "fertility-preservation",
        "Fertility preservation",
        "clinical-support",
        "Freezing eggs, sperm or tissue before treatment that may harm fertility.",
    ),
    (
        "patient-navigation",
        "Patient navigation",
        "clinical-support",
        "A navigator who guides the patient through appointments and care.",
    ),
    (
        "survivorship",
        "Survivorship care",
        "rehabilitation",
        "Follow-up after treatment: late effects, check-ups and life after cancer.",
    ),
]

ACCREDITATIONS = [
    # (slug, name, abbreviation, body, scope, website)
    (
        "esmo-designated-centre",
        "ESMO Designated Centre of Integrated Oncology and Palliative Care",
        "ESMO DC",
        "European Society for Medical Oncology",
        "International",
        "https://www.esmo.org/for-patients/"
        "esmo-designated-centres-of-integrated-oncology-palliative-care",
    ),
    (
        "magnet",
        "Magnet Recognition (nursing excellence)",
        "Magnet",
        "American Nurses Credentialing Center",
        "International",
        "https://www.nursingworld.org/organizational-programs/magnet/",
    ),
]


def install(apps, schema_editor):
    TreatmentModality = apps.get_model("centers", "TreatmentModality")
    SupportiveService = apps.get_model("centers", "SupportiveService")
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
    dependencies = [
        ("centers", "0009_public_notes_apart_from_curator_notes"),
    ]

    operations = [
        migrations.AddField(
            model_name="center",
            name="clinical_trials_note",
            field=models.TextField(
                blank=True,
                help_text="A count only with what it counts (open, ongoing, opened that year) and its date, as the source says.",
                verbose_name="about its clinical trials",
            ),
        ),
        migrations.AddField(
            model_name="center",
            name="response_time",
            field=models.TextField(
                blank=True,
                help_text="How soon the center answers an enquiry or starts treatment, as the source says.",
                verbose_name="response time",
            ),
        ),
        migrations.AddField(
            model_name="center",
            name="tumor_board_note",
            field=models.TextField(
                blank=True,
                help_text="What the source says of it, e.g. which cancers, or that it is a multidisciplinary team rather than a named board.",
                verbose_name="about the tumor board",
            ),
        ),
        migrations.AddField(
            model_name="historicalcenter",
            name="clinical_trials_note",
            field=models.TextField(
                blank=True,
                help_text="A count only with what it counts (open, ongoing, opened that year) and its date, as the source says.",
                verbose_name="about its clinical trials",
            ),
        ),
        migrations.AddField(
            model_name="historicalcenter",
            name="response_time",
            field=models.TextField(
                blank=True,
                help_text="How soon the center answers an enquiry or starts treatment, as the source says.",
                verbose_name="response time",
            ),
        ),
        migrations.AddField(
            model_name="historicalcenter",
            name="tumor_board_note",
            field=models.TextField(
                blank=True,
                help_text="What the source says of it, e.g. which cancers, or that it is a multidisciplinary team rather than a named board.",
                verbose_name="about the tumor board",
            ),
        ),
        migrations.RunPython(install, migrations.RunPython.noop),
    ]
