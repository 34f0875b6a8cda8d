"""The per-center facts, languages that are true, confidence, public text."""

import pytest

from centers import rollups
from centers.models import Center, CenterService, IntakeRoute, Offering, OfferingStatus
from comparisons.compare import compare_countries
from curation.models import Confidence, Source
from demo.records import factor_rows, read_rows
from destinations.models import Country, MedicalVisa, Partnership

pytestmark = pytest.mark.django_db

NAMED_CENTERS = [
    "Mayo Clinic (Mayo Clinic Comprehensive Cancer Center)",
    "The University of Texas MD Anderson Cancer Center",
    "National Cancer Center Hospital (National Cancer Center Japan)",
    "Juntendo University Hospital",
    "Samsung Medical Center",
    "Asan Medical Center",
    "Charite Comprehensive Cancer Center (CCCC), Charite - Universitaetsmedizin Berlin",
    "Heidelberg University Hospital / National Center for Tumor Diseases (NCT) "
    "Heidelberg, incl. Heidelberg Ion-Beam Therapy Center (HIT)",
    "Memorial Sloan Kettering Cancer Center",
]
CORE_SERVICES = {
    "counselling": "counseling",
    "nutrition": "nutritional-support",
    "pain management": "pain-management",
    "rehabilitation": "rehabilitation",
}


def cited_for(center, words):
    """Whether one of the center's sources says it supports `words`."""
    return center.citations.filter(supports__icontains=words).exists()


def sourced_answers(center):
    """Which of the issue's eight questions the center answers with a source."""
    services = {link.service.slug: link.service for link in center.service_links.all()}
    treatments = center.offerings.filter(status=OfferingStatus.OPERATIONAL).exclude(
        modality__category="particle-therapy"
    )
    answers = {
        "treatments beyond particle therapy": any(
            offering.citations.exists() for offering in treatments
        ),
        "clinical trials": center.runs_clinical_trials is not None
        and cited_for(center, "clinical trials"),
        "tumor board": center.has_tumor_board is not None
        and cited_for(center, "tumor board"),
        "languages": center.languages.exists()
        and (
            cited_for(center, "languages the center offers patients")
            or cited_for(center, "international intake, languages")
        ),
    }
    for question, slug in CORE_SERVICES.items():
        service = services.get(slug)
        answers[question] = service is not None and cited_for(
            center, service.name.lower()
        )
    return {question for question, answered in answers.items() if answered}


@pytest.mark.parametrize("name", NAMED_CENTERS)
def test_named_center_has_sourced_answers_for_six_of_eight_questions(name):
    center = Center.objects.published().get(name=name)

    answered = sourced_answers(center)

    assert len(answered) >= 6, (name, sorted(answered))


@pytest.mark.parametrize("name", NAMED_CENTERS)
def test_named_center_page_shows_its_care_and_services(client, name):
    center = Center.objects.get(name=name)

    response = client.get(center.get_absolute_url())

    assert response.status_code == 200
    for link in center.service_links.select_related("service"):
        assert link.service.name.encode() in response.content


def test_modality_row_is_an_operational_offering_with_its_source():
    anderson = Center.objects.get(name=NAMED_CENTERS[1])

    car_t = anderson.offerings.get(modality__slug="car-t-cell-therapy")

    assert car_t.status == OfferingStatus.OPERATIONAL
    assert car_t.citations.filter(supports="availability of car t-cell therapy")
    assert car_t.last_verified.isoformat() == "2026-12-01"
    assert car_t.confidence == Confidence.HIGH  # mdanderson.org says so


def test_modality_values_map_to_the_taxonomy():
    asan = Center.objects.get(name="Asan Medical Center")
    mskcc = Center.objects.get(name=NAMED_CENTERS[-1])

    assert asan.offerings.filter(modality__slug="laparoscopic-surgery").exists()
    assert mskcc.offerings.filter(modality__slug="hipec").exists()
    assert mskcc.offerings.filter(modality__slug="stem-cell-transplant").exists()


def test_trials_board_intake_and_response_time_carry_their_notes_and_sources():
    anderson = Center.objects.get(name=NAMED_CENTERS[1])
    mayo = Center.objects.get(name=NAMED_CENTERS[0])
    samsung = Center.objects.get(name="Samsung Medical Center")

    assert anderson.runs_clinical_trials is True
    assert "More than 1,500 ongoing trials in fiscal year 2024" in (
        anderson.clinical_trials_note
    )
    assert cited_for(anderson, "clinical trials")
    assert samsung.has_tumor_board is True
    assert "the page does not say tumor board" in samsung.tumor_board_note
    assert mayo.intake_route == IntakeRoute.DIRECT
    assert "within three business days" in mayo.response_time
    assert cited_for(mayo, "response time")


def test_a_missing_row_leaves_a_fact_unknown_never_no():
    juntendo = Center.objects.get(name="Juntendo University Hospital")

    assert juntendo.has_tumor_board is None
    assert not juntendo.service_links.filter(service__slug="rehabilitation")
    # Nothing in the data says "no": no loaded fact is False.
    assert not Center.objects.filter(runs_clinical_trials=False).exists()
    assert not Center.objects.filter(has_tumor_board=False).exists()


def test_services_map_to_the_taxonomy_with_notes_from_each_row():
    gustave = Center.objects.get(name="Gustave Roussy")
    mayo = Center.objects.get(name=NAMED_CENTERS[0])

    counselling = gustave.service_links.get(service__slug="counseling")
    assert counselling.notes  # from the psycho-oncology row
    assert mayo.service_links.filter(service__slug="interpreter-services").exists()
    assert mayo.has_international_office is True
    assert CenterService.objects.filter(service__slug="patient-navigation").exists()
    assert CenterService.objects.filter(service__slug="survivorship").exists()
    assert CenterService.objects.filter(service__slug="fertility-preservation")


def test_accreditation_rows_name_the_accreditation_with_their_note():
    princess = Center.objects.get(name__startswith="Princess Margaret")
    charite = Center.objects.get(name=NAMED_CENTERS[6])

    esmo = princess.accreditation_links.get(
        accreditation__slug="esmo-designated-centre"
    )
    assert "ESMO Designated Centre" in esmo.notes
    assert charite.accreditation_links.filter(
        accreditation__slug="dkg-oncology-centre"
    ).exists()
    assert cited_for(princess, "accreditation: ESMO DC")


def test_every_fact_row_names_a_published_center():
    for row in factor_rows():
        assert (
            Center.objects.published()
            .filter(name=row["center_name"], country__code=row["country"])
            .exists()
        ), row["center_name"]


def test_center_languages_come_from_sources_only():
    heidelberg = Center.objects.get(name=NAMED_CENTERS[7])
    charite = Center.objects.get(name=NAMED_CENTERS[6])
    german = Center.objects.filter(languages__code="de")

    assert set(heidelberg.languages.values_list("code", flat=True)) == {
        "ar",
        "en",
        "ru",
    }
    assert "language switcher" in heidelberg.language_support
    assert cited_for(heidelberg, "languages the center offers patients: Arabic")
    assert list(charite.languages.values_list("code", flat=True)) == ["ar"]
    # No source says a German center speaks German with patients: not guessed.
    assert not german.exists()


def test_country_shows_official_languages_as_official(client):
    germany = Country.objects.get(code="DE")
    response = client.get(germany.get_absolute_url())

    assert list(germany.official_languages.values_list("code", flat=True)) == ["de"]
    assert b"Official languages</dt>" in response.content
    assert "<dd>German</dd>" in response.content.decode().replace("\n    ", "")


def test_country_comparison_keeps_official_and_center_languages_apart():
    countries = rollups.countries().filter(code__in=["DE", "JP"]).order_by("code")
    comparison = compare_countries(list(countries.for_comparison()))

    rows = {row.key: row for group in comparison.groups for row in group.rows}
    assert rows["languages"].label == "Official languages"
    assert [cell.text for cell in rows["languages"].cells] == ["German", "Japanese"]
    # Charité's Arabic clinic is a center's language, in its own row.
    assert rows["center-languages"].label == "Languages its centers speak with patients"
    assert "Arabic" in rows["center-languages"].cells[0].text


def test_a_high_row_resting_only_on_third_parties_is_medium():
    st_jude = Center.objects.get(name="St. Jude Red Frog Events Proton Therapy Center")
    samsung_unit = Center.objects.get(
        name="Samsung Medical Center Proton Therapy Center"
    )
    protonbob_only = [
        row["name"]
        for row in read_rows("particle_therapy_facilities.csv")
        if row["source_url"]
        == "https://protonbob.com/about-proton-therapy/us-proton-centers"
    ]

    # protonbob.com is a list kept by a third party, not the responsible body.
    assert st_jude.confidence == Confidence.MEDIUM
    assert st_jude.offerings.get().confidence == Confidence.MEDIUM
    assert len(protonbob_only) > 20
    assert not Center.objects.filter(
        name__in=protonbob_only, confidence=Confidence.HIGH
    ).exists()
    assert samsung_unit.confidence == Confidence.HIGH  # samsunghospital.com says so
    # The data set's own "high" stands where the body itself is a source.
    assert Center.objects.get(name="Samsung Medical Center").confidence == "high"


CURATOR_WORDS = [".csv", "seed article", "show this item", "project seed"]


def public_texts():
    """Every public text field of the loaded records, `notes` aside (curators')."""
    for model in (Center, MedicalVisa, Partnership, Offering, CenterService):
        for obj in model.objects.all():
            for field in obj._meta.concrete_fields:
                text = getattr(obj, field.attname)
                if field.name != "notes" and isinstance(text, str):
                    yield f"{model.__name__}.{field.name} of {obj}", text
    for source in Source.objects.all():
        # A title derived from a URL ending '.csv' names a real file: fine.
        yield f"Source {source.pk}", f"{source.title.replace('.csv', '')} "
        yield f"Source {source.pk}", source.accessed_note


def test_no_curator_note_reaches_a_public_field():
    leaks = [
        (where, text)
        for where, text in public_texts()
        for word in CURATOR_WORDS
        if word in text.lower()
    ]

    assert leaks == []


def test_a_pointer_to_another_file_becomes_words_for_patients():
    qst = Center.objects.get(name="QST Hospital (former NIRS Hospital), HIMAC")

    assert qst.foreign_patient_pricing == (
        "Foreign self-pay price not found in the stored pages. Domestic schedule, "
        "see the cost estimates below"
    )
    assert qst.cost_estimates.exists()  # "below" is there


def test_center_page_shows_the_trials_board_and_response_time_notes(client):
    anderson = Center.objects.get(name=NAMED_CENTERS[1])
    mayo = Center.objects.get(name=NAMED_CENTERS[0])

    anderson_page = client.get(anderson.get_absolute_url()).content.decode()
    mayo_page = client.get(mayo.get_absolute_url()).content.decode()

    assert "More than 1,500 ongoing trials in fiscal year 2024" in anderson_page
    assert "Response time" in mayo_page
    assert "within three business days" in mayo_page
    assert "Weekly multidisciplinary lung cancer tumor board" in mayo_page
