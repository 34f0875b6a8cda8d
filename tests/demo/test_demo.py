"""load_demo: the reference data set, loaded once for tests/demo (conftest)."""

import datetime
import io
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command

from centers.filtersets import CenterFilterSet
from centers.models import (
    Center,
    CenterAccreditation,
    CenterService,
    CenterSource,
    CostEstimate,
    IntakeRoute,
    Offering,
    OfferingSource,
    TreatmentModality,
)
from curation.models import Confidence, PublicationStatus, Source, Tristate
from demo.records import read_rows
from destinations.models import (
    Country,
    FundingPathway,
    FundingPathwaySource,
    MedicalVisa,
    Partnership,
    PartnershipStatus,
)

pytestmark = pytest.mark.django_db

SEED_CENTERS = {
    "Samsung": "Samsung Medical Center",
    "Asan": "Asan Medical Center",
    "Mayo": "Mayo Clinic (Mayo Clinic Comprehensive Cancer Center)",
    "Anderson": "The University of Texas MD Anderson Cancer Center",
    "Sloan": "Memorial Sloan Kettering Cancer Center",
    "Charit": "Charite Comprehensive Cancer Center (CCCC), Charite - "
    "Universitaetsmedizin Berlin",
    "Heidelberg": "Heidelberg University Hospital / National Center for Tumor "
    "Diseases (NCT) Heidelberg, incl. Heidelberg Ion-Beam Therapy Center (HIT)",
    "Juntendo": "Juntendo University Hospital",
    "National Cancer Center": "National Cancer Center Hospital "
    "(National Cancer Center Japan)",
}
SNAPSHOT_MODELS = [
    Country,
    Country.official_languages.through,
    Center,
    Center.languages.through,
    Center.cancer_types.through,
    Offering,
    CenterSource,
    OfferingSource,
    CenterService,
    CenterAccreditation,
    Source,
    MedicalVisa,
    CostEstimate,
    Partnership,
    Partnership.countries.through,
    Partnership.centers.through,
    FundingPathway,
    FundingPathwaySource,
]


def history_models():
    """Every history table simple_history keeps."""
    return [
        model
        for model in apps.get_models()
        if model.__name__.startswith("Historical") and hasattr(model, "history_id")
    ]


def snapshot():
    """Return every row of every demo table, all columns, in a stable order, and
    the number of rows in every history table."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values_list())
        for model in SNAPSHOT_MODELS
    } | {
        f"{model._meta.label} rows": model.objects.count() for model in history_models()
    }


def test_load_demo_twice_gives_the_same_rows_and_values_and_no_history():
    before = snapshot()
    out = io.StringIO()

    call_command("load_demo", stdout=out)

    assert snapshot() == before
    assert len(history_models()) > 10  # the history tables are really counted
    # The importer found every facility as it left it.
    assert "0 created, 0 updated, 94 unchanged" in out.getvalue()
    assert "0 created, 0 updated, 47 unchanged" in out.getvalue()


def test_nothing_in_the_demo_reads_outside_its_own_data_folder():
    import demo

    for path in Path(demo.__file__).parent.rglob("*.py"):
        text = path.read_text()
        assert "/work/" not in text, path
        assert "shared/data" not in text, path
        assert "curation-out" not in text, path


def test_summary_counts_countries_of_all_and_facilities_distinctly(demo_report):
    summary = demo_report.summary()

    assert "countries 28 curated of 249" in summary
    assert "120 distinct (109 with protons, 17 with carbon ions)" in summary


def test_counts_match_the_data_readmes():
    # 28 described in countries.csv, plus NZ that funding and visa rows cite;
    # the rest of ISO 3166 stays as the reference migration installed it.
    assert Country.objects.published().count() == 29
    curated = Country.objects.published().exclude(last_verified=None)
    assert curated.count() == len(read_rows("countries.csv")) == 28
    assert Country.objects.get(code="NZ").last_verified is None
    assert Partnership.objects.published().count() == 17
    assert MedicalVisa.objects.published().count() == 17
    assert CostEstimate.objects.published().count() == 22
    assert FundingPathway.objects.published().count() == 9
    names = {row["name"] for row in read_rows("cancer_centers.csv")}
    assert Center.objects.published().filter(name__in=names).count() == 81 == len(names)


def test_seed_centers_are_published_with_sources_verified_when_checked():
    for name in SEED_CENTERS.values():
        center = Center.objects.published().get(name=name)
        assert center.citations.exists(), name
        # Their rows were checked in the first compilation.
        assert center.last_verified == datetime.date(2026, 11, 21)


@pytest.mark.parametrize(("term", "name"), SEED_CENTERS.items())
def test_seed_center_is_found_by_the_admin_search(admin_client, term, name):
    # The acceptance check: a curator searching centers in the admin.
    response = admin_client.get("/admin/centers/center/", {"q": term})

    changelist = response.context["cl"]
    assert name in [center.name for center in changelist.result_list]
    assert changelist.result_count < Center.objects.count() / 10  # a real search


def test_japan_operational_carbon_centers_are_the_seven_facilities():
    names = (
        Center.objects.published()
        .offering("carbon-ion-therapy")
        .filter(country__code="JP")
        .values_list("name", flat=True)
    )

    assert sorted(names) == [
        "East Japan Heavy Ion Center, Yamagata University",
        "Gunma University Heavy Ion Medical Center",
        "Hyogo Ion Beam Medical Center",
        "Ion Beam Therapy Center, SAGA HIMAT (Kyushu International Heavy Ion Beam "
        "Therapy Center)",
        "Kanagawa Cancer Center Ion-beam Radiation Oncology Center (i-ROCK)",
        "Osaka Heavy Ion Therapy Center (HIMAK)",
        "QST Hospital (former NIRS Hospital), HIMAC",
    ]


def test_canada_japan_partnership_is_the_unconfirmed_seed_claim():
    claim = Partnership.objects.get(slug__startswith="canada-japan-medical-tourism")

    assert claim.name == "Canada–Japan medical tourism partnership (claimed)"  # noqa: RUF001
    assert claim.status == PartnershipStatus.UNCONFIRMED
    assert claim.confidence == Confidence.LOW
    assert "not confirmed by any independent source" in claim.summary
    assert "CIHR–AMED" in claim.summary  # noqa: RUF001
    assert set(claim.countries.values_list("code", flat=True)) == {"CA", "JP"}
    seed = claim.sources.get(url="")
    # Patients read the source's title: no internal file names.
    assert seed.title == "The article OncoAtlas started from (not publicly available)"


def test_unknown_proton_status_gives_no_particle_offering():
    juntendo = Center.objects.get(name="Juntendo University Hospital")

    assert not juntendo.offerings.filter(modality__category="particle-therapy")
    assert juntendo.intake_route == IntakeRoute.COORDINATOR_REQUIRED


def test_cancer_center_gets_units_that_carry_its_particle_therapy():
    mayo = Center.objects.get(name=SEED_CENTERS["Mayo"])

    assert sorted(mayo.units.values_list("name", flat=True)) == [
        "Mayo Clinic Florida proton and carbon-ion therapy (Duan Family Building)",
        "Mayo Clinic Proton Beam Therapy Center (Arizona)",
        "Mayo Clinic Proton Beam Therapy Center (Rochester)",
    ]
    # One place, one record: the units offer protons, the center not again.
    assert not Center.objects.offering("proton-therapy").filter(pk=mayo.pk).exists()
    assert Center.objects.offering("proton-therapy").filter(parent=mayo).count() == 2
    assert mayo.accreditations.get().slug == "nci-comprehensive"


def test_cooperation_is_not_a_unit_and_is_said_in_the_summary():
    charite = Center.objects.get(name=SEED_CENTERS["Charit"])
    berlin = Center.objects.get(name__startswith="Eye-tumour proton therapy")

    assert berlin.parent is None
    assert "Helmholtz-Zentrum Berlin" in charite.summary
    assert not charite.offerings.filter(modality__category="particle-therapy")
    # The fact row on Charité's eye-tumour protons backs the facility's offering.
    assert (
        berlin.offerings.get()
        .citations.filter(supports__endswith="; availability of proton therapy")
        .exists()
    )


def test_access_facts_for_samsung():
    samsung = Center.objects.get(name="Samsung Medical Center")

    assert samsung.intake_route == IntakeRoute.DIRECT
    assert samsung.has_international_office is True
    assert set(samsung.languages.values_list("code", flat=True)) == {
        "en",
        "ru",
        "ar",
        "zh",
        "mn",
    }
    assert "80%" in samsung.deposit_policy
    assert samsung.citations.filter(
        supports__startswith="international intake, languages, pricing"
    ).exists()


def test_cancer_types_come_from_the_rows_that_name_them():
    gunma = Center.objects.get(name="Gunma University Heavy Ion Medical Center")
    qst = Center.objects.get(name="QST Hospital (former NIRS Hospital), HIMAC")
    triumf = Center.objects.get(name__startswith="TRIUMF")

    assert set(gunma.cancer_types.values_list("slug", flat=True)) == {
        "prostate-cancer",
        "pancreatic-cancer",
        "bone-and-soft-tissue-sarcoma",
        "lung-cancer",
    }
    # Two cost lines name QST's types; the list is their union.
    assert set(qst.cancer_types.values_list("slug", flat=True)) == {
        "prostate-cancer",
        "head-and-neck-cancer",
        "bone-and-soft-tissue-sarcoma",
    }
    # A closed facility is not offered as a place to treat eye tumours.
    assert not triumf.cancer_types.exists()


def test_cancer_types_are_cited_adding_to_what_a_source_supported():
    gunma = Center.objects.get(name="Gunma University Heavy Ion Medical Center")

    assert gunma.citations.filter(
        supports="international intake, languages, pricing; cancer types treated"
    ).exists()
    for center in Center.objects.filter(cancer_types__isnull=False).distinct():
        assert center.citations.filter(
            supports__contains="cancer types treated"
        ).exists(), center.name


def test_cancer_type_filter_finds_centers_on_demo_data():
    japan_prostate = CenterFilterSet(
        {"country": "jp", "cancer_type": "prostate-cancer"},
        queryset=Center.objects.published(),
    ).qs

    assert set(japan_prostate.values_list("name", flat=True)) == {
        "Gunma University Heavy Ion Medical Center",
        "QST Hospital (former NIRS Hospital), HIMAC",
        "Medipolis Proton Therapy and Research Center",
        "Kyoto Prefectural University of Medicine, Nagamori Memorial Center "
        "(proton therapy)",
    }


def test_funding_routes_name_where_patients_are_insured_and_cite_sources():
    nhs = FundingPathway.objects.get(slug__startswith="nhs-england-proton")
    gulf = FundingPathway.objects.get(origin="BH; AE-DU; KW; OM; QA; SA")

    assert nhs.origin_name == "England, United Kingdom"
    assert "travel and accommodation" in nhs.covers
    assert gulf.origin_name.startswith("Gulf states")
    assert gulf.confidence == Confidence.MEDIUM
    for pathway in FundingPathway.objects.all():
        assert pathway.citations.exists(), pathway.name
        assert len(pathway.slug) <= 60


def test_blank_or_not_found_access_facts_stay_unknown():
    charite = Center.objects.get(name=SEED_CENTERS["Charit"])
    osaka = Center.objects.get(name="Osaka Heavy Ion Therapy Center (HIMAK)")

    assert charite.intake_route == IntakeRoute.UNKNOWN
    assert charite.foreign_patient_pricing == ""
    assert osaka.has_international_office is None


def test_access_only_centers_become_published_centers():
    for name in [
        "Cancer Institute Hospital of JFCR",
        "University of Tokyo Hospital",
        "National Center for Global Health and Medicine (NCGM) Center Hospital",
    ]:
        center = Center.objects.get(name=name, country__code="JP")
        assert center.publication_status == PublicationStatus.PUBLISHED
        assert center.citations.exists()


def test_visa_unknowns_stay_unknown_and_notes_say_only_what_the_word_does_not():
    b2 = MedicalVisa.objects.get(country__code="US")
    india = MedicalVisa.objects.get(country__code="IN")

    assert b2.companion_allowed == Tristate.UNKNOWN
    assert b2.companion_notes == ""  # not "Not known: unknown"
    assert b2.coordinator_required == Tristate.NO
    assert b2.coordinator_notes.startswith("No guarantor, but a statement")
    assert india.coordinator_required == Tristate.NO
    assert india.coordinator_notes == ""  # not "No: no"


def test_visa_yes_with_detail_reads_as_a_sentence():
    short_stay = MedicalVisa.objects.get(
        country__code="JP", name__startswith="Visa for Medical Stay (stays of 90"
    )

    assert short_stay.companion_allowed == Tristate.YES
    assert short_stay.companion_notes == (
        "Family and non-family companions can get the same visa; they may not "
        "do paid work."
    )
    assert short_stay.coordinator_notes.startswith("A guarantor organisation")


def test_cost_estimates_keep_amounts_and_blank_high():
    quote = CostEstimate.objects.filter(scope__startswith="Booking Health").first()
    review = CostEstimate.objects.get(scope="Memorial Sloan Kettering Cancer Center")

    assert quote.amount_high is None
    assert quote.modality.slug == "chemotherapy"
    assert review.modality is None
    assert review.treatment == "Second opinion (medical records review)"
    assert review.center.name == "Memorial Sloan Kettering Cancer Center"


def test_one_source_per_url_with_readable_title():
    urls = list(Source.objects.exclude(url="").values_list("url", flat=True))
    source = Source.objects.get(
        url="https://www.ncc.go.jp/en/about/appointments/index.html"
    )

    assert len(urls) == len(set(urls))
    assert source.publisher == "ncc.go.jp"
    assert source.title == "ncc.go.jp: appointments/index.html"


def test_a_database_loaded_before_keeps_one_seed_source_renamed_and_no_twin_offering():
    # As an older load left it: the seed keyed on the data set's cell, and
    # Mayo itself offering protons beside its two proton units.
    seed = Source.objects.get(url="")
    Source.objects.filter(pk=seed.pk).update(
        title="project seed article 002 (no public URL)"
    )
    mayo = Center.objects.get(name=SEED_CENTERS["Mayo"])
    Offering.objects.create(
        center=mayo,
        modality=TreatmentModality.objects.get(slug="proton-therapy"),
        status="operational",
    )

    call_command("load_demo", stdout=io.StringIO())

    assert list(Source.objects.filter(url="").values_list("pk", "title")) == [
        (seed.pk, "The article OncoAtlas started from (not publicly available)")
    ]
    assert not mayo.offerings.filter(modality__slug="proton-therapy").exists()
