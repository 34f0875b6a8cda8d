"""HTTP caching for the partner API: ETag, Last-Modified and 304s.

The ETag hashes the rendered body, so it changes exactly when the answer does
(a draft unpublished, a nested offering edited, a row leaving the page). Last-
Modified is the newest `updated_at` among the records in the response; nested
facts without timestamps don't move it, so clients that can should revalidate
with If-None-Match, which takes precedence over If-Modified-Since.
"""

import calendar
from functools import partial

from django.http import JsonResponse
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date
from rest_framework.renderers import JSONRenderer


def newest(records):
    """Return the latest `updated_at` of `records`, or None."""
    stamps = [r.updated_at for r in records if getattr(r, "updated_at", None)]
    return max(stamps) if stamps else None


def _conditional(request, last_modified, response):
    set_response_etag(response)
    timestamp = None
    if last_modified is not None:
        timestamp = calendar.timegm(last_modified.utctimetuple())
        response.headers["Last-Modified"] = http_date(timestamp)
    answer = get_conditional_response(
        request, etag=response.get("ETag"), last_modified=timestamp, response=response
    )
    if answer.status_code == 412:
        # If-Match / If-Unmodified-Since failed: say so in the API's error shape.
        return JsonResponse(
            {
                "errors": {
                    "detail": [
                        "Precondition failed: the resource has changed since the "
                        "ETag or date you sent."
                    ]
                }
            },
            status=412,
        )
    return answer


class ConditionalGetMixin:
    """Answer conditional GETs with 304 and always render errors as JSON."""

    last_modified = None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ["Accept", "Authorization"])
        if response.status_code >= 400:
            # Errors are JSON even when the client asked for CSV.
            response.accepted_renderer = JSONRenderer()
            response.accepted_media_type = JSONRenderer.media_type
            return response
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            patch_cache_control(response, no_cache=True)
            response.add_post_render_callback(
                partial(_conditional, request._request, self.last_modified)
            )
        return response
