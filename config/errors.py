"""Error pages: the site's HTML, but JSON in the API's error shape under /api/.

Whatever path a client sends (a newline, a stray character), an API client
always gets JSON back, never the patients' HTML page.
"""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults


def is_api(request):
    return request.path.startswith("/api/")


def page_not_found(request, exception):
    if is_api(request):
        message = _("No API endpoint at %(path)s.") % {"path": request.path}
        return JsonResponse({"errors": {"detail": [message]}}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    if is_api(request):
        message = _("Something went wrong on our side; please try again later.")
        return JsonResponse({"errors": {"detail": [message]}}, status=500)
    return defaults.server_error(request)
