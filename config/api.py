"""The partner API's routes, mounted at /api/: v1 resources, schema and docs.

Anything else under /api/ is a JSON 404, never the site's HTML page.
"""

from django.http import JsonResponse
from django.urls import Resolver404, include, path, re_path, resolve
from django.utils.translation import gettext as _
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework import routers

from centers.api.views import (
    AccreditationViewSet,
    CancerTypeViewSet,
    CenterViewSet,
    CountryViewSet,
    PartnershipViewSet,
    SupportiveServiceViewSet,
    TreatmentModalityViewSet,
)
from comparisons.api.views import ComparisonApiView
from curation.api.views import SourceViewSet
from destinations.api.views import FundingPathwayViewSet


class Router(routers.DefaultRouter):
    # `?format=csv` picks the renderer; `.csv` suffixes would double every route.
    include_format_suffixes = False


router = Router()
router.register("countries", CountryViewSet, basename="country")
router.register("centers", CenterViewSet, basename="center")
router.register("modalities", TreatmentModalityViewSet, basename="modality")
router.register("services", SupportiveServiceViewSet, basename="service")
router.register("cancer-types", CancerTypeViewSet, basename="cancer-type")
router.register("accreditations", AccreditationViewSet, basename="accreditation")
router.register("partnerships", PartnershipViewSet, basename="partnership")
router.register("funding-pathways", FundingPathwayViewSet, basename="funding-pathway")
router.register("sources", SourceViewSet, basename="source")


def not_found(request, path=""):
    """Answer unknown API paths in the API's error shape."""
    message = _("No API endpoint at %(path)s.") % {"path": request.path}
    if not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not not_found:
            message += " " + _("Did you mean %(path)s/?") % {"path": request.path}
    return JsonResponse({"errors": {"detail": [message]}}, status=404)


app_name = "api"

v1 = [
    path("compare/", ComparisonApiView.as_view(), name="compare"),
    path("schema/", SpectacularAPIView.as_view(api_version="v1"), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
]

urlpatterns = [
    path("v1/", include(v1)),
    # Any path at all, newlines included (a `%0A` must not reach the site's 404).
    re_path(r"^(?P<path>(?s:.*))$", not_found),
]
