"""The demo data, loaded once for all of tests/demo and rolled back after."""

import pytest
from django.db import transaction


@pytest.fixture(scope="package", autouse=True)
def _demo(django_db_setup, django_db_blocker):
    # Load once inside a transaction rolled back at the end, so each test (its
    # own savepoint) sees the data and no test outside this folder does.
    from demo.loader import demo_load

    with django_db_blocker.unblock(), transaction.atomic():
        report = demo_load()
        yield report
        transaction.set_rollback(True)


@pytest.fixture
def demo_report(_demo):
    """The summary the first load reported."""
    return _demo
