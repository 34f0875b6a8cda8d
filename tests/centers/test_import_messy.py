"""A facility list as spreadsheets and people leave it imports like a clean one."""

from pathlib import Path

import pytest

from centers.models import Center, Offering
from tests.centers.facility_lists import import_errors, run_import, table_counts
from tests.centers.messy import mangle

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DEMO_FACILITIES = ROOT / "demo" / "data" / "particle_therapy_facilities.csv"
MESSY_FACILITIES = Path(__file__).parent / "data" / "messy_facilities.csv"
COLUMNS = "Name,Country,Particles,Status,Source URL(s)"


def read(path):
    # As the command opens a file: utf-8-sig drops the byte-order mark.
    return path.read_text(encoding="utf-8-sig")


def test_a_messy_list_imports_every_row_on_a_migrated_database():
    """Only the ISO reference countries exist: the demo loader has not run."""
    text = read(MESSY_FACILITIES)
    assert "\u00a0" in text
    assert "Korea, Republic of" in text
    assert "2009.0" in text

    report = run_import(text)

    assert report.errors == []
    assert report.rows == report.centers_created == 96
    assert Center.objects.count() == 96
    germany = Center.objects.filter(country__code="DE")
    # The no-break space and padding in the name are gone.
    assert germany.filter(
        name="Heidelberg Ion-Beam Therapy Center (HIT), Heidelberg University Hospital"
    ).exists()
    assert germany.get(name__startswith="Heidelberg").city == "Heidelberg"
    assert Center.objects.filter(country__code="KR").count() == 3
    assert Offering.objects.operational().count() == 96
    marburg = Offering.objects.get(
        center__name__startswith="Marburg", modality__slug="proton-therapy"
    )
    assert marburg.first_year == 2015  # written "2,015"


def test_reimporting_a_messy_list_changes_nothing_and_duplicates_nothing():
    text = read(MESSY_FACILITIES)
    run_import(text)
    before = table_counts()

    report = run_import(text)

    assert report.changed == 0
    assert report.conflicts == []
    assert table_counts() == before


def test_a_messy_copy_of_a_clean_list_reads_as_the_same_facts():
    clean = read(DEMO_FACILITIES)
    run_import(clean)
    before = table_counts()

    report = run_import(mangle(clean))

    assert report.errors == []
    assert report.changed == 0
    assert report.conflicts == []
    assert table_counts() == before


@pytest.mark.parametrize(
    ("country", "code"),
    [
        ("Germany", "DE"),
        ("germany ", "DE"),
        ("Korea, Republic of", "KR"),
        ("South Korea", "KR"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("United States of America", "US"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("deu", "DE"),
        ("Türkiye", "TR"),
        ("Czech Republic", "CZ"),
        ("Taiwan", "TW"),
        ("jp", "JP"),
    ],
)
def test_a_country_may_be_a_name_or_a_code(country, code):
    run_import(f'{COLUMNS}\nA,"{country}",proton,operating,https://a.example/\n')

    assert Center.objects.get().country.code == code


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("Atlantis", "'Atlantis' is not a known country name or code"),
        ("QQ", "'QQ' is not a known country code"),
    ],
)
def test_an_unknown_country_is_a_row_error_naming_it(country, expected):
    text = f"{COLUMNS}\nA,{country},proton,operating,https://a.example/\n"

    assert import_errors(text) == [f"line 2, column country: {expected}"]


def test_headers_cells_and_numbers_as_a_spreadsheet_writes_them():
    text = (
        "\ufeffFacility ,Country code,Particle(s),Status, Source URL(s) ,"
        "First treatment,Rooms,Research rooms,Part of,,\r\n"
        "Big\u00a0Center \u200b,de,Protons,In operation,https://a.example/,"
        '2009.0,"1,234",1.0,,,\r\n'
        ",,,,,,,,,,\r\n"
    )

    report = run_import(text)

    assert (report.errors, report.warnings) == ([], [])
    offering = Offering.objects.get(center__name="Big Center")
    assert offering.center.country.code == "DE"
    assert (offering.first_year, offering.treatment_rooms) == (2009, 1234)
    assert offering.research_rooms == 1


def test_two_headers_that_mean_one_column_are_an_error():
    text = f"{COLUMNS},Rooms,Treatment rooms\nA,DE,proton,operating,https://a/,1,1\n"

    assert import_errors(text) == [
        "line 1: column 'treatment_rooms' appears twice (or under two headers "
        "that mean the same)"
    ]
