"""Partners' access to the API: keys staff issue in the admin.

The plumbing every partner endpoint shares (authentication, throttling,
pagination, errors, HTTP caching, CSV) lives in `partners/api/`.
"""

import hashlib
import secrets
import string

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

KEY_SCHEME = "oa"
PREFIX_LENGTH = 8
PREFIX_ALPHABET = string.ascii_letters + string.digits
# last_used_at is a hint for staff, not an audit log: write it at most this often.
LAST_USED_GRANULARITY_SECONDS = 60


def hash_key(raw_key):
    """Hash a key for storage and lookup.

    A plain SHA-256 is right here, unlike for passwords: the key carries 256 bits
    of randomness, so there is nothing to brute-force, and every request pays
    for the hash.
    """
    return hashlib.sha256(raw_key.encode()).hexdigest()


def generate_key():
    """Return a new raw key and its lookup prefix: `oa_<prefix>_<secret>`."""
    prefix = "".join(secrets.choice(PREFIX_ALPHABET) for _ in range(PREFIX_LENGTH))
    return f"{KEY_SCHEME}_{prefix}_{secrets.token_urlsafe(32)}", prefix


def prefix_of(raw_key):
    """Return the lookup prefix of a well-formed key, or None."""
    scheme, sep, rest = raw_key.partition("_")
    prefix = rest[:PREFIX_LENGTH]
    if (
        scheme != KEY_SCHEME
        or not sep
        or len(rest) <= PREFIX_LENGTH + 1
        or rest[PREFIX_LENGTH] != "_"
        or any(char not in PREFIX_ALPHABET for char in prefix)
    ):
        return None
    return prefix


class ApiKeyQuerySet(models.QuerySet):
    def usable(self, now=None):
        """Keep keys that authenticate today: not revoked, not expired."""
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now)
        )


class ApiKey(models.Model):
    """A key a partner sends in the Authorization header to read the API.

    Only a hash of the key is stored; staff see the key once, when it is issued.
    A key is usable until it is revoked or reaches its expiry date. Keyed clients
    get a higher rate limit than anonymous ones.
    """

    partner = models.CharField(
        _("partner"),
        max_length=200,
        help_text=_("The organisation the key is for."),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("What this key is used for, e.g. 'production sync'."),
    )
    prefix = models.CharField(
        _("prefix"),
        max_length=PREFIX_LENGTH,
        unique=True,
        editable=False,
        help_text=_("The public part of the key, used to find it: oa_<prefix>_…"),
    )
    hashed_key = models.CharField(_("hashed key"), max_length=64, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        verbose_name=_("issued by"),
    )
    created_at = models.DateTimeField(_("issued"), auto_now_add=True)
    expires_at = models.DateTimeField(
        _("expires"),
        null=True,
        blank=True,
        help_text=_("Leave blank for a key that stays valid until revoked."),
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    objects = ApiKeyQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["last_used_at"])

    class Meta:
        verbose_name = _("API key")
        ordering = ["partner", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(prefix__regex=rf"^[A-Za-z0-9]{{{PREFIX_LENGTH}}}$"),
                name="%(app_label)s_%(class)s_prefix_format",
            ),
            models.CheckConstraint(
                condition=Q(hashed_key__regex=r"^[0-9a-f]{64}$"),
                name="%(app_label)s_%(class)s_hashed_key_sha256",
            ),
            models.CheckConstraint(
                condition=Q(expires_at__isnull=True)
                | Q(expires_at__gt=F("created_at")),
                name="%(app_label)s_%(class)s_expires_after_issue",
                violation_error_message=_("A key must expire after it is issued."),
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True)
                | Q(revoked_at__gte=F("created_at")),
                name="%(app_label)s_%(class)s_revoked_after_issue",
            ),
        ]

    def __str__(self):
        label = f"{self.partner}: {self.name}" if self.name else self.partner
        return f"{label} ({self.prefix}…)"

    def clean(self):
        # The database checks expiry against the issue time, which a new key
        # only gets on save: check a new key against now, as a form error.
        issued = self.created_at or timezone.now()
        if self.expires_at is not None and self.expires_at <= issued:
            raise ValidationError(
                {"expires_at": _("A key must expire after it is issued.")}
            )

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    def is_expired(self, now=None):
        return self.expires_at is not None and self.expires_at <= (
            now or timezone.now()
        )

    def matches(self, raw_key):
        """Compare a presented key with the stored hash in constant time."""
        return secrets.compare_digest(self.hashed_key, hash_key(raw_key))

    def touch(self, now=None):
        """Record use, writing at most once a minute per key (one UPDATE)."""
        now = now or timezone.now()
        if (
            self.last_used_at is None
            or (now - self.last_used_at).total_seconds()
            >= LAST_USED_GRANULARITY_SECONDS
        ):
            ApiKey.objects.filter(pk=self.pk).update(last_used_at=now)
            self.last_used_at = now
