import pytest
from django.http import QueryDict

from centers import rollups
from centers.filtersets import CountryFilterSet
from destinations.models import Language
from tests.factories import CenterFactory, CountryFactory, OfferingFactory

pytestmark = pytest.mark.django_db


def filtered(query):
    filterset = CountryFilterSet(
        QueryDict(query), queryset=rollups.countries().published().for_list()
    )
    assert filterset.is_valid(), filterset.errors
    return [country.name for country in filterset.qs]


def test_destination_list_filters_by_modality_at_a_published_operational_center(
    modality,
):
    japan = CountryFactory(code="JP", name="Japan")
    OfferingFactory(center__country=japan, modality=modality("carbon-ion-therapy"))
    germany = CountryFactory(code="DE", name="Germany")
    OfferingFactory(
        center__country=germany,
        center__publication_status="draft",
        modality=modality("carbon-ion-therapy"),
    )
    OfferingFactory(
        center__country=germany,
        modality=modality("carbon-ion-therapy"),
        status="closed",
    )
    assert filtered("modality=carbon-ion-therapy") == ["Japan"]


def test_language_matches_official_or_spoken_at_a_center():
    english = Language.objects.get(code="en")
    official = CountryFactory(name="Anglophone")
    official.official_languages.add(english)
    spoken = CountryFactory(name="Has interpreters")
    CenterFactory(country=spoken).languages.add(english)
    CountryFactory(name="Neither")
    assert filtered("language=en") == ["Anglophone", "Has interpreters"]


def test_region_accepts_comma_separated_values():
    CountryFactory(name="A", region="europe")
    CountryFactory(name="B", region="asia-pacific")
    CountryFactory(name="C", region="africa")
    assert filtered("region=europe,asia-pacific") == ["A", "B"]


def test_order_by_number_of_centers():
    # Names sort the other way round, so only the ordering can pass the test.
    small = CountryFactory(name="Atlantis")
    big = CountryFactory(name="Zembla")
    CenterFactory(country=small)
    CenterFactory.create_batch(2, country=big)
    assert filtered("ordering=-centers") == ["Zembla", "Atlantis"]
    assert filtered("ordering=centers") == ["Atlantis", "Zembla"]
