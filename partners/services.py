"""Issuing and revoking partners' API keys."""

from django.utils import timezone

from partners.models import ApiKey, generate_key, hash_key


def api_key_set_secret(api_key):
    """Give an unsaved key its secret: set prefix and hash, return the raw key."""
    raw_key, prefix = generate_key()
    while ApiKey.objects.filter(prefix=prefix).exists():
        # A prefix collision (about 1 in 62^8 per pair of keys): draw again.
        raw_key, prefix = generate_key()
    api_key.prefix = prefix
    api_key.hashed_key = hash_key(raw_key)
    return raw_key


def api_key_issue(*, partner, name="", created_by=None, expires_at=None, notes=""):
    """Create a key and return `(api_key, raw_key)`; the raw key is never stored."""
    api_key = ApiKey(
        partner=partner,
        name=name,
        created_by=created_by,
        expires_at=expires_at,
        notes=notes,
    )
    raw_key = api_key_set_secret(api_key)
    api_key.save()
    return api_key, raw_key


def api_keys_revoke(*, queryset, now=None):
    """Revoke every key in `queryset` not already revoked; return how many."""
    now = now or timezone.now()
    revoked = 0
    for api_key in queryset.filter(revoked_at__isnull=True):
        # Saved one by one so each revocation lands in the key's history.
        api_key.revoked_at = now
        api_key.save(update_fields=["revoked_at"])
        revoked += 1
    return revoked
