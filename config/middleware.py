"""A strict Content-Security-Policy for the patients' site.

The site's pages load only the app's own scripts, styles and images and have no
inline script or style (tests/site/test_pages.py keeps it so), so the policy
allows nothing else. The admin and the API's interactive docs are staff and
partner tools whose third-party templates use inline code; they keep Django's
other protections (X-Frame-Options, nosniff) and go without this header.
"""

from django.conf import settings


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
