"""Deployment checks for the API's plumbing (run by `manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def shared_cache_for_throttles(app_configs, **kwargs):
    """Throttles count in the cache: without a shared one, each process counts alone."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend.endswith(("LocMemCache", "DummyCache")):
        return [
            Warning(
                "No shared cache: the API's rate limits count per process, so "
                "with several workers or instances a client gets that many "
                "times the configured rate.",
                hint="Set CACHE_URL to a Redis server every instance shares.",
                id="partners.W001",
            )
        ]
    return []
