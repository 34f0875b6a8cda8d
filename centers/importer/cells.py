"""Check one cell of a facility row: each function returns the value it reads
and reports a problem by column, so a row's errors read alike every time."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from django.utils import timezone

from centers.importer.parse import (
    normalize_name,
    parse_int,
    parse_particles,
    split_urls,
)
from centers.importer.vocab import STATUS_HINT, CountryNames, parse_status
from centers.models import Center
from curation.models import (
    EARLIEST_PLAUSIBLE_YEAR,
    LATEST_PLAUSIBLE_YEAR,
    Confidence,
    Source,
)

MAX_NAME = Center._meta.get_field("name").max_length
MAX_CITY = Center._meta.get_field("city").max_length
MAX_URL = Source._meta.get_field("url").max_length
MAX_ROOMS = 32767  # the largest value a PositiveSmallIntegerField holds
# 2026-11-21, 2026/11/21, or a spreadsheet's 2026-11-21 00:00:00.
ISO_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]00:00(?::00)?)?")

# Reports one problem of the row: problem(column, message).
Problem = Callable[[str, str], None]


def check_text(values: dict[str, str], problem: Problem) -> None:
    for column, value in values.items():
        if "\x00" in value:
            problem(column, "contains a NUL character (is this a text CSV file?)")


def valid_name(raw: str, problem: Problem, column: str = "name") -> str:
    name = normalize_name(raw)
    if not name and column == "name":
        problem(column, "a name is required")
    elif len(name) > MAX_NAME:
        problem(column, f"longer than {MAX_NAME} characters")
    return name


def valid_country(raw: str, countries: CountryNames, problem: Problem) -> str:
    if not raw:
        problem("country", "a country code is required")
        return ""
    code = countries.code(raw)
    if code is None:
        kind = "country code" if len(raw) == 2 else "country name or code"
        problem("country", f"{raw!r} is not a known {kind}")
        return raw.upper()
    return code


def valid_city(raw: str, problem: Problem) -> str:
    city = normalize_name(raw)
    if len(city) > MAX_CITY:
        problem("city", f"longer than {MAX_CITY} characters")
    return city


def valid_particles(raw: str, problem: Problem) -> list[str] | None:
    particles = parse_particles(raw)
    if particles is None:
        problem(
            "particles",
            f"{raw!r} is not a particle list such as 'proton;carbon'",
        )
    return particles


def valid_year(raw: str, problem: Problem, column: str) -> int | None:
    """Return the year in `column`, or None for a blank cell (or a bad one)."""
    if not raw:
        return None
    year = parse_int(raw)
    if year is None:
        problem(column, f"{raw!r} is not a year")
    elif not EARLIEST_PLAUSIBLE_YEAR <= year <= LATEST_PLAUSIBLE_YEAR:
        problem(
            column,
            f"{raw!r} is not a plausible year "
            f"({EARLIEST_PLAUSIBLE_YEAR}-{LATEST_PLAUSIBLE_YEAR})",
        )
        return None
    return year


def valid_rooms(raw: str, problem: Problem, column: str) -> int | None:
    """Return the room count in `column`, or None for a blank cell (or a bad one)."""
    if not raw:
        return None
    rooms = parse_int(raw)
    if rooms is None or rooms < 0 or rooms > MAX_ROOMS:
        problem(column, f"{raw!r} is not a non-negative whole number")
        return None
    return rooms


def valid_urls(raw: str, problem: Problem) -> list[str]:
    urls = split_urls(raw)
    if not urls:
        problem("source_url", "at least one source URL is required")
    for url in urls:
        try:
            parts = urlsplit(url)
        except ValueError:  # e.g. "https://[bad/": an unclosed IPv6 bracket
            problem("source_url", f"{url!r} is not an http(s) URL")
            continue
        if parts.scheme not in ("http", "https") or not parts.hostname:
            problem("source_url", f"{url!r} is not an http(s) URL")
        elif len(url) > MAX_URL:
            problem("source_url", f"URL longer than {MAX_URL} characters")
    return urls


def valid_confidence(raw: str, problem: Problem) -> str:
    confidence = raw.lower() or Confidence.MEDIUM
    if confidence not in Confidence.values:
        problem("confidence", f"{raw!r} is not one of high, medium, low")
    return confidence


def valid_status(raw: str, problem: Problem) -> tuple[str | None, int | None]:
    """Return (status, the year written beside it, if any)."""
    parsed = parse_status(raw)
    if parsed is None:
        problem("status", f"{raw!r} is not a status ({STATUS_HINT})")
        return None, None
    return parsed


def valid_date(raw: str, problem: Problem, column: str) -> datetime.date | None:
    """Return the YYYY-MM-DD date in `column`: a past day, or None if blank."""
    if not raw:
        return None
    match = ISO_DATE.fullmatch(raw)
    try:
        day = datetime.date(*map(int, match.groups())) if match else None
    except ValueError:
        day = None
    if day is None:
        problem(column, f"{raw!r} is not a YYYY-MM-DD date")
    elif day > timezone.localdate():
        problem(column, f"{raw!r} is in the future")
        return None
    return day
