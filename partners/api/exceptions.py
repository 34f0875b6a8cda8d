"""One shape for every API error: `{"errors": {"<parameter>": ["<message>"]}}`.

Errors about a query parameter are keyed by its name (`modality`, `page_size`,
`cursor`, `countries`); errors about the request as a whole by `detail`.
"""

import logging

from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

logger = logging.getLogger(__name__)

GENERAL_KEYS = ("detail", "non_field_errors", "__all__")


def _messages(value):
    if isinstance(value, dict):
        return [str(m) for messages in value.values() for m in _messages(messages)]
    if isinstance(value, list | tuple):
        return [m for item in value for m in _messages(item)]
    return [str(value)]


def error_body(data):
    """Normalise DRF's error data to {key: [messages]}."""
    if isinstance(data, dict):
        errors = {}
        for key, value in data.items():
            key = "detail" if key in GENERAL_KEYS else key
            errors.setdefault(key, []).extend(_messages(value))
        return {"errors": errors}
    return {"errors": {"detail": _messages(data)}}


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        # A bug: log it with its traceback, but still answer in the API's shape.
        logger.exception("Unhandled error in the partner API", exc_info=exc)
        return Response(
            {"errors": {"detail": [_("Internal error; it has been logged.")]}},
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )
    response.data = error_body(response.data)
    return response
