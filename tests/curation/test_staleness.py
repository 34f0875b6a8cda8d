"""Facts are dated honestly: verified only when checked, stale on old sources."""

import datetime

import pytest

from curation.models import Source
from tests.factories import CountryFactory, CountrySourceFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 1)


def country_citing(as_of, *, last_verified=TODAY):
    country = CountryFactory(code="JP", name="Japan", last_verified=last_verified)
    CountrySourceFactory(country=country, source__as_of=as_of)
    return country


def test_a_fact_read_today_from_a_2009_letter_is_stale():
    country = country_citing(datetime.date(2009, 3, 1))

    assert country.staleness(TODAY) == "source"
    assert country.is_stale(TODAY)


def test_a_fact_from_a_recent_source_verified_recently_is_not_stale():
    country = country_citing(datetime.date(2025, 6, 1))

    assert country.staleness(TODAY) == ""
    assert country.newest_source_date() == datetime.date(2025, 6, 1)


def test_the_newest_source_decides_when_there_are_several():
    country = country_citing(datetime.date(2009, 3, 1))
    CountrySourceFactory(country=country, source__as_of=datetime.date(2025, 1, 1))

    assert not country.is_stale(TODAY)


def test_verified_long_ago_is_stale_whatever_the_source(settings):
    settings.STALE_AFTER_DAYS = 30
    country = country_citing(
        datetime.date(2026, 1, 1), last_verified=datetime.date(2026, 1, 1)
    )

    assert country.staleness(TODAY) == "verified"


def test_never_verified_is_said_so_not_dated(client):
    country = country_citing(None, last_verified=None)

    html = client.get(country.get_absolute_url()).text

    assert "Not yet verified by a curator" in html
    assert "Last verified" not in html
    assert not country.is_stale(TODAY)


def test_the_page_names_the_sources_own_date_and_flags_it(client):
    country = country_citing(datetime.date(2009, 3, 1))

    html = client.get(country.get_absolute_url()).text

    assert "newest source dated Mar 2009" in html
    assert "possibly out of date" in html
    assert Source.objects.get().as_of.year == 2009
