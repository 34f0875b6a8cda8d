"""API-key authentication: `Authorization: Api-Key <key>` or `Bearer <key>`.

No header means an anonymous client (allowed, at a lower rate). A header with a
bad, revoked or expired key is a 401, never a silent downgrade to anonymous.
"""

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import authentication, exceptions

from partners.models import ApiKey, prefix_of

SCHEMES = ("api-key", "bearer")


class ApiKeyAuthentication(authentication.BaseAuthentication):
    """Authenticate a partner by API key; `request.auth` is the `ApiKey`."""

    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "").strip()
        if not header:
            return None
        scheme, _sep, raw_key = header.partition(" ")
        raw_key = raw_key.strip()
        if scheme.lower() not in SCHEMES:
            raise exceptions.AuthenticationFailed(
                _("Unsupported authorization scheme: send 'Api-Key <key>'.")
            )
        prefix = prefix_of(raw_key) if raw_key else None
        api_key = ApiKey.objects.filter(prefix=prefix).first() if prefix else None
        if api_key is None or not api_key.matches(raw_key):
            raise exceptions.AuthenticationFailed(_("Invalid API key."))
        now = timezone.now()
        if api_key.is_revoked:
            raise exceptions.AuthenticationFailed(_("This API key has been revoked."))
        if api_key.is_expired(now):
            raise exceptions.AuthenticationFailed(_("This API key has expired."))
        api_key.touch(now)
        # Partners are not site users: the key itself is the credential.
        return AnonymousUser(), api_key

    def authenticate_header(self, request):
        return 'Api-Key realm="OncoAtlas API"'
