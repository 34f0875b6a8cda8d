"""Each imported offering carries its own facts: year, rooms, status, parent."""

import pytest

from centers.models import Center, Offering, OfferingStatus
from tests.centers.facility_lists import import_errors, run_import

pytestmark = pytest.mark.django_db

COLUMNS = "name,country,particles,status,source_url"


def facility_list(columns, *rows):
    return f"{COLUMNS},{columns}\n" + "".join(f"{row}\n" for row in rows)


def years(name):
    return dict(
        Offering.objects.filter(center__name=name).values_list(
            "modality__slug", "first_year"
        )
    )


def test_one_year_of_a_proton_and_carbon_facility_is_the_protons_only(countries):
    run_import(
        facility_list(
            "first_treatment_year",
            "CNAO,JP,proton;carbon,operating,https://cnao.example/,2011",
            "HIMAC,JP,carbon,operating,https://himac.example/,1994",
        )
    )

    assert years("CNAO") == {"proton-therapy": 2011, "carbon-ion-therapy": None}
    assert years("HIMAC") == {"carbon-ion-therapy": 1994}


def test_first_carbon_year_is_the_carbon_offerings_own(countries):
    run_import(
        facility_list(
            "first_treatment_year,first_carbon_year",
            "CNAO,JP,proton;carbon,operating,https://cnao.example/,2011,2012",
            "HIMAC,JP,carbon,operating,https://himac.example/,,1994",
        )
    )

    assert years("CNAO") == {"proton-therapy": 2011, "carbon-ion-therapy": 2012}
    assert years("HIMAC") == {"carbon-ion-therapy": 1994}


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "A,JP,proton,operating,https://a.example/,2001,2002",
            "line 2, column first_carbon_year: given, but the particles do not "
            "include carbon",
        ),
        (
            "A,JP,carbon,operating,https://a.example/,2001,2002",
            "line 2, column first_carbon_year: 2002 differs from "
            "first_treatment_year 2001 of a carbon-only facility",
        ),
    ],
)
def test_a_carbon_year_that_cannot_be_right_is_a_row_error(countries, row, expected):
    assert import_errors(
        facility_list("first_treatment_year,first_carbon_year", row)
    ) == [expected]


def test_reimport_clears_a_carbon_year_an_import_copied_from_protons(countries):
    text = facility_list(
        "first_treatment_year",
        "CNAO,JP,proton;carbon,operating,https://c.example/,2011",
    )
    run_import(text)
    carbon = Offering.objects.get(modality__slug="carbon-ion-therapy")
    # As the importer used to write it: the facility's year on both.
    Offering.history.filter(id=carbon.pk).update(first_year=2011)
    Offering.objects.filter(pk=carbon.pk).update(first_year=2011)

    report = run_import(text)

    assert years("CNAO")["carbon-ion-therapy"] is None
    assert (report.offerings_updated, report.conflicts) == (1, [])


def test_a_carbon_year_a_curator_entered_is_kept_without_a_conflict(
    countries, django_user_model
):
    text = facility_list(
        "first_treatment_year",
        "CNAO,JP,proton;carbon,operating,https://c.example/,2011",
    )
    run_import(text)
    carbon = Offering.objects.get(modality__slug="carbon-ion-therapy")
    carbon.first_year = 2012
    carbon._history_user = django_user_model.objects.create_user("alice")
    carbon.save()

    report = run_import(text)

    # The file gives no carbon year, so it has none to set against hers.
    assert years("CNAO")["carbon-ion-therapy"] == 2012
    assert report.conflicts == []


def test_research_rooms_are_counted_apart_from_treatment_rooms(countries):
    run_import(
        facility_list(
            "treatment_rooms,research_rooms",
            "The Christie,JP,proton,operating,https://c.example/,3,1",
        )
    )

    offering = Offering.objects.get()
    assert (offering.treatment_rooms, offering.research_rooms) == (3, 1)


@pytest.mark.parametrize(
    ("status", "expected_year", "stored"),
    [
        ("Under construction", "2027", (OfferingStatus.UNDER_CONSTRUCTION, 2027)),
        ("Planned (2028)", "", (OfferingStatus.PLANNED, 2028)),
        ("under-construction", "", (OfferingStatus.UNDER_CONSTRUCTION, None)),
        ("Closed (2019)", "", (OfferingStatus.CLOSED, None)),
        ("In operation", "", (OfferingStatus.OPERATIONAL, None)),
    ],
)
def test_status_words_and_expected_year(countries, status, expected_year, stored):
    report = run_import(
        facility_list(
            "expected_year", f"A,JP,proton,{status},https://a.example/,{expected_year}"
        )
    )

    offering = Offering.objects.get()
    assert (offering.status, offering.expected_year) == stored
    if status == "Closed (2019)":
        assert report.warnings == [
            "line 2, column status: 'Closed (2019)' read as closed; its year is "
            "not stored"
        ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            "A,JP,proton,operating,https://a.example/,2027",
            "line 2, column expected_year: only a planned or under-construction "
            "facility has an expected year (the status is 'operating')",
        ),
        (
            "A,JP,proton,Planned (2028),https://a.example/,2027",
            "line 2, column expected_year: 2027 differs from the year in the "
            "status 'Planned (2028)'",
        ),
        (
            "A,JP,proton,Planned (1066),https://a.example/,",
            "line 2, column status: the year in 'Planned (1066)' is not plausible",
        ),
    ],
)
def test_an_expected_year_that_cannot_be_right_is_a_row_error(countries, row, expected):
    assert import_errors(facility_list("expected_year", row)) == [expected]


def test_opening_clears_the_expected_year(countries):
    run_import(facility_list("", "A,JP,proton,Planned (2026),https://a.example/,"))

    run_import(facility_list("", "A,JP,proton,operating,https://a.example/,"))

    offering = Offering.objects.get()
    assert (offering.status, offering.expected_year) == ("operational", None)


def parents():
    return dict(Center.objects.values_list("name", "parent__name"))


def test_part_of_links_a_unit_to_its_parent_in_the_file_or_stored(countries):
    run_import(
        facility_list(
            "part_of",
            "Mayo Proton Rochester,JP,proton,operating,https://m.example/,mayo clinic",
            "Mayo Clinic,JP,proton,planned,https://mayo.example/,",
        )
    )
    assert parents() == {"Mayo Proton Rochester": "Mayo Clinic", "Mayo Clinic": None}

    report = run_import(
        facility_list(
            "part_of",
            "Mayo Proton Phoenix,JP,proton,operating,https://p.example/,Mayo Clinic",
        )
    )

    assert parents()["Mayo Proton Phoenix"] == "Mayo Clinic"
    assert report.centers_created == 1
    assert Center.objects.get(name="Mayo Proton Rochester").history.count() == 2


def test_a_blank_part_of_leaves_the_stored_parent(countries):
    text = facility_list(
        "part_of",
        "Unit,JP,proton,operating,https://u.example/,Hospital",
        "Hospital,JP,proton,unknown,https://h.example/,",
    )
    run_import(text)

    report = run_import(text.replace(",Hospital\n", ",\n"))

    assert parents()["Unit"] == "Hospital"
    assert report.centers_updated == 0


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            ["Unit,JP,proton,operating,https://u.example/,Nowhere Hospital"],
            "line 2, column part_of: 'Nowhere Hospital' is not a center in JP "
            "(stored or in this file)",
        ),
        (
            [
                "Unit,JP,proton,operating,https://u.example/,Hospital",
                "Hospital,DE,proton,operating,https://h.example/,",
            ],
            "line 2, column part_of: 'Hospital' is not a center in JP (stored or "
            "in this file)",
        ),
        (
            ["Unit,JP,proton,operating,https://u.example/,unit"],
            "line 2, column part_of: a center cannot be part of itself",
        ),
    ],
    ids=["unknown", "other-country", "itself"],
)
def test_a_parent_that_cannot_be_is_a_row_error(countries, rows, expected):
    assert import_errors(facility_list("part_of", *rows)) == [expected]


def test_a_loop_of_units_is_a_row_error(countries):
    errors = import_errors(
        facility_list(
            "part_of",
            "A,JP,proton,operating,https://a.example/,B",
            "B,JP,proton,operating,https://b.example/,A",
        )
    )

    assert errors == [
        "line 2, column part_of: 'B' is itself part of 'A' (directly or through "
        "its units)",
        "line 3, column part_of: 'A' is itself part of 'B' (directly or through "
        "its units)",
    ]
    assert Center.objects.count() == 0
