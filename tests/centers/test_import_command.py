"""The import_facilities and bench commands around the facility import."""

import io

import pytest
from django.core.management import CommandError, call_command

from centers.models import Center, CenterSource, Offering, OfferingSource
from curation.models import Source
from destinations.models import Country
from tests.centers.facility_lists import GOOD, facility_rows

pytestmark = pytest.mark.django_db


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


def test_command_keeps_a_curators_edit_and_overwrite_replaces_it(
    countries, tmp_path, django_user_model
):
    path = tmp_path / "facilities.csv"
    path.write_text(GOOD)
    call_command("import_facilities", str(path), stdout=io.StringIO())
    center = Center.objects.get(name="Alpha Proton Center")
    center.city = "Chiba City"
    center._history_user = django_user_model.objects.create_user("alice")
    center.save()
    kept, replaced = io.StringIO(), io.StringIO()

    call_command("import_facilities", str(path), stdout=kept)
    city_kept = Center.objects.get(pk=center.pk).city
    call_command("import_facilities", str(path), "--overwrite", stdout=replaced)

    assert city_kept == "Chiba City"
    assert "1 curator edit since the last import kept" in kept.getvalue()
    assert (
        "conflict: line 2, column city (Alpha Proton Center): kept 'Chiba City'"
        in kept.getvalue()
    )
    assert "conflict: line 2, column city (Alpha Proton Center): replaced" in (
        replaced.getvalue()
    )
    assert Center.objects.get(pk=center.pk).city == "Chiba"


def test_command_help_lists_every_column():
    from centers.importer.parse import KNOWN_COLUMNS
    from centers.management.commands.import_facilities import Command

    for column in KNOWN_COLUMNS:
        assert column in Command.help, column


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
    countries = Country.objects.count()  # the ISO 3166 reference rows

    call_command("bench", "--rows", "20", stdout=out)

    assert "create: 20 rows" in out.getvalue()
    assert "update: 20 rows" in out.getvalue()
    assert Center.objects.count() == 0
    assert Country.objects.count() == countries


def test_command_reports_an_unreadable_file(tmp_path, monkeypatch):
    from centers.management.commands import import_facilities

    def no_permission(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(import_facilities, "open", no_permission, raising=False)

    with pytest.raises(CommandError, match="cannot be read \\(Permission denied\\)"):
        call_command("import_facilities", str(tmp_path / "facilities.csv"))
