"""When the shared cache (a real Redis) dies under a running server, nothing 5xx.

The API's throttles count per process while Redis is away, `/readyz` says the
cache is down, and all is back to normal when Redis returns, with no restart.
"""

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

PATHS = ["/api/v1/centers/", "/api/v1/countries/", "/", "/centers/", "/readyz"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisProcess:
    """A throwaway redis-server on a port of its own, stopped and started at will."""

    def __init__(self, binary, port):
        self.binary, self.port, self.process = binary, port, None

    def start(self):
        self.process = subprocess.Popen(
            [
                *(self.binary, "--port", str(self.port), "--bind", "127.0.0.1"),
                *("--save", "", "--appendonly", "no"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


@pytest.fixture
def redis_process():
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing: .ci/run installs it")
        pytest.skip("redis-server is not installed")
    redis = RedisProcess(binary, free_port())
    redis.start()
    yield redis
    redis.stop()


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_a_redis_outage_under_a_running_server_answers_no_5xx(
    live_server, settings, redis_process
):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{redis_process.port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    settings.ONCOATLAS_API_ANON_RATE = "1000/min"

    def sweep():
        return [status_of(live_server.url + path) for path in PATHS * 4]

    before = sweep()
    redis_process.stop()
    during = sweep()
    ready_during = status_of(live_server.url + "/readyz")
    redis_process.start()
    after = sweep()
    ready_after = status_of(live_server.url + "/readyz")

    for phase in (before, during, after):
        assert all(status < 500 for status, _body in phase), phase
    assert ready_during[0] == 200
    assert b'"cache": "unavailable"' in ready_during[1]
    assert b'"status": "degraded"' in ready_during[1]
    assert b'"cache": "ok"' in ready_after[1]


def test_readyz_reports_database_and_cache_separately(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_a_cache_outage_is_logged_once_not_per_request(caplog, monkeypatch):
    from partners.api import throttling

    monkeypatch.setattr(throttling, "_last_warning", 0.0)
    monkeypatch.setattr(throttling.time, "monotonic", lambda: 10_000.0)
    for _ in range(5):
        throttling.warn_cache_down(ConnectionError("refused"))

    assert (
        len([r for r in caplog.records if "Shared cache unavailable" in r.message]) == 1
    )
