"""API keys: issue, use, revoke, expire; the admin; authentication errors."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from partners.models import ApiKey, hash_key, prefix_of
from partners.services import api_key_issue, api_keys_revoke

pytestmark = pytest.mark.django_db

URL = "/api/v1/modalities/"


def get(api_client, key, scheme="Api-Key"):
    return api_client.get(URL, HTTP_AUTHORIZATION=f"{scheme} {key}")


def test_issued_key_is_stored_only_as_its_sha256():
    api_key, raw_key = api_key_issue(partner="Acme Health")

    assert raw_key.startswith(f"oa_{api_key.prefix}_")
    assert len(raw_key) > 50
    assert api_key.hashed_key == hash_key(raw_key)
    assert raw_key not in str(ApiKey.objects.values().get())
    assert prefix_of(raw_key) == api_key.prefix


@pytest.mark.parametrize("scheme", ["Api-Key", "Bearer", "bearer"])
def test_a_valid_key_authenticates_in_either_scheme(api_client, scheme):
    _api_key, raw_key = api_key_issue(partner="Acme Health")

    assert get(api_client, raw_key, scheme).status_code == 200


def test_use_records_last_used_at_at_most_once_a_minute(
    api_client, django_assert_num_queries
):
    api_key, raw_key = api_key_issue(partner="Acme Health")
    assert api_key.last_used_at is None

    # The key lookup, the last-used update, the modalities.
    with django_assert_num_queries(3):
        get(api_client, raw_key)
    first_use = ApiKey.objects.get().last_used_at
    assert first_use is not None

    # Within the minute: the key lookup and the modalities, no write.
    with django_assert_num_queries(2):
        get(api_client, raw_key)
    assert ApiKey.objects.get().last_used_at == first_use


def test_a_revoked_key_gets_401(api_client):
    api_key, raw_key = api_key_issue(partner="Acme Health")
    assert api_keys_revoke(queryset=ApiKey.objects.all()) == 1

    response = get(api_client, raw_key)

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Api-Key realm="OncoAtlas API"'
    assert response.json() == {"errors": {"detail": ["This API key has been revoked."]}}
    # Revoking twice changes nothing; history keeps the revocation.
    assert api_keys_revoke(queryset=ApiKey.objects.all()) == 0
    assert api_key.history.count() == 2


def test_an_expired_key_gets_401(api_client):
    api_key, raw_key = api_key_issue(
        partner="Acme Health",
        expires_at=timezone.now() + datetime.timedelta(days=1),
    )
    assert get(api_client, raw_key).status_code == 200

    ApiKey.objects.filter(pk=api_key.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30),
        expires_at=timezone.now() - datetime.timedelta(seconds=1),
    )
    response = get(api_client, raw_key)

    assert response.status_code == 401
    assert response.json() == {"errors": {"detail": ["This API key has expired."]}}
    assert not ApiKey.objects.usable().exists()


@pytest.mark.parametrize(
    "header",
    [
        "Api-Key nonsense",
        "Api-Key oa_AAAAAAAA_not-a-real-secret",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        "Token abc",
    ],
)
def test_a_bad_key_or_another_scheme_gets_401(api_client, header):
    api_key_issue(partner="Acme Health")

    response = api_client.get(URL, HTTP_AUTHORIZATION=header)

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Api-Key")
    assert list(response.json()["errors"]) == ["detail"]


def test_a_right_prefix_with_a_wrong_secret_gets_401(api_client):
    _api_key, raw_key = api_key_issue(partner="Acme Health")

    assert get(api_client, raw_key[:-4] + "AAAA").status_code == 401


def test_session_login_does_not_authenticate_the_api(client, admin_user):
    client.force_login(admin_user)

    # Anonymous access still works; the session is simply not an API credential.
    response = client.get(URL)

    assert response.status_code == 200
    assert "csrftoken" not in response.cookies


def test_key_constraints_reject_expiry_before_issue():
    from django.db import IntegrityError

    api_key, _raw = api_key_issue(partner="Acme Health")
    with pytest.raises(IntegrityError):
        ApiKey.objects.filter(pk=api_key.pk).update(
            expires_at=api_key.created_at - datetime.timedelta(days=1)
        )


# ---------------------------------------------------------------------------
# Admin
# ---------------------------------------------------------------------------


def test_admin_add_generates_the_key_and_shows_it_once(admin_client, admin_user):
    response = admin_client.post(
        reverse("admin:partners_apikey_add"),
        {"partner": "Acme Health", "name": "production sync", "notes": ""},
        follow=True,
    )

    assert response.status_code == 200
    api_key = ApiKey.objects.get()
    assert api_key.created_by == admin_user
    shown = [str(m) for m in get_messages(response.wsgi_request)] or [
        str(m) for m in response.context["messages"]
    ]
    raw_key = next(
        word.rstrip(".")
        for message in shown
        for word in message.split()
        if word.startswith("oa_")
    )
    assert api_key.matches(raw_key)
    # Never again: the change page shows the prefix only.
    change = admin_client.get(
        reverse("admin:partners_apikey_change", args=[api_key.pk])
    )
    assert raw_key not in change.content.decode()
    assert api_key.prefix in change.content.decode()


def test_admin_revoke_action_revokes_selected_keys(admin_client, api_client):
    _api_key, raw_key = api_key_issue(partner="Acme Health")
    other, _other_raw = api_key_issue(partner="Other")

    admin_client.post(
        reverse("admin:partners_apikey_changelist"),
        {"action": "revoke", "_selected_action": [_api_key.pk]},
    )

    assert ApiKey.objects.get(pk=_api_key.pk).is_revoked
    assert not ApiKey.objects.get(pk=other.pk).is_revoked
    assert get(api_client, raw_key).status_code == 401


def test_admin_changelist_query_budget(admin_client, django_assert_num_queries):
    for n in range(30):
        api_key_issue(partner=f"Partner {n}")

    # Session, user, count, total count, keys with their issuer joined.
    with django_assert_num_queries(5):
        response = admin_client.get(reverse("admin:partners_apikey_changelist"))
    assert response.status_code == 200


def test_admin_refuses_a_key_that_expires_before_it_is_issued(admin_client):
    response = admin_client.post(
        reverse("admin:partners_apikey_add"),
        {
            "partner": "Acme Health",
            "name": "",
            "notes": "",
            "expires_at_0": "2000-01-01",
            "expires_at_1": "00:00:00",
        },
    )

    assert response.status_code == 200
    assert "A key must expire after it is issued." in response.content.decode()
    assert not ApiKey.objects.exists()


def test_a_viewer_of_keys_cannot_revoke_them(client, django_user_model):
    from django.contrib.auth.models import Permission

    api_key, _raw = api_key_issue(partner="Acme Health")
    viewer = django_user_model.objects.create_user(
        "viewer", password="x", is_staff=True
    )
    viewer.user_permissions.add(Permission.objects.get(codename="view_apikey"))
    client.force_login(viewer)

    client.post(
        reverse("admin:partners_apikey_changelist"),
        {"action": "revoke", "_selected_action": [api_key.pk]},
    )

    assert not ApiKey.objects.get(pk=api_key.pk).is_revoked


def test_history_cannot_bring_a_revoked_key_back(admin_client, api_client):
    api_key, raw_key = api_key_issue(partner="Acme Health")
    before_revocation = api_key.history.latest()
    api_keys_revoke(queryset=ApiKey.objects.filter(pk=api_key.pk), now=timezone.now())
    url = reverse(
        "admin:partners_apikey_simple_history",
        args=[api_key.pk, before_revocation.history_id],
    )

    assert "Revert" not in admin_client.get(url).content.decode()
    response = admin_client.post(url, {"partner": "Acme Health", "name": ""})

    assert response.status_code == 403
    assert ApiKey.objects.get(pk=api_key.pk).is_revoked
    assert get(api_client, raw_key).status_code == 401
