"""The staff admin of the stored exchange rates, and cost figures by kind."""

import datetime

import pytest

from centers.models import CostEstimate, CostKind
from curation.models import ExchangeRate
from tests.admin_forms import admin_url
from tests.factories import CostEstimateFactory

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


def test_cost_estimates_filter_by_kind_and_payer(admin_client):
    CostEstimateFactory(scope="Tariff", kind=CostKind.TARIFF)
    CostEstimateFactory(
        scope="Price", kind=CostKind.PER_PATIENT, payer="insured-resident"
    )
    url = admin_url(CostEstimate, "changelist")

    response = admin_client.get(url, {"kind__exact": "tariff"})
    assert [e.scope for e in response.context["cl"].result_list] == ["Tariff"]
    response = admin_client.get(url, {"payer__exact": "insured-resident"})
    assert [e.scope for e in response.context["cl"].result_list] == ["Price"]
    html = admin_client.get(
        admin_url(CostEstimate, "change", response.context["cl"].result_list[0].pk)
    ).content.decode()
    assert 'name="kind"' in html
    assert 'name="payer"' in html
