"""The facility import reads and checks the whole file first, naming every bad row."""

import pytest

from centers.models import Center, Offering, OfferingStatus, TreatmentModality
from curation.models import Confidence
from tests.centers.facility_lists import (
    GOOD,
    HEADER,
    import_errors,
    run_import,
    table_counts,
)

pytestmark = pytest.mark.django_db


def test_import_maps_statuses_particles_and_blank_confidence(countries):
    run_import(GOOD)

    beta = Center.objects.get(name="Beta Ion Center, Hospital")
    assert sorted(beta.offerings.values_list("modality__slug", "status")) == [
        ("carbon-ion-therapy", "closed"),
        ("proton-therapy", "closed"),
    ]
    gamma = Offering.objects.get(center__name="Gamma Proton")
    assert gamma.status == OfferingStatus.UNKNOWN
    assert gamma.first_year is None
    assert gamma.confidence == Confidence.MEDIUM


def test_spreadsheet_quirks_are_tolerated(countries):
    text = (
        "\ufeff STATUS ,Particles,Name,COUNTRY,Source_URL,First Treatment Year,"
        "colour\r\n"
        " Operating , Proton; Carbon ,  Alpha Center  , jp ,https://a.example/ ,"
        " 2001 ,red\r\n"
        "\r\n"
        "CLOSED,PROTON,Beta Center,De,https://b.example/,,\r\n"
    )

    report = run_import(text)

    assert report.errors == []
    assert report.warnings == ["line 1: unknown column 'colour' ignored"]
    alpha = Center.objects.get(name="Alpha Center", country__code="JP")
    assert sorted(alpha.offerings.values_list("modality__slug", "status")) == [
        ("carbon-ion-therapy", "operational"),
        ("proton-therapy", "operational"),
    ]
    # The one year of a proton and carbon facility is its protons'.
    assert dict(alpha.offerings.values_list("modality__slug", "first_year")) == {
        "proton-therapy": 2001,
        "carbon-ion-therapy": None,
    }
    beta = Center.objects.get(name="Beta Center", country__code="DE")
    assert beta.offerings.get().status == OfferingStatus.CLOSED


def test_model_status_values_are_accepted(countries):
    run_import(GOOD.replace("operating", "Planned"))

    offering = Offering.objects.get(center__name="Alpha Proton Center")
    assert offering.status == OfferingStatus.PLANNED


@pytest.mark.parametrize(
    ("replacement", "expected"),
    [
        (
            ("JP,Chiba", "XX,Chiba"),
            "line 2, column country: 'XX' is not a known country code",
        ),
        (("2001", "abc"), "line 2, column first_treatment_year: 'abc' is not a year"),
        (
            ("2001", "1200"),
            "line 2, column first_treatment_year: '1200' is not a plausible year "
            "(1500-2100)",
        ),
        (
            ("2001,2", "2001,-1"),
            "line 2, column treatment_rooms: '-1' is not a non-negative whole number",
        ),
        (
            ("2001,2", "2001,2.5"),
            "line 2, column treatment_rooms: '2.5' is not a non-negative whole number",
        ),
        (
            ("operating", "running"),
            "line 2, column status: 'running' is not a status "
            "(operating, under construction, planned, closed or unknown)",
        ),
        (
            ("Chiba,proton", "Chiba,proton/carbon"),
            "line 2, column particles: 'proton/carbon' is not a particle list "
            "such as 'proton;carbon'",
        ),
        (
            ("Alpha Proton Center", ""),
            "line 2, column name: a name is required",
        ),
        (
            ("high,operating", "sure,operating"),
            "line 2, column confidence: 'sure' is not one of high, medium, low",
        ),
        (
            ("https://alpha.example/about | https://list.example/jp", ""),
            "line 2, column source_url: at least one source URL is required",
        ),
    ],
)
def test_bad_row_is_named_by_line_and_column(countries, replacement, expected):
    assert import_errors(GOOD.replace(*replacement)) == [expected]


def test_every_bad_row_is_reported_and_nothing_is_written(countries):
    text = (
        GOOD
        + "Delta,JP,,proton,abc,,https://d.example/,,operating,\n"
        + "Epsilon,ZZ,,proton,,-3,https://e.example/,,operating,\n"
    )
    before = table_counts()

    errors = import_errors(text)

    assert errors == [
        "line 5, column first_treatment_year: 'abc' is not a year",
        "line 6, column country: 'ZZ' is not a known country code",
        "line 6, column treatment_rooms: '-3' is not a non-negative whole number",
    ]
    assert table_counts() == before


def test_line_numbers_count_blank_lines_and_multiline_cells(countries):
    text = HEADER + (
        '\nAlpha,JP,,proton,2001,,https://a.example/,,operating,"two\nlines"\n'
        "Beta,JP,,proton,abc,,https://b.example/,,operating,\n"
    )

    assert import_errors(text) == [
        "line 5, column first_treatment_year: 'abc' is not a year"
    ]


def test_duplicate_name_and_country_in_one_file_is_an_error(countries):
    text = GOOD + "Alpha Proton Center,JP,,carbon,,,https://x.example/,,operating,\n"

    assert import_errors(text) == [
        "line 5, column name: 'Alpha Proton Center' in JP already appears on line 2"
    ]


def test_missing_required_column_is_an_error(countries):
    errors = import_errors("name,country,particles\nA,JP,proton\n")

    assert errors == [
        "line 1: missing required column(s) status, source_url; expected name, "
        "country, particles, status, source_url, city, first_treatment_year, "
        "first_carbon_year, treatment_rooms, research_rooms, expected_year, "
        "confidence, notes, part_of, checked_on"
    ]


def test_a_malformed_url_is_a_row_error_not_a_crash(countries):
    errors = import_errors(GOOD.replace("https://beta.example/", "https://[bad/x"))

    assert errors == [
        "line 3, column source_url: 'https://[bad/x' is not an http(s) URL"
    ]
    assert Center.objects.count() == 0


def test_a_nul_character_is_a_row_error(countries):
    errors = import_errors(GOOD.replace("Note A", "Note\x00A"))

    assert errors == [
        "line 2, column notes: contains a NUL character (is this a text CSV file?)"
    ]


def test_a_misspelt_particle_is_an_error_not_a_new_treatment(countries):
    modalities = TreatmentModality.objects.count()

    errors = import_errors(GOOD.replace("proton;carbon", "protn;carbon"))

    assert errors == [
        "line 3, column particles: 'protn;carbon' is not a particle list "
        "such as 'proton;carbon'"
    ]
    assert TreatmentModality.objects.count() == modalities
