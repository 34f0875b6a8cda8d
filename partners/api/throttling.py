"""Rate limits: a modest one for anonymous clients, a higher one per API key.

Rates are read from settings on every request (not frozen at import, as DRF's
own throttles do) so they follow the environment and test overrides.

Counts live in the shared cache (Redis in production) so every worker and
instance counts together. When the cache does not answer, the API keeps
answering: each process counts on its own until the cache is back, and says so
in the log once, not on every request.
"""

import ipaddress
import logging
import time

from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache
from redis.exceptions import RedisError
from rest_framework.throttling import SimpleRateThrottle

from partners.models import ApiKey

logger = logging.getLogger(__name__)

# What a failing cache raises: Redis's own errors, or the socket's.
CACHE_ERRORS = (RedisError, OSError)
# Counts kept in this process while the shared cache is down.
PROCESS_COUNTS = LocMemCache("oncoatlas-throttle-fallback", {"MAX_ENTRIES": 10000})
# Say it again at most this often while the outage lasts.
WARN_EVERY_SECONDS = 300
_last_warning = 0.0


def warn_cache_down(error):
    """Log the outage once per WARN_EVERY_SECONDS, not once per request."""
    global _last_warning
    now = time.monotonic()
    if now - _last_warning >= WARN_EVERY_SECONDS:
        _last_warning = now
        logger.warning(
            "Shared cache unavailable (%s): API throttles count per process "
            "until it answers again.",
            error,
        )


def trusted_networks():
    return [
        ipaddress.ip_network(entry.strip(), strict=False)
        for entry in settings.ONCOATLAS_TRUSTED_PROXIES
        if entry.strip()
    ]


def is_trusted(address, networks):
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(request):
    """The client's address: X-Forwarded-For only as far as trusted proxies say.

    From the connecting address, walk the forwarded chain right to left while
    each hop is a configured proxy; the first address that is not one is the
    client. A client that reaches the app directly is known by its connection,
    whatever header it sends.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    networks = trusted_networks()
    if not networks or not is_trusted(remote, networks):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not is_trusted(hop, networks):
            return hop
    return hops[0] if hops else remote


class ResilientRateThrottle(SimpleRateThrottle):
    """Count in the shared cache; if it fails, count in this process instead."""

    def get_ident(self, request):
        return client_address(request)

    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except CACHE_ERRORS as error:
            warn_cache_down(error)
            self.cache = PROCESS_COUNTS
            return super().allow_request(request, view)


class AnonymousRateThrottle(ResilientRateThrottle):
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


class ApiKeyRateThrottle(ResilientRateThrottle):
    """Limit each API key on its own, whatever address it calls from."""

    scope = "api-key"

    def get_rate(self):
        return settings.ONCOATLAS_API_KEY_RATE

    def get_cache_key(self, request, view):
        if not isinstance(request.auth, ApiKey):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
