"""Health endpoints for load balancers and uptime checks.

`/healthz` is liveness: the process answers and so does its database. `/readyz`
is readiness, reported per shared part: the database (503 without it: this
instance cannot serve) and the cache (200 "degraded" without it: pages and API
still answer, throttles count per process).
"""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from partners.api.throttling import CACHE_ERRORS

logger = logging.getLogger(__name__)


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return False
    return True


def cache_answers():
    try:
        cache.set("readyz", "ok", 10)
        return cache.get("readyz") == "ok"
    except CACHE_ERRORS:
        logger.warning("Readiness check: the cache does not answer")
        return False


@never_cache
def healthz(request):
    if not database_answers():
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@never_cache
def readyz(request):
    database = database_answers()
    shared_cache = cache_answers()
    body = {
        "status": "ok" if database and shared_cache else "degraded",
        "database": "ok" if database else "unavailable",
        "cache": "ok" if shared_cache else "unavailable",
    }
    if not database:
        body["status"] = "error"
    return JsonResponse(body, status=200 if database else 503)
