"""The staff admin of the stored exchange rates."""

import datetime

import pytest

from curation.models import ExchangeRate
from tests.admin_forms import admin_url

pytestmark = pytest.mark.django_db


def add_table(on_date):
    """Another day's table: a copy of the shipped rates, dated `on_date`."""
    ExchangeRate.objects.bulk_create(
        ExchangeRate(
            currency=rate.currency,
            per_euro=rate.per_euro,
            on_date=on_date,
            source_url=rate.source_url,
            source_title=rate.source_title,
        )
        for rate in ExchangeRate.objects.filter(on_date=datetime.date(2019, 10, 1))
    )


def test_rates_changelist_runs_the_same_queries_for_one_table_or_three(
    admin_client, django_assert_num_queries
):
    url = admin_url(ExchangeRate, "changelist")
    # session, user, count of the filtered rows, count of all rows, the page of
    # rows, the dates of the date hierarchy, the on_date filter's dates
    with django_assert_num_queries(7):
        response = admin_client.get(url)
    assert len(response.context["cl"].result_list) == 31

    add_table(datetime.date(2025, 1, 2))
    add_table(datetime.date(2025, 1, 3))
    with django_assert_num_queries(7):
        response = admin_client.get(url)
    assert response.context["cl"].result_count == 93
