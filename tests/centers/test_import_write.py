"""The facility import writes centers, offerings, sources and citations in bulk."""

import datetime
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from centers.importer import facilities_import
from centers.models import (
    Center,
    CenterKind,
    Offering,
    OfferingStatus,
    TreatmentModality,
)
from curation.models import Confidence, PublicationStatus, Source
from destinations.models import Country
from tests.centers.facility_lists import (
    GOOD,
    VERIFIED_ON,
    facility_rows,
    run_import,
    table_counts,
)
from tests.factories import CenterFactory, CountryFactory, SourceFactory

pytestmark = pytest.mark.django_db

DEMO_FACILITIES = (
    Path(__file__).resolve().parents[2]
    / "demo"
    / "data"
    / "particle_therapy_facilities.csv"
)


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
    # Only Alpha changed; a new import date verifies nothing.
    assert (report.centers_updated, report.centers_unchanged) == (1, 2)
    assert (report.offerings_updated, report.offerings_unchanged) == (1, 3)
    alpha = Center.objects.get(name="Alpha Proton Center")
    assert alpha.city == "Chiba-shi"
    assert alpha.last_verified == VERIFIED_ON
    offering = alpha.offerings.get()
    assert (offering.first_year, offering.treatment_rooms) == (2002, 3)
    assert offering.last_verified == VERIFIED_ON


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


def test_other_particle_gets_its_own_particle_modality(countries):
    run_import(GOOD.replace("proton;carbon", "Helium"))

    helium = TreatmentModality.objects.get(slug="helium-ion-therapy")
    assert helium.name == "Helium-ion therapy"
    assert helium.is_particle_therapy
    assert Center.objects.get(name__startswith="Beta").offerings.get().modality == (
        helium
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
    # 20, not 30: SQLite binds at most 999 parameters a query, and a center has
    # over 40 columns, so Django would split a 30-row bulk insert in two.
    create_30 = import_queries(facility_rows(20))
    update_30 = import_queries(facility_rows(20), verified_on=verified_on)

    assert create_3 == create_30
    assert update_3 == update_30


def test_demo_facility_file_imports_completely():
    codes = {"DE", "IT", "AT", "CH", "FR", "NL", "DK", "SE", "PL", "CZ", "GB"}
    codes |= {"ES", "US", "CA", "JP", "KR", "TW", "CN", "SG", "IN", "ZA"}
    for code in sorted(codes):
        CountryFactory(code=code, name=f"Country {code}", slug=f"country-{code}")
    countries = Country.objects.count()

    with DEMO_FACILITIES.open(encoding="utf-8-sig", newline="") as stream:
        report = facilities_import(stream=stream, verified_on=VERIFIED_ON, publish=True)

    assert report.errors == []
    assert report.centers_created == 141
    # 120 operating rows, 6 of them with both protons and carbon ions.
    assert Offering.objects.operational().count() == 126
    assert (
        Center.objects.published()
        .offering("carbon-ion-therapy")
        .filter(country__code="JP")
        .count()
        == 7
    )
    assert Country.objects.count() == countries  # the import creates none


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
