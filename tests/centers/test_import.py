"""The particle-therapy facility import: services.facilities_import and its command."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from centers.importer import FacilityImportError, facilities_import
from centers.models import (
    Center,
    CenterKind,
    CenterSource,
    Offering,
    OfferingSource,
    OfferingStatus,
    TreatmentModality,
)
from curation.models import Confidence, PublicationStatus, Source
from destinations.models import Country
from tests.factories import CenterFactory, CountryFactory, SourceFactory

pytestmark = pytest.mark.django_db

DEMO_FACILITIES = (
    Path(__file__).resolve().parents[2]
    / "centers"
    / "demo_data"
    / "particle_therapy_facilities.csv"
)
VERIFIED_ON = datetime.date(2025, 11, 5)
HEADER = (
    "name,country,city,particles,first_treatment_year,treatment_rooms,"
    "source_url,confidence,status,notes\n"
)
GOOD = HEADER + (
    "Alpha Proton Center,JP,Chiba,proton,2001,2,"
    "https://alpha.example/about | https://list.example/jp,high,operating,Note A\n"
    '"Beta Ion Center, Hospital",JP,Kobe,proton;carbon,2010,,'
    "https://beta.example/,medium,closed,\n"
    "Gamma Proton,DE,Essen,proton,,,https://list.example/jp,,unknown,\n"
)


@pytest.fixture
def countries():
    return [
        CountryFactory(code="JP", name="Japan", slug="japan"),
        CountryFactory(code="DE", name="Germany", slug="germany"),
    ]


def run_import(text, **options):
    options.setdefault("verified_on", VERIFIED_ON)
    return facilities_import(stream=io.StringIO(text, newline=""), **options)


def table_counts():
    return [
        model.objects.count()
        for model in (
            Center,
            Offering,
            Source,
            CenterSource,
            OfferingSource,
            TreatmentModality,
        )
    ]


def import_errors(text):
    with pytest.raises(FacilityImportError) as raised:
        run_import(text)
    return raised.value.report.errors


def test_import_creates_centers_offerings_and_cited_sources(countries):
    report = run_import(GOOD)

    assert report.errors == []
    assert (report.centers_created, report.offerings_created) == (3, 4)
    assert report.sources_created == 3  # list.example/jp is shared by two rows
    alpha = Center.objects.get(name="Alpha Proton Center")
    assert alpha.country.code == "JP"
    assert alpha.city == "Chiba"
    assert alpha.kind == CenterKind.UNKNOWN
    assert alpha.slug == "alpha-proton-center"
    assert alpha.last_verified == VERIFIED_ON
    assert alpha.publication_status == PublicationStatus.DRAFT
    offering = alpha.offerings.get()
    assert offering.modality.slug == "proton-therapy"
    assert offering.status == OfferingStatus.OPERATIONAL
    assert (offering.first_year, offering.treatment_rooms) == (2001, 2)
    assert offering.notes == "Note A"
    assert offering.confidence == Confidence.HIGH
    assert [c.source.url for c in alpha.citations.order_by("source__url")] == [
        "https://alpha.example/about",
        "https://list.example/jp",
    ]
    assert offering.citations.first().supports == (
        "existence, particles, status, first treatment year, rooms"
    )
    source = Source.objects.get(url="https://alpha.example/about")
    assert (source.title, source.publisher) == ("alpha.example: about", "alpha.example")


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


def test_import_publishes_only_when_asked(countries):
    run_import(GOOD, publish=True)

    assert Center.objects.published().count() == 3


def test_import_without_publish_keeps_existing_publication_status(countries):
    run_import(GOOD, publish=True)
    run_import(GOOD.replace("Chiba", "Chiba City"))

    assert Center.objects.published().count() == 3


def test_reimport_updates_changed_values_without_duplicates(countries):
    run_import(GOOD)
    before = table_counts()
    changed = GOOD.replace("Chiba,proton,2001,2", "Chiba-shi,proton,2002,3")

    report = run_import(changed, verified_on=datetime.date(2026, 1, 2))

    assert table_counts() == before
    assert (report.centers_created, report.offerings_created) == (0, 0)
    assert report.centers_updated == 3  # the verification date moved for all
    alpha = Center.objects.get(name="Alpha Proton Center")
    assert alpha.city == "Chiba-shi"
    assert alpha.last_verified == datetime.date(2026, 1, 2)
    offering = alpha.offerings.get()
    assert (offering.first_year, offering.treatment_rooms) == (2002, 3)


def test_reimport_of_the_same_file_changes_nothing(countries):
    run_import(GOOD)

    report = run_import(GOOD)

    assert (report.centers_updated, report.centers_unchanged) == (0, 3)
    assert (report.offerings_updated, report.offerings_unchanged) == (0, 4)


def test_import_reuses_an_existing_source_and_keeps_its_title(countries):
    SourceFactory(url="https://beta.example/", title="Beta's own page")

    report = run_import(GOOD)

    assert report.sources_created == 2
    assert Source.objects.get(url="https://beta.example/").title == "Beta's own page"


def test_new_center_slug_is_disambiguated_by_country_then_number(countries):
    CenterFactory(name="Other", slug="gamma-proton")
    CenterFactory(name="Other 2", slug="gamma-proton-de")

    run_import(GOOD)

    assert Center.objects.get(name="Gamma Proton").slug == "gamma-proton-de-2"


def test_dry_run_reports_counts_and_writes_nothing(countries):
    before = table_counts()

    report = run_import(GOOD.replace("proton;carbon", "proton;helium"), dry_run=True)

    assert table_counts() == before
    assert (report.centers_created, report.offerings_created) == (3, 4)
    assert report.modalities_created == 1
    assert report.sources_created == 3


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
    assert alpha.offerings.first().first_year == 2001
    beta = Center.objects.get(name="Beta Center", country__code="DE")
    assert beta.offerings.get().status == OfferingStatus.CLOSED


def test_other_particle_gets_its_own_particle_modality(countries):
    run_import(GOOD.replace("proton;carbon", "Helium"))

    helium = TreatmentModality.objects.get(slug="helium-ion-therapy")
    assert helium.name == "Helium-ion therapy"
    assert helium.is_particle_therapy
    assert Center.objects.get(name__startswith="Beta").offerings.get().modality == (
        helium
    )


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
            "(closed, operating, operational, planned, unknown)",
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
        "treatment_rooms, confidence, notes"
    ]


def facility_rows(count):
    return HEADER + "".join(
        f"Center {n},JP,,proton;carbon,2001,1,https://s.example/{n} | "
        "https://list.example/,high,operating,\n"
        for n in range(count)
    )


def import_queries(text, **options):
    with CaptureQueriesContext(connection) as captured:
        run_import(text, **options)
    return len(captured)


@pytest.mark.parametrize("verified_on", [VERIFIED_ON, datetime.date(2026, 1, 1)])
def test_query_count_does_not_grow_with_rows(countries, verified_on):
    # Create: the lookups, then one insert per table (plus history) per batch.
    create_3 = import_queries(facility_rows(3))
    update_3 = import_queries(facility_rows(3), verified_on=verified_on)
    Center.objects.all().delete()
    Source.objects.all().delete()
    create_30 = import_queries(facility_rows(30))
    update_30 = import_queries(facility_rows(30), verified_on=verified_on)

    assert create_3 == create_30
    assert update_3 == update_30


def test_command_imports_file_and_prints_summary(countries, tmp_path):
    path = tmp_path / "facilities.csv"
    path.write_text(GOOD, encoding="utf-8")
    out = io.StringIO()

    call_command(
        "import_facilities",
        str(path),
        "--verified-on",
        "2025-11-05",
        "--publish",
        stdout=out,
    )

    assert "centers 3 created" in out.getvalue()
    assert Center.objects.published().count() == 3


def test_command_fails_with_every_problem_and_writes_nothing(countries, tmp_path):
    path = tmp_path / "facilities.csv"
    path.write_text(GOOD.replace("2001", "abc").replace("DE,Essen", "QQ,Essen"))

    with pytest.raises(CommandError) as raised:
        call_command("import_facilities", str(path))

    message = str(raised.value)
    assert "nothing imported, 2 problem(s)" in message
    assert "line 2, column first_treatment_year: 'abc' is not a year" in message
    assert "line 4, column country: 'QQ' is not a known country code" in message
    assert Center.objects.count() == 0


def test_command_reports_missing_file_and_non_utf8_file(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_facilities", str(tmp_path / "missing.csv"))
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"name,country\n\xff\xfe\x00\x81")
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("import_facilities", str(binary))


def test_command_records_the_curator_in_history(countries, tmp_path, admin_user):
    path = tmp_path / "facilities.csv"
    path.write_text(GOOD)

    call_command("import_facilities", str(path), "--user", admin_user.username)

    for model in (Center, Offering, Source, CenterSource, OfferingSource):
        records = model.history.all()
        assert records.exists(), model
        assert {r.history_user for r in records} == {admin_user}, model
        assert {r.history_change_reason for r in records} == {"facility import"}


def test_command_rejects_an_unknown_user(countries, tmp_path):
    path = tmp_path / "facilities.csv"
    path.write_text(GOOD)

    with pytest.raises(CommandError, match="no user named 'nobody'"):
        call_command("import_facilities", str(path), "--user", "nobody")
    assert Center.objects.count() == 0


def test_command_rejects_a_bad_verified_on_date(countries, tmp_path):
    path = tmp_path / "facilities.csv"
    path.write_text(GOOD)

    with pytest.raises(CommandError, match="not a YYYY-MM-DD date"):
        call_command("import_facilities", str(path), "--verified-on", "05/11/2025")


def test_demo_facility_file_imports_completely():
    codes = {"DE", "IT", "AT", "CH", "FR", "NL", "DK", "SE", "PL", "CZ", "GB"}
    codes |= {"ES", "US", "CA", "JP", "KR", "TW", "CN", "SG", "IN", "ZA"}
    for code in sorted(codes):
        CountryFactory(code=code, name=f"Country {code}", slug=f"country-{code}")

    with DEMO_FACILITIES.open(encoding="utf-8-sig", newline="") as stream:
        report = facilities_import(stream=stream, verified_on=VERIFIED_ON, publish=True)

    assert report.errors == []
    assert report.centers_created == 96
    # 90 operating rows, 6 of them with both protons and carbon ions.
    assert Offering.objects.operational().count() == 96
    assert (
        Center.objects.published()
        .offering("carbon-ion-therapy")
        .filter(country__code="JP")
        .count()
        == 7
    )
    assert Country.objects.count() == len(codes)


def test_command_reports_progress_on_long_files(countries, tmp_path, monkeypatch):
    monkeypatch.setattr("centers.importer.write.PROGRESS_EVERY", 2)
    path = tmp_path / "facilities.csv"
    path.write_text(facility_rows(5))
    err = io.StringIO()

    call_command("import_facilities", str(path), stdout=io.StringIO(), stderr=err)

    assert "validated 2 rows\nvalidated 4 rows\n" in err.getvalue()


def test_command_dry_run_says_so_and_writes_nothing(countries, tmp_path):
    path = tmp_path / "facilities.csv"
    path.write_text(GOOD)
    out = io.StringIO()

    call_command("import_facilities", str(path), "--dry-run", stdout=out)

    assert out.getvalue().startswith("Dry run, nothing written.")
    assert Center.objects.count() == 0


def test_bench_leaves_no_data_behind():
    out = io.StringIO()

    call_command("bench", "--rows", "20", stdout=out)

    assert "create: 20 rows" in out.getvalue()
    assert "update: 20 rows" in out.getvalue()
    assert Center.objects.count() == 0
    assert Country.objects.count() == 0


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


def test_reimport_without_optional_columns_keeps_stored_values(countries):
    run_import(GOOD)
    required_only = (
        "name,country,particles,status,source_url\n"
        "Alpha Proton Center,JP,proton,closed,https://alpha.example/about\n"
    )

    run_import(required_only)

    center = Center.objects.get(name="Alpha Proton Center")
    offering = center.offerings.get()
    assert center.city == "Chiba"
    assert center.confidence == Confidence.HIGH
    assert (offering.first_year, offering.treatment_rooms) == (2001, 2)
    assert offering.notes == "Note A"
    assert offering.status == OfferingStatus.CLOSED  # the file's own column


def test_an_offering_change_marks_its_center_updated(countries):
    run_import(GOOD)
    center = Center.objects.get(name="Alpha Proton Center")
    Center.objects.filter(pk=center.pk).update(
        updated_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )

    run_import(GOOD.replace("Chiba,proton,2001,2", "Chiba,proton,2001,3"))

    center.refresh_from_db()
    assert center.updated_at.year > 2020
    assert center.offerings.get().treatment_rooms == 3


def test_command_reports_an_unreadable_file(tmp_path, monkeypatch):
    from centers.management.commands import import_facilities

    def no_permission(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(import_facilities, "open", no_permission, raising=False)

    with pytest.raises(CommandError, match="cannot be read \\(Permission denied\\)"):
        call_command("import_facilities", str(tmp_path / "facilities.csv"))
