import pytest

from tests.factories import CountryFactory


@pytest.fixture
def japan():
    return CountryFactory(code="JP", name="Japan", slug="japan", region="asia-pacific")


@pytest.fixture
def germany():
    return CountryFactory(code="DE", name="Germany", slug="germany")
