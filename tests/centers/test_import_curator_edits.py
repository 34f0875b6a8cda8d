"""Importing records what changed, verifies nothing, and keeps curators' edits."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from centers.models import Center, CenterSource, Offering, OfferingSource
from curation.models import PublicationStatus, Source
from curation.services import records_unpublish
from tests.centers.facility_lists import (
    GOOD,
    VERIFIED_ON,
    facility_rows,
    run_import,
    table_counts,
)

pytestmark = pytest.mark.django_db

HISTORIED = (Center, Offering, Source, CenterSource, OfferingSource)


def history_counts():
    return [model.history.count() for model in HISTORIED]


@pytest.fixture
def curator(django_user_model):
    return django_user_model.objects.create_user("alice")


def edit(obj, user, **values):
    """Save `values` on `obj` as a curator does in the admin: with history."""
    for name, value in values.items():
        setattr(obj, name, value)
    obj._history_user = user
    obj.save()


def alpha():
    return Center.objects.get(name="Alpha Proton Center")


def test_reimporting_an_unchanged_file_writes_nothing_and_keeps_dates(countries):
    run_import(GOOD)
    Center.objects.update(updated_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
    before = (table_counts(), history_counts())

    report = run_import(GOOD, verified_on=datetime.date(2026, 1, 1))

    assert report.changed == 0
    assert (report.centers_updated, report.offerings_updated) == (0, 0)
    assert report.summary().startswith(
        "3 rows: centers 0 created, 0 updated, 3 unchanged; offerings 0 created, "
        "0 updated, 4 unchanged; sources 0 created; citations 0 created"
    )
    assert (table_counts(), history_counts()) == before
    assert set(Center.objects.values_list("updated_at__year", flat=True)) == {2020}
    assert set(Center.objects.values_list("last_verified", flat=True)) == {VERIFIED_ON}
    assert set(Offering.objects.values_list("last_verified", flat=True)) == {
        VERIFIED_ON
    }


def test_a_changed_row_is_saved_without_being_marked_verified(countries):
    run_import(GOOD)

    run_import(GOOD.replace("Note A", "Note B"), verified_on=datetime.date(2026, 1, 1))

    offering = alpha().offerings.get()
    assert offering.notes == "Note B"
    assert offering.last_verified == VERIFIED_ON
    assert offering.history.count() == 2
    assert offering.history.first().history_change_reason == "facility import"


def test_checked_on_is_the_rows_last_verified_and_only_moves_forward(countries):
    text = GOOD.replace("notes\n", "notes,checked_on\n").replace(
        "Note A\n", "Note A,2026-11-21\n"
    )
    run_import(text)
    assert alpha().last_verified == datetime.date(2026, 11, 21)
    assert alpha().offerings.get().last_verified == datetime.date(2026, 11, 21)
    # The other rows have no date: new records get the import's.
    assert Center.objects.get(name="Gamma Proton").last_verified == VERIFIED_ON

    later = run_import(text.replace("2026-11-21", "2026-11-30"))
    earlier = run_import(text.replace("2026-11-21", "2026-01-01"))

    assert (later.centers_updated, later.offerings_updated) == (1, 1)
    assert (earlier.centers_updated, earlier.offerings_updated) == (0, 0)
    assert alpha().last_verified == datetime.date(2026, 11, 30)


def test_a_city_a_curator_fixed_survives_a_reimport_and_is_reported(countries, curator):
    run_import(GOOD)
    edit(alpha(), curator, city="Chiba City")

    report = run_import(GOOD)

    assert alpha().city == "Chiba City"
    assert (report.centers_updated, report.centers_unchanged) == (0, 3)
    assert [str(conflict) for conflict in report.conflicts] == [
        "line 2, column city (Alpha Proton Center): kept 'Chiba City' (changed by "
        f"alice on {timezone.localdate().isoformat()} since the last import); the "
        "file says 'Chiba'"
    ]
    conflict = report.conflicts[0]
    assert (conflict.line, conflict.column) == (2, "city")
    assert (conflict.current, conflict.incoming) == ("'Chiba City'", "'Chiba'")
    assert "1 curator edit since the last import kept" in report.summary()


def test_overwrite_lets_the_file_replace_a_curators_edit(countries, curator):
    run_import(GOOD)
    edit(alpha(), curator, city="Chiba City")

    report = run_import(GOOD, overwrite=True)

    assert alpha().city == "Chiba"
    assert report.centers_updated == 1
    assert report.conflicts[0].overwritten
    assert "replaced 'Chiba City'" in str(report.conflicts[0])
    # The file owns the field again: the next import has nothing to report.
    assert run_import(GOOD).conflicts == []


def test_a_curators_edit_stays_kept_through_later_imports(countries, curator):
    run_import(GOOD)
    edit(alpha(), curator, city="Chiba City")
    # The next import changes the same record's other facts, saving it.
    run_import(GOOD.replace(",high,operating,Note A", ",low,operating,Note A"))

    report = run_import(GOOD)

    assert alpha().city == "Chiba City"
    assert alpha().confidence == "high"
    assert [conflict.column for conflict in report.conflicts] == ["city"]


def test_a_file_change_to_a_field_nobody_edited_applies_beside_a_conflict(
    countries, curator
):
    run_import(GOOD)
    edit(alpha(), curator, city="Chiba City")

    report = run_import(GOOD.replace(",high,operating,Note A", ",low,operating,A"))

    center = alpha()
    assert (center.city, center.confidence) == ("Chiba City", "low")
    assert report.centers_updated == 1


def test_an_offering_status_a_curator_set_is_kept(countries, curator):
    run_import(GOOD)
    offering = alpha().offerings.get()
    edit(offering, curator, status="closed")

    report = run_import(GOOD)

    offering.refresh_from_db()
    assert offering.status == "closed"
    assert [(c.column, c.record) for c in report.conflicts] == [
        ("status", "Alpha Proton Center: Proton therapy")
    ]


def test_a_change_made_without_history_is_not_the_imports(countries):
    run_import(GOOD)
    Center.objects.filter(name="Alpha Proton Center").update(city="Chiba-shi")

    report = run_import(GOOD)

    assert alpha().city == "Chiba-shi"
    assert str(report.conflicts[0]).startswith(
        "line 2, column city (Alpha Proton Center): kept 'Chiba-shi' (changed "
        "since the last import)"
    )


def test_a_value_a_curator_entered_on_a_record_the_import_never_wrote_is_kept(
    countries, curator
):
    center = Center.objects.create(
        name="Alpha Proton Center", slug="alpha", country=countries[0], city="Inage"
    )

    report = run_import(GOOD)

    center.refresh_from_db()
    assert center.city == "Inage"
    assert [c.column for c in report.conflicts] == ["city"]
    # A field the curator left empty is the file's to fill.
    assert center.confidence == "high"


def test_a_center_a_curator_renamed_is_matched_on_its_former_name(countries, curator):
    run_import(GOOD)
    edit(alpha(), curator, name="Alpha Proton Therapy Center")
    before = table_counts()

    report = run_import(GOOD)

    assert table_counts() == before  # no duplicate under the old name
    assert Center.objects.filter(name="Alpha Proton Therapy Center").exists()
    assert [(c.column, c.current, c.incoming) for c in report.conflicts] == [
        ("name", "'Alpha Proton Therapy Center'", "'Alpha Proton Center'")
    ]
    run_import(GOOD, overwrite=True)
    assert Center.objects.filter(name="Alpha Proton Center").exists()


def test_publish_does_not_republish_a_center_a_curator_withdrew(countries, curator):
    run_import(GOOD, publish=True)
    records_unpublish(queryset=Center.objects.filter(name="Gamma Proton"), user=curator)

    report = run_import(GOOD, publish=True)

    assert Center.objects.get(name="Gamma Proton").publication_status == (
        PublicationStatus.DRAFT
    )
    assert [c.column for c in report.conflicts] == ["publication (--publish)"]


def test_a_dry_run_reports_the_conflicts_it_would_keep(countries, curator):
    run_import(GOOD)
    edit(alpha(), curator, city="Chiba City")

    report = run_import(GOOD, dry_run=True, overwrite=True)

    assert alpha().city == "Chiba City"
    assert report.centers_updated == 1
    assert [c.column for c in report.conflicts] == ["city"]


def test_new_records_without_a_date_are_not_yet_verified(countries):
    # Importing is not verifying: with no checked_on and no --verified-on, the
    # record says nobody has checked it (the model allows a blank date).
    run_import(GOOD, verified_on=None)

    assert alpha().last_verified is None


def import_queries(text, **options):
    with CaptureQueriesContext(connection) as captured:
        run_import(text, **options)
    return len(captured)


def test_query_count_of_a_reimport_with_changes_and_conflicts_is_flat(
    countries, curator
):
    """Each stage's queries are per chunk, not per row: the history look-up of
    the changed records, their users, one bulk update and one history insert."""

    def changed_run(rows):
        run_import(facility_rows(rows))
        for center in Center.objects.filter(name__in=["Center 0", "Center 1"]):
            edit(center, curator, city="Edited")
        text = facility_rows(rows).replace(",high,", ",low,").replace(",JP,,", ",JP,X,")
        return import_queries(text)

    three = changed_run(3)
    Center.objects.all().delete()
    Source.objects.all().delete()
    # 20, not 30: SQLite binds at most 999 parameters a query, and a center has
    # over 40 columns, so Django would split a 30-row bulk write in two.
    thirty = changed_run(20)

    assert three == thirty
