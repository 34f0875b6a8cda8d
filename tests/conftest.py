"""Shared fixtures: factories are in tests/factories.py."""

import pytest


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # The manifest storage used with debug off needs collectstatic; tests don't.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }
    # Serve static files from the app folders, as runserver does: a fresh clone
    # has no collected STATIC_ROOT and whitenoise would warn on every request.
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture
def modality():
    """Return a modality the taxonomy migration installed, by slug."""
    from centers.models import TreatmentModality

    return lambda slug: TreatmentModality.objects.get(slug=slug)


@pytest.fixture
def world(db):
    """Japan, Germany, the United States and South Korea with their centers."""
    from tests.world import build_world

    return build_world()


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Throttle counters live in the cache: every test starts with a clean slate.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api_client():
    from rest_framework.test import APIClient

    return APIClient()


@pytest.fixture
def only_curated_countries(db):
    """Drop the uncurated ISO 3166 rows the reference migration installs.

    For tests of what a curator's list shows (changelists, the "needs attention"
    counts), which would otherwise page through 249 countries.
    """
    from destinations.models import Country

    Country.objects.filter(region="", centers__isnull=True).delete()
