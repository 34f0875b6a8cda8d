import pytest
from django.http import QueryDict

from centers.filtersets import CenterFilterSet
from centers.models import Center, OfferingStatus
from tests.factories import (
    CenterFactory,
    CenterServiceFactory,
    CountryFactory,
    OfferingFactory,
)

pytestmark = pytest.mark.django_db


def filtered(query):
    filterset = CenterFilterSet(QueryDict(query), queryset=Center.objects.published())
    assert filterset.is_valid(), filterset.errors
    return sorted(center.name for center in filterset.qs)


def errors(query):
    filterset = CenterFilterSet(QueryDict(query), queryset=Center.objects.published())
    assert not filterset.is_valid()
    return filterset.errors


@pytest.fixture
def japan():
    return CountryFactory(code="JP", name="Japan", slug="japan")


def test_center_list_filters_by_modality_slug_counting_operational_only(modality):
    OfferingFactory(center__name="Open", modality=modality("carbon-ion-therapy"))
    OfferingFactory(
        center__name="Closed",
        modality=modality("carbon-ion-therapy"),
        status=OfferingStatus.CLOSED,
    )
    OfferingFactory(center__name="Protons", modality=modality("proton-therapy"))
    assert filtered("modality=carbon-ion-therapy") == ["Open"]


def test_several_values_match_any_whether_repeated_or_comma_separated(modality):
    OfferingFactory(center__name="A", modality=modality("carbon-ion-therapy"))
    OfferingFactory(center__name="B", modality=modality("proton-therapy"))
    CenterFactory(name="C")
    expected = ["A", "B"]
    assert filtered("modality=carbon-ion-therapy,proton-therapy") == expected
    assert filtered("modality=carbon-ion-therapy&modality=proton-therapy") == expected


@pytest.mark.parametrize("value", ["jp", "JP", "japan", "Japan"])
def test_country_is_named_by_iso_code_or_slug_in_any_case(japan, value):
    CenterFactory(name="Tokyo center", country=japan)
    CenterFactory(name="Elsewhere")
    assert filtered(f"country={value}") == ["Tokyo center"]


def test_unknown_filter_value_is_an_error_naming_parameter_and_value():
    assert "warp-drive" in errors("modality=warp-drive")["modality"][0]
    assert "zz" in errors("country=zz")["country"][0]


def test_draft_country_cannot_be_used_as_filter_value():
    CountryFactory(code="XD", slug="draft-land", publication_status="draft")
    assert "country" in errors("country=xd")


def test_boolean_filters_reject_anything_but_true_or_false():
    CenterFactory(name="Trials", runs_clinical_trials=True)
    CenterFactory(name="Unknown", runs_clinical_trials=None)
    CenterFactory(name="No trials", runs_clinical_trials=False)
    assert filtered("clinical_trials=true") == ["Trials"]
    assert filtered("clinical_trials=false") == ["No trials"]
    assert "clinical_trials" in errors("clinical_trials=maybe")


def test_service_filter_does_not_duplicate_rows():
    center = CenterFactory(name="Counsels")
    CenterServiceFactory(center=center)
    CenterServiceFactory(
        center=center,
        service=CenterServiceFactory._meta.model.service.field.related_model.objects.get(
            slug="rehabilitation"
        ),
    )
    assert filtered("service=counseling,rehabilitation") == ["Counsels"]


def test_free_text_search_matches_name_city_and_country(japan):
    CenterFactory(name="Samsung Medical Center", city="Seoul")
    CenterFactory(name="Juntendo University Hospital", country=japan, city="Tokyo")
    assert filtered("q=samsung") == ["Samsung Medical Center"]
    assert filtered("q=tokyo") == ["Juntendo University Hospital"]
    assert filtered("q=japan") == ["Juntendo University Hospital"]


def test_ordering_and_bad_ordering():
    # Names sort the other way round, so only the ordering can pass the test.
    CenterFactory(name="A", founded_year=1900)
    CenterFactory(name="B", founded_year=2000)
    filterset = CenterFilterSet(
        QueryDict("ordering=-founded"), queryset=Center.objects.published()
    )
    assert [c.name for c in filterset.qs] == ["B", "A"]
    assert "ordering" in errors("ordering=bogus")


@pytest.mark.parametrize("value", ["jp\x00", "\x00", "j p", "jp'--"])
def test_values_that_cannot_be_slugs_are_unknown_without_reaching_the_database(
    django_assert_num_queries, value
):
    CountryFactory(code="JP", slug="japan")
    filterset = CenterFilterSet(
        QueryDict(mutable=True) | {"country": value},
        queryset=Center.objects.published(),
    )
    with django_assert_num_queries(0):
        assert not filterset.is_valid()
    assert "Unknown value" in filterset.errors["country"][0]
