"""Dates from the data: verified when a row was checked, sources dated by
themselves, staleness judged on the right one. The note reader in `dates`."""

import datetime

import pytest

from centers.models import Center, CostEstimate, Offering
from curation.models import Source
from demo.dates import note_date, parse_date, source_dates
from demo.records import FACTOR_FILES, read_rows
from destinations.models import Country, FundingPathway, MedicalVisa, Partnership

pytestmark = pytest.mark.django_db

FIRST = datetime.date(2026, 11, 21)  # the first compilation
ADDED = datetime.date(2026, 12, 1)  # the additions and our curation pass
TODAY = datetime.date(2026, 12, 1)
FILES = [
    "countries.csv",
    "medical_visas.csv",
    "cancer_centers.csv",
    "center_access.csv",
    "cost_estimates.csv",
    "partnerships.csv",
    "funding_pathways.csv",
    "particle_therapy_facilities.csv",
    *FACTOR_FILES,
]


def test_every_row_of_every_file_has_a_check_date():
    for filename in FILES:
        days = {row["checked_on"] for row in read_rows(filename)}
        assert days <= {FIRST.isoformat(), ADDED.isoformat()}, filename


@pytest.mark.parametrize(
    "model", [Country, Center, Offering, MedicalVisa, CostEstimate, Partnership]
)
def test_no_record_is_verified_on_a_day_the_data_does_not_give(model):
    days = set(model.objects.values_list("last_verified", flat=True))

    assert days <= {FIRST, ADDED, None}


def test_records_are_verified_on_their_rows_check_date():
    added_center = Center.objects.get(
        name="Stanford Cancer Institute / Stanford Health Care"
    )
    added_facility = Center.objects.get(
        name="Stanford Medicine ultracompact proton therapy facility"
    )
    first_facility = Center.objects.get(name="MedAustron")

    assert added_center.last_verified == ADDED
    assert added_facility.last_verified == ADDED
    assert added_facility.offerings.get().last_verified == ADDED
    assert first_facility.last_verified == FIRST
    assert Country.objects.get(code="TH").last_verified == ADDED
    assert Country.objects.get(code="JP").last_verified == FIRST
    assert FundingPathway.objects.filter(last_verified=FIRST).count() == 9


def test_a_source_is_read_on_the_day_its_rows_were_checked():
    protonbob = Source.objects.get(
        url="https://protonbob.com/about-proton-therapy/us-proton-centers"
    )
    # The Aizawa page is cited only by the corrected row of 2026-12-01.
    aizawa = Source.objects.get(url="https://aizawahospital.jp/?p=262498")

    assert protonbob.accessed_on == ADDED  # cited by both compilations: the latest
    assert protonbob.as_of is None  # the list gives no date of its own
    assert aizawa.accessed_on == ADDED


def test_a_source_is_dated_as_the_page_dates_itself():
    ica = Source.objects.get(
        url="https://www.ica.gov.sg/news-and-publications/newsroom/media-release/520"
    )
    updated = Source.objects.filter(accessed_note__startswith="published 2017-06-26")
    month = Source.objects.filter(accessed_note="page states 'as of April 2022'")
    mayo_mumbai = Source.objects.get(
        url__contains="mayo-clinic-opens-patient-information"
    )

    assert ica.as_of == datetime.date(2009, 11, 21)
    assert ica.accessed_on == FIRST
    assert {source.as_of for source in updated} == {datetime.date(2017, 10, 24)}
    assert {source.as_of for source in month} == {datetime.date(2022, 4, 1)}
    assert mayo_mumbai.as_of == datetime.date(2023, 2, 6)  # "News report (6 Feb 2023)"


def test_a_note_on_several_pages_dates_each_only_where_it_says_which():
    sponsor = Source.objects.get(
        url__endswith="citizen_sponsor_extensionofshorttermvisit"
    )
    hospitals_sg = Source.objects.get(url__startswith="http://hospitals.sg/")

    assert sponsor.as_of is None  # "sponsor page undated"
    assert sponsor.accessed_note == ""  # the note is about three pages
    assert hospitals_sg.as_of == datetime.date(2006, 8, 5)


def test_a_rule_resting_on_an_old_letter_is_stale_however_recently_read():
    singapore = MedicalVisa.objects.filter(country__code="SG").prefetch_related(
        "citations__source"
    )

    for visa in singapore:
        assert visa.last_verified == FIRST
        assert visa.staleness(today=TODAY) == "source", visa.name


def test_old_cost_figures_are_stale_by_their_source_date():
    stale = [
        cost
        for cost in CostEstimate.objects.prefetch_related("citations__source")
        if cost.staleness(today=TODAY) == "source"
    ]

    # The issue counts 8 of 22 figures from 2018 or before.
    assert len(stale) >= 8
    assert all(cost.last_verified == FIRST for cost in stale)


def test_recent_facts_from_undated_or_new_pages_are_not_stale():
    center = Center.objects.prefetch_related("citations__source").get(
        name="Mayo Clinic (Mayo Clinic Comprehensive Cancer Center)"
    )

    assert center.staleness(today=TODAY) == ""


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2014-10-16", datetime.date(2014, 10, 16)),
        ("2020-08", datetime.date(2020, 8, 1)),
        ("6 Feb 2023", datetime.date(2023, 2, 6)),
        ("Sept 2022", datetime.date(2022, 9, 1)),
        ("2019", datetime.date(2019, 1, 1)),
        ("2019-13", None),
        ("Jan 23", None),
    ],
)
def test_parse_date_reads_days_months_and_years(text, date):
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("note", "dates"),
    [
        ("Arabic among the 12 interpreted languages (2003).", ["2003-01-01"]),
        ("News report (6 Feb 2023): new office in Mumbai.", ["2023-02-06"]),
        ("Team includes psychologists (CURE, 2019).", ["2019-01-01"]),
        ("Survivorship programs for adults (2014 page).", ["2014-01-01"]),
        ("Programme (page updated June 2016).", ["2016-06-01"]),
        # Events, not the page's date:
        (
            "Proton Therapy Center opened officially in 2016 (first patient Dec 2015).",
            [],
        ),
        ("HIT gives carbon ions; first in Europe (2009).", []),
        ("Clinical Trial Center (2015) and genome center (2017).", []),
        ("Sites mentioned (article about 2018).", []),
        (
            "Launch 20 April (year not shown; the article lists four, implying 2025).",
            [],
        ),
        ("Lymphoma MDT since April 2016 (undated English page).", []),
    ],
)
def test_source_dates_take_the_pages_date_not_the_events(note, dates):
    assert [date.isoformat() for date in source_dates(note)] == dates


def test_note_date_takes_the_newest_and_skips_estimates():
    assert note_date("published 2017-06-26, updated 2017-10-24") == datetime.date(
        2017, 10, 24
    )
    assert note_date("no date shown (article about 2010)") is None
    assert note_date("no date shown") is None


def test_demo_costs_say_what_they_are():
    from centers.models import CostEstimate, CostKind, CostPayer

    def kind_of(scope_start):
        estimate = CostEstimate.objects.filter(scope__startswith=scope_start).first()
        return estimate.kind, estimate.payer

    assert kind_of("Ontario OHIP") == (
        CostKind.PROGRAMME_SPENDING,
        CostPayer.PUBLIC_PROGRAMME,
    )
    assert kind_of("Juntendo") == (CostKind.TARIFF, CostPayer.SELF_PAY_FOREIGN)
    assert kind_of("Gunma") == (CostKind.PER_PATIENT, CostPayer.SELF_PAY_FOREIGN)
    # Every row is classified: none left as "other" by a missed key.
    assert not CostEstimate.objects.filter(kind=CostKind.OTHER).exists()
