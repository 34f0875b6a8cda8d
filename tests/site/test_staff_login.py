"""Staff logins hold: lockout after 5 failures, failures recorded, idle timeout."""

import datetime
import time

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def curator(django_user_model):
    return django_user_model.objects.create_user(
        "curator", password="the right one 42", is_staff=True, is_superuser=True
    )


def attempt(client, password, username="curator", address="198.51.100.7"):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


def test_the_sixth_try_is_refused_even_with_the_right_password(client, curator):
    for _ in range(4):
        assert attempt(client, "wrong").status_code == 200  # the form again
    assert attempt(client, "wrong").status_code == 429  # the fifth locks

    response = attempt(client, "the right one 42")

    assert response.status_code == 429
    assert not signed_in(client)
    assert AccessFailureLog.objects.filter(username="curator").count() >= 5


def test_the_lock_holds_per_account_from_any_address(client, curator):
    for n in range(5):
        attempt(client, "wrong", address=f"203.0.113.{n}")

    assert attempt(client, "the right one 42", address="192.0.2.1").status_code == 429


def test_the_lock_holds_per_address_whatever_the_account(client, curator):
    for n in range(5):
        attempt(client, "wrong", username=f"guess{n}")

    assert attempt(client, "the right one 42").status_code == 429


def test_the_right_password_works_again_when_the_lock_expires(client, curator):
    for _ in range(5):
        attempt(client, "wrong")
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - datetime.timedelta(hours=1)
    )

    response = attempt(client, "the right one 42")

    assert response.status_code == 302
    assert signed_in(client)


def test_an_idle_staff_session_is_signed_out(client, curator, settings):
    client.force_login(curator)
    assert signed_in(client)
    session = client.session
    session["staff_seen_at"] = int(time.time()) - 31 * 60
    session.save()

    assert client.get("/admin/").status_code == 302


def test_a_staff_session_ends_after_its_lifetime_however_busy(client, curator):
    client.force_login(curator)
    assert signed_in(client)
    session = client.session
    session["staff_started_at"] = int(time.time()) - 9 * 3600
    session.save()

    assert client.get("/admin/").status_code == 302
