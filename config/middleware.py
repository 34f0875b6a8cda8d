"""A strict Content-Security-Policy for the patients' site.

The site's pages load only the app's own scripts, styles and images and have no
inline script or style (tests/site/test_pages.py keeps it so), so the policy
allows nothing else. The admin and the API's interactive docs are staff and
partner tools whose third-party templates use inline code; they keep Django's
other protections (X-Frame-Options, nosniff) and go without this header.
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.ONCOATLAS_CSP
        self.exempt = tuple(settings.ONCOATLAS_CSP_EXEMPT_PATHS)

    def __call__(self, request):
        response = self.get_response(request)
        if (
            self.policy
            and not request.path.startswith(self.exempt)
            and "Content-Security-Policy" not in response
        ):
            response["Content-Security-Policy"] = self.policy
        return response


class PermissionsPolicyMiddleware:
    """Switch off browser features no page uses (camera, location...), everywhere."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.ONCOATLAS_PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy:
            response.setdefault("Permissions-Policy", self.policy)
        return response


# Idle time is recorded at most this often, so a busy curator's requests don't
# each write the session.
SEEN_RESOLUTION_SECONDS = 60


def staff_session_started(sender, request, user, **kwargs):
    """Stamp a new session's start: its lifetime counts from signing in."""
    now = int(time.time())
    request.session["staff_started_at"] = now
    request.session["staff_seen_at"] = now


user_logged_in.connect(staff_session_started, dispatch_uid="staff_session_started")


class StaffSessionTimeoutMiddleware:
    """Sign staff out after ONCOATLAS_STAFF_IDLE_MINUTES idle, and in any case
    ONCOATLAS_STAFF_SESSION_HOURS after signing in (the cookie's own age)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            session = request.session
            started = session.get("staff_started_at", now)
            seen = session.get("staff_seen_at", now)
            idle = settings.ONCOATLAS_STAFF_IDLE_MINUTES * 60
            lifetime = settings.ONCOATLAS_STAFF_SESSION_HOURS * 3600
            if now - seen > idle or now - started > lifetime:
                logout(request)
            elif (
                now - seen >= SEEN_RESOLUTION_SECONDS or "staff_seen_at" not in session
            ):
                session["staff_started_at"] = started
                session["staff_seen_at"] = now
        return self.get_response(request)
