"""CSV for partners who work in spreadsheets: `?format=csv` on any endpoint.

Each result of a list (or the one object of a detail) becomes one row; the
comparison sends its own rows. Nested objects flatten to dotted columns
(`country.slug`), lists of related objects to their slugs (or titles, or URLs)
joined by "; ", and an offering to `<modality> (<status>)`.
"""

import csv
import io

from rest_framework.renderers import BaseRenderer

LIST_SEPARATOR = "; "
# A cell starting with one of these is a formula to a spreadsheet (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LABEL_KEYS = ("slug", "code", "title", "name", "url", "text")


def _label(item):
    if not isinstance(item, dict):
        return "" if item is None else str(item)
    if isinstance(item.get("modality"), dict):
        return f"{item['modality'].get('slug')} ({item.get('status') or 'unknown'})"
    for key in ("service", "accreditation", "center"):
        if isinstance(item.get(key), dict):
            return _label(item[key])
    for key in LABEL_KEYS:
        if item.get(key) not in (None, ""):
            return str(item[key])
    return ""


def spreadsheet_safe(cell):
    """Text for a CSV cell that a spreadsheet shows as text, never runs as a formula."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def flatten(record, prefix=""):
    """Flatten one JSON object to {column: text}."""
    flat = {}
    for key, value in record.items():
        column = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, prefix=f"{column}."))
        elif isinstance(value, list | tuple):
            flat[column] = LIST_SEPARATOR.join(_label(item) for item in value)
        elif value is None:
            flat[column] = ""
        elif isinstance(value, bool):
            flat[column] = "true" if value else "false"
        else:
            flat[column] = str(value)
    return flat


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        rows = getattr(response, "csv_rows", None)
        if rows is None:
            if isinstance(data, dict) and "results" in data:
                records = data["results"]
            elif isinstance(data, list):
                records = data
            else:
                records = [data] if data else []
            flat = [flatten(record) for record in records if isinstance(record, dict)]
            header = []
            for record in flat:
                header.extend(column for column in record if column not in header)
            rows = [header, *([record.get(c, "") for c in header] for record in flat)]
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerows([[spreadsheet_safe(cell) for cell in row] for row in rows])
        return out.getvalue().encode(self.charset)
