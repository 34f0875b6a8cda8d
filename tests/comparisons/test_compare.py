import datetime

import pytest
from django.http import QueryDict

from centers.models import Center
from comparisons.forms import ComparisonForm
from tests.factories import (
    CenterFactory,
    CenterServiceFactory,
    CenterSourceFactory,
    CountryFactory,
    CountrySourceFactory,
    MedicalVisaFactory,
    OfferingFactory,
)

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 1, 1)


def form(query, kind=None):
    return ComparisonForm(QueryDict(query), kind=kind)


def rows_by_key(comparison):
    return {row.key: row for group in comparison.groups for row in group.rows}


@pytest.fixture
def two_countries(modality):
    japan = CountryFactory(code="JP", name="Japan", slug="japan")
    germany = CountryFactory(code="DE", name="Germany", slug="germany")
    OfferingFactory(center__country=japan, modality=modality("carbon-ion-therapy"))
    OfferingFactory(center__country=germany, modality=modality("proton-therapy"))
    MedicalVisaFactory(country=japan, name="Visa for Medical Stay", max_stay_days=90)
    return japan, germany


def test_form_accepts_codes_and_slugs_in_order(two_countries):
    compare = form("countries=germany,JP")
    assert compare.is_valid(), compare.errors
    assert [c.code for c in compare.cleaned_data["countries"]] == ["DE", "JP"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("countries=jp", "at least 2"),
        ("countries=jp,jp", "at least 2"),
        ("countries=jp,de,us,kr,fr", "at most 4"),
        ("countries=jp,xx", "xx"),
        ("", "Name 2 to 4"),
    ],
)
def test_form_rejects_bad_input_with_a_message_naming_the_problem(
    two_countries, query, message
):
    compare = form(query, kind="countries")
    assert not compare.is_valid()
    assert message in str(compare.errors["countries"])


def test_form_rejects_both_kinds_at_once(two_countries):
    center_slugs = ",".join(Center.objects.values_list("slug", flat=True))
    compare = form(f"countries=jp,de&centers={center_slugs}")
    assert not compare.is_valid()
    assert "not both" in str(compare.errors)


def test_country_comparison_highlights_differences(two_countries):
    compare = form("countries=jp,de")
    assert compare.is_valid()
    rows = rows_by_key(compare.comparison(today=TODAY))
    assert rows["carbon-ion"].differs
    assert rows["carbon-ion"].cells[0].text.startswith("1: ")
    assert rows["carbon-ion"].cells[1].text == "None recorded"
    assert rows["currency"].cells[0].text == "EUR"
    assert not rows["currency"].differs
    assert rows["visa"].cells[1].text == "Not known"
    assert rows["visa-stay"].cells[0].text == "90 days"


def test_center_comparison_says_not_known_not_no(modality):
    first = OfferingFactory(modality=modality("proton-therapy"), first_year=2009).center
    second = CenterFactory(runs_clinical_trials=False)
    CenterServiceFactory(center=first)
    CenterSourceFactory(center=first)
    compare = form(f"centers={first.slug},{second.slug}", kind="centers")
    assert compare.is_valid(), compare.errors
    rows = rows_by_key(compare.comparison(today=TODAY))
    assert rows["proton"].cells[0].text == "Operational since 2009"
    assert rows["proton"].cells[1].text == "Not recorded"
    assert rows["clinical-trials"].cells[0].text == "Not known"
    assert rows["clinical-trials"].cells[1].text == "No"
    assert rows["service-counseling"].cells[0].text == "Offered"
    assert rows["sources"].cells[1].text == "Unsourced"
    assert rows["sources"].cells[1].flagged


def test_stale_facts_are_flagged():
    old = CenterFactory(last_verified=datetime.date(2020, 1, 1))
    fresh = CenterFactory(last_verified=datetime.date(2025, 6, 1))
    compare = form(f"centers={old.slug},{fresh.slug}", kind="centers")
    assert compare.is_valid()
    cells = rows_by_key(compare.comparison(today=TODAY))["last-verified"].cells
    assert cells[0].flagged
    assert "out of date" in cells[0].text
    assert not cells[1].flagged


@pytest.mark.parametrize("count", [2, 4])
def test_comparison_runs_a_constant_number_of_queries(
    django_assert_num_queries, modality, count
):
    countries = CountryFactory.create_batch(count)
    for country in countries:
        for _ in range(3):
            OfferingFactory(
                center__country=country, modality=modality("proton-therapy")
            )
        MedicalVisaFactory(country=country)
        CountrySourceFactory(country=country)
    codes = ",".join(c.code for c in countries)
    with django_assert_num_queries(12):
        # countries (the resolve query), official languages, citations, sources,
        # visas, partnerships, centers, offerings+modality, service links,
        # accreditation links, center languages, cost estimates.
        compare = form(f"countries={codes}")
        assert compare.is_valid(), compare.errors
        comparison = compare.comparison(today=TODAY)
    assert len(comparison.items) == count


def test_csv_rows_start_with_a_header():
    a, b = CenterFactory(name="A"), CenterFactory(name="B")
    compare = form(f"centers={a.slug},{b.slug}")
    assert compare.is_valid()
    rows = list(compare.comparison(today=TODAY).csv_rows())
    assert rows[0] == ["Group", "Fact", "A", "B", "Differs"]
    assert all(len(r) == 5 for r in rows)


def test_country_comparison_names_at_most_five_centers_then_counts(modality):
    busy, quiet = CountryFactory(), CountryFactory()
    for number in range(7):
        OfferingFactory(
            center__name=f"Proton {number}",
            center__country=busy,
            modality=modality("proton-therapy"),
        )
    OfferingFactory(center__country=quiet, modality=modality("proton-therapy"))
    compare = form(f"countries={busy.code},{quiet.code}")
    assert compare.is_valid()
    cell = rows_by_key(compare.comparison(today=TODAY))["proton"].cells[0]
    assert cell.text == "7: Proton 0, Proton 1, Proton 2, Proton 3, Proton 4 and 2 more"
