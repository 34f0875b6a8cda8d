"""Fixtures for the centers tests."""

import pytest

from tests.factories import CountryFactory


@pytest.fixture
def japan():
    return CountryFactory(code="JP", name="Japan", slug="japan", region="asia-pacific")


@pytest.fixture
def germany():
    return CountryFactory(code="DE", name="Germany", slug="germany")


@pytest.fixture
def countries():
    """Japan and Germany, the countries the facility lists name."""
    return [
        CountryFactory(code="JP", name="Japan", slug="japan"),
        CountryFactory(code="DE", name="Germany", slug="germany"),
    ]
