import datetime

import pytest
from django.db import DataError, IntegrityError, transaction

from curation.models import Source
from destinations.models import Country
from tests.factories import (
    CountryFactory,
    FundingPathwayFactory,
    FundingPathwaySourceFactory,
    MedicalVisaFactory,
    PartnershipFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


def assert_rejected(create):
    # PostgreSQL refuses an over-long value before any check: a DataError.
    with pytest.raises((IntegrityError, DataError)), transaction.atomic():
        create()


@pytest.mark.parametrize("code", ["jp", "JPN", "J1", ""])
def test_country_code_must_be_two_capital_letters(code):
    assert_rejected(lambda: CountryFactory(code=code))


def test_country_code_and_slug_are_unique():
    CountryFactory(code="JP", name="Japan", slug="japan")
    assert_rejected(
        lambda: Country.objects.create(
            code="JP",
            name="Japan 2",
            slug="japan-2",
            region="asia-pacific",
            currency="JPY",
        )
    )
    assert_rejected(
        lambda: Country.objects.create(
            code="XJ",
            name="Japan 3",
            slug="japan",
            region="asia-pacific",
            currency="JPY",
        )
    )


@pytest.mark.parametrize("currency", ["yen", "JP", "J1Y"])
def test_country_currency_must_be_iso_4217(currency):
    assert_rejected(lambda: CountryFactory(currency=currency))


def test_country_region_must_be_a_known_choice():
    assert_rejected(lambda: CountryFactory(region="atlantis"))


def test_health_expenditure_cannot_be_negative():
    assert_rejected(lambda: CountryFactory(health_expenditure_per_capita=-1))


def test_source_url_is_unique_but_blank_urls_may_repeat():
    SourceFactory(url="https://example.org/a")
    Source.objects.create(url="", title="Seed article")
    Source.objects.create(url="", title="Another offline source")
    assert_rejected(lambda: SourceFactory(url="https://example.org/a"))


def test_visa_tristate_rejects_unknown_values():
    assert_rejected(lambda: MedicalVisaFactory(companion_allowed="maybe"))


def test_partnership_started_year_must_be_plausible():
    assert_rejected(lambda: PartnershipFactory(started_year=99))


def test_funding_pathway_name_slug_and_choices_are_checked():
    FundingPathwayFactory(name="S2 form", slug="s2-form")
    assert_rejected(lambda: FundingPathwayFactory(name="S2 form"))
    assert_rejected(lambda: FundingPathwayFactory(slug="s2-form"))
    assert_rejected(lambda: FundingPathwayFactory(confidence="certain"))
    assert_rejected(lambda: FundingPathwayFactory(publication_status="hidden"))


def test_funding_pathway_cites_a_source_once():
    citation = FundingPathwaySourceFactory()
    assert_rejected(
        lambda: FundingPathwaySourceFactory(
            pathway=citation.pathway, source=citation.source
        )
    )


def test_stale_after_configured_days(settings):
    settings.STALE_AFTER_DAYS = 730
    country = CountryFactory(last_verified=datetime.date(2023, 1, 1))
    assert country.is_stale(today=datetime.date(2025, 1, 2))
    assert not country.is_stale(today=datetime.date(2024, 12, 31))
