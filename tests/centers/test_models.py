import pytest
from django.db import IntegrityError, transaction

from centers import rollups
from centers.models import (
    Accreditation,
    CancerType,
    Center,
    OfferingStatus,
    SupportiveService,
    TreatmentModality,
)
from curation.models import PublicationStatus
from tests.factories import (
    CenterFactory,
    CostEstimateFactory,
    CountryFactory,
    OfferingFactory,
)

pytestmark = pytest.mark.django_db


def assert_rejected(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_taxonomy_is_installed_by_migrations():
    modality_slugs = set(TreatmentModality.objects.values_list("slug", flat=True))
    assert {"proton-therapy", "carbon-ion-therapy"} <= modality_slugs
    service_slugs = set(SupportiveService.objects.values_list("slug", flat=True))
    assert {
        "counseling",
        "nutritional-support",
        "pain-management",
        "rehabilitation",
        "interpreter-services",
        "international-patient-coordination",
        "accommodation-help",
        "palliative-care",
    } <= service_slugs
    assert CancerType.objects.filter(slug="prostate-cancer", icd10_range="C61").exists()
    assert Accreditation.objects.filter(slug="jci").exists()


def test_center_name_is_unique_per_country_only():
    center = CenterFactory(name="City Hospital")
    CenterFactory(name="City Hospital", slug="city-hospital-2")  # another country
    assert_rejected(
        lambda: CenterFactory(
            name="City Hospital", slug="city-hospital-3", country=center.country
        )
    )


def test_center_slug_is_unique():
    CenterFactory(slug="same")
    assert_rejected(lambda: CenterFactory(slug="same"))


@pytest.mark.parametrize("year", [1200, 2300])
def test_center_founded_year_must_be_plausible(year):
    assert_rejected(lambda: CenterFactory(founded_year=year))


def test_center_kind_is_backed_by_a_check_constraint():
    assert_rejected(lambda: CenterFactory(kind="imaginary"))


def test_center_cannot_be_its_own_parent():
    center = CenterFactory()
    center.parent_id = center.pk
    assert_rejected(center.save)


def test_one_offering_per_center_and_modality():
    offering = OfferingFactory()
    assert_rejected(
        lambda: OfferingFactory(center=offering.center, modality=offering.modality)
    )


def test_offering_status_must_be_a_known_choice():
    assert_rejected(lambda: OfferingFactory(status="rumoured"))


def test_offering_first_year_must_be_plausible():
    assert_rejected(lambda: OfferingFactory(first_year=20155))


def test_only_an_offering_not_yet_open_has_an_expected_year():
    assert_rejected(
        lambda: OfferingFactory(status=OfferingStatus.OPERATIONAL, expected_year=2027)
    )
    for status in (OfferingStatus.PLANNED, OfferingStatus.UNDER_CONSTRUCTION):
        assert OfferingFactory(status=status, expected_year=2027).expected_year


def test_offering_expected_year_must_be_plausible():
    assert_rejected(
        lambda: OfferingFactory(status=OfferingStatus.PLANNED, expected_year=20270)
    )


def test_offering_research_rooms_are_not_negative():
    assert_rejected(lambda: OfferingFactory(research_rooms=-1))


def test_offering_status_text_names_the_expected_year():
    building = OfferingFactory.build(
        status=OfferingStatus.UNDER_CONSTRUCTION, expected_year=2027
    )
    assert building.status_text == "Under construction, expected 2027"
    assert OfferingFactory.build(status=OfferingStatus.PLANNED).status_text == (
        "Planned"
    )


def test_under_construction_is_not_operational():
    OfferingFactory(status=OfferingStatus.UNDER_CONSTRUCTION)
    assert not Center.objects.offering("proton-therapy").exists()


def test_modality_in_use_cannot_be_deleted():
    from django.db.models import ProtectedError

    offering = OfferingFactory()
    with pytest.raises(ProtectedError):
        offering.modality.delete()


def test_country_with_centers_cannot_be_deleted():
    from django.db.models import ProtectedError

    center = CenterFactory()
    with pytest.raises(ProtectedError):
        center.country.delete()


def test_published_hides_drafts():
    CenterFactory(name="Seen")
    CenterFactory(name="Hidden", publication_status=PublicationStatus.DRAFT)
    assert [c.name for c in Center.objects.published()] == ["Seen"]


def test_offering_filter_counts_operational_offerings_only():
    operational = OfferingFactory(status=OfferingStatus.OPERATIONAL).center
    OfferingFactory(status=OfferingStatus.CLOSED)
    OfferingFactory(status=OfferingStatus.PLANNED)
    assert list(Center.objects.offering("proton-therapy")) == [operational]


def test_offering_filter_with_two_modalities_needs_both(modality):
    both = OfferingFactory().center
    OfferingFactory(center=both, modality=modality("carbon-ion-therapy"))
    OfferingFactory()  # protons only
    assert list(Center.objects.offering("proton-therapy", "carbon-ion-therapy")) == [
        both
    ]


def test_country_center_count_counts_published_centers_once():

    country = CountryFactory()
    center = CenterFactory(country=country)
    OfferingFactory(center=center)
    OfferingFactory(
        center=center, modality=TreatmentModality.objects.get(slug="carbon-ion-therapy")
    )
    CenterFactory(country=country, publication_status=PublicationStatus.DRAFT)
    annotated = rollups.countries().with_center_count().get(pk=country.pk)
    assert annotated.center_count == 1
    assert annotated.particle_center_count == 1


def test_centers_of_a_draft_country_are_not_published():
    draft_country = CountryFactory(publication_status=PublicationStatus.DRAFT)
    CenterFactory(name="Hidden with its country", country=draft_country)
    CenterFactory(name="Seen")
    assert [c.name for c in Center.objects.published()] == ["Seen"]


@pytest.mark.parametrize(
    ("field", "value"), [("kind", "price"), ("payer", "patient")], ids=["kind", "payer"]
)
def test_cost_kind_and_payer_are_refused_outside_their_choices(field, value):
    assert_rejected(lambda: CostEstimateFactory(**{field: value}))


def test_a_new_cost_figure_is_not_a_price_until_a_curator_says_so():
    estimate = CostEstimateFactory()
    assert (estimate.kind, estimate.payer) == ("other", "unknown")
    assert not estimate.is_price
