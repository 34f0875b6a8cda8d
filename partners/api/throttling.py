"""Rate limits: a modest one for anonymous clients, a higher one per API key.

Rates are read from settings on every request (not frozen at import, as DRF's
own throttles do) so they follow the environment and test overrides.
"""

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from partners.models import ApiKey


class AnonymousRateThrottle(SimpleRateThrottle):
    """Limit clients without a key, by IP address."""

    scope = "anon"

    def get_rate(self):
        return settings.ONCOATLAS_API_ANON_RATE

    def get_cache_key(self, request, view):
        if request.auth is not None:
            return None
        return self.cache_format % {
            "scope": self.scope,
            "ident": self.get_ident(request),
        }


class ApiKeyRateThrottle(SimpleRateThrottle):
    """Limit each API key on its own, whatever address it calls from."""

    scope = "api-key"

    def get_rate(self):
        return settings.ONCOATLAS_API_KEY_RATE

    def get_cache_key(self, request, view):
        if not isinstance(request.auth, ApiKey):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
