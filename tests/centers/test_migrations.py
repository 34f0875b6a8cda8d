"""Cost figures that existed before `kind` and `payer` never turn into prices."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("centers", "0005_source_in_curation_partnerships_on_center"),
    ("curation", "0001_initial"),
    ("destinations", "0007_reference_countries_and_languages"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_old_cost_figures_become_unknown_kinds_and_rates_come_and_go():
    old = migrate(BEFORE)
    Country = old.get_model("destinations", "Country")
    # Made here: an earlier transactional test (a live server) may have flushed
    # the reference countries the migrations installed.
    japan, _created = Country.objects.get_or_create(
        code="JP",
        defaults={"name": "Japan", "slug": "japan", "region": "", "currency": "JPY"},
    )
    old.get_model("centers", "CostEstimate").objects.create(
        scope="Ontario", country=japan, currency="CAD", basis="aggregate spend"
    )
    assert "curation_exchangerate" not in connection.introspection.table_names()

    try:
        call_command("migrate", verbosity=0)

        from centers.models import CostEstimate
        from curation.models import ExchangeRate

        estimate = CostEstimate.objects.get(scope="Ontario")
        # Not known to be a price, so shown as context until a curator says so.
        assert (estimate.kind, estimate.payer) == ("other", "unknown")
        assert not estimate.is_price
        assert ExchangeRate.objects.count() == 31

        call_command("migrate", "curation", "0001", verbosity=0)
        assert "curation_exchangerate" not in connection.introspection.table_names()
    finally:
        call_command("migrate", verbosity=0)
        CostEstimate.objects.all().delete()
