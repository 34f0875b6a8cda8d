"""load_demo: the reference data set, loaded once for this module."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction

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
)
from curation.models import Confidence, PublicationStatus, Source, Tristate
from demo.loader import DEMO_VERIFIED_ON, demo_load
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


@pytest.fixture(scope="module", autouse=True)
def _demo(django_db_setup, django_db_blocker):
    # Load once for the module inside a transaction rolled back at the end, so
    # each test (its own savepoint) sees the data and no other module does.
    with django_db_blocker.unblock(), transaction.atomic():
        demo_load()
        yield
        transaction.set_rollback(True)


def snapshot():
    """Return every row of every demo table, all columns, in a stable order."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values_list())
        for model in SNAPSHOT_MODELS
    } | {
        f"{model._meta.label} history": model.history.count()
        for model in (
            Center,
            Offering,
            Source,
            Country,
            CostEstimate,
            MedicalVisa,
            CenterSource,
        )
    }


def test_load_demo_twice_gives_the_same_rows_and_values():
    before = snapshot()

    call_command("load_demo", stdout=io.StringIO())

    assert snapshot() == before


def test_counts_match_the_data_readmes():
    assert Country.objects.filter(publication_status="published").count() == 23
    # 21 described in countries.csv, plus TH and NZ that visas and costs cite;
    # the rest of ISO 3166 stays as the reference migration installed it.
    curated = Country.objects.exclude(region="")
    assert curated.exclude(code__in=["TH", "NZ"]).count() == 21
    assert Partnership.objects.published().count() == 17
    assert MedicalVisa.objects.published().count() == 17
    assert CostEstimate.objects.published().count() == 22
    assert FundingPathway.objects.published().count() == 9


def test_seed_centers_are_published_with_sources():
    for name in SEED_CENTERS.values():
        center = Center.objects.published().get(name=name)
        assert center.citations.exists(), name
        assert center.last_verified == DEMO_VERIFIED_ON


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
    assert seed.title == "project seed article 002 (no public URL)"


def test_unknown_proton_status_gives_no_offering():
    juntendo = Center.objects.get(name="Juntendo University Hospital")

    assert not juntendo.offerings.exists()
    assert juntendo.intake_route == IntakeRoute.COORDINATOR_REQUIRED


def test_cancer_center_gets_offerings_and_units_for_its_facilities():
    mayo = Center.objects.get(name=SEED_CENTERS["Mayo"])

    assert sorted(mayo.units.values_list("name", flat=True)) == [
        "Mayo Clinic Proton Beam Therapy Center (Arizona)",
        "Mayo Clinic Proton Beam Therapy Center (Rochester)",
    ]
    assert Center.objects.offering("proton-therapy").filter(pk=mayo.pk).exists()
    assert mayo.accreditations.get().slug == "nci-comprehensive"


def test_cooperation_is_not_a_unit_and_is_said_in_notes():
    charite = Center.objects.get(name=SEED_CENTERS["Charit"])
    berlin = Center.objects.get(name__startswith="Eye-tumour proton therapy")

    assert berlin.parent is None
    assert "cooperation, not a unit" in charite.notes
    assert "cooperation" in charite.offerings.get().notes


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
        supports="international intake, languages, pricing"
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


def test_visa_unknowns_stay_unknown():
    b2 = MedicalVisa.objects.get(country__code="US")

    assert b2.companion_allowed == Tristate.UNKNOWN
    assert b2.coordinator_required == Tristate.NO
    assert b2.companion_notes == "unknown"


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
