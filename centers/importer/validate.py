"""Check a facility list before anything is written, naming line and column.

Every problem of every row is collected, so one run tells the curator all that
is wrong with the file; a file with any problem is never written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from centers.importer.parse import (
    KNOWN_COLUMNS,
    REQUIRED_COLUMNS,
    normalize_header,
    normalize_name,
    parse_int,
    parse_particles,
    read_records,
    record_values,
    split_urls,
)
from centers.importer.report import FacilityImportReport
from centers.models import Center, OfferingStatus
from curation.models import (
    EARLIEST_PLAUSIBLE_YEAR,
    LATEST_PLAUSIBLE_YEAR,
    Confidence,
    Source,
)

STATUS_ALIASES = {
    "operating": OfferingStatus.OPERATIONAL,
    "closed": OfferingStatus.CLOSED,
    "unknown": OfferingStatus.UNKNOWN,
    "": OfferingStatus.UNKNOWN,  # blank means "not found in a source"
    **{status.value: status for status in OfferingStatus},
}
MAX_NAME = Center._meta.get_field("name").max_length
MAX_CITY = Center._meta.get_field("city").max_length
MAX_URL = Source._meta.get_field("url").max_length
MAX_ROOMS = 32767  # the largest value a PositiveSmallIntegerField holds

# Reports one problem of the row: problem(column, message).
Problem = Callable[[str, str], None]


@dataclass
class FacilityRow:
    """One validated row of a facility list."""

    line: int
    name: str
    country_code: str
    city: str
    particles: list[str]
    first_year: int | None
    rooms: int | None
    urls: list[str]
    confidence: str
    status: str
    notes: str
    columns: frozenset[str]  # the file's columns: absent ones leave stored values


def read_rows(
    stream: Iterable[str],
    report: FacilityImportReport,
    country_codes: set[str],
    progress: Callable[[str], None] | None,
    *,
    progress_every: int,
) -> list[FacilityRow]:
    """Validate the whole file, returning good rows; problems go to the report."""
    records = read_records(stream, report)
    first = next(records, None)
    if first is None:
        if not report.errors:
            report.errors.append("the file is empty: no header row")
        return []
    header_line, cells = first
    header = [normalize_header(cell) for cell in cells]
    columns = check_header(header, header_line, report)
    if report.errors:
        return []
    file_columns = frozenset(column for _, column in columns)
    rows = []
    first_lines = {}  # (name, country) -> the line that first named it
    for line, record in records:
        report.rows += 1
        if len(record) > len(header) and any(
            cell.strip() for cell in record[len(header) :]
        ):
            report.errors.append(
                f"line {line}: {len(record)} values but only "
                f"{len(header)} columns in the header"
            )
            continue
        values = record_values(record, columns)
        row = validate_row(line, values, file_columns, country_codes, report.errors)
        key = (
            normalize_name(values.get("name", "")),
            values.get("country", "").upper(),
        )
        if key[0] and key in first_lines:
            report.errors.append(
                f"line {line}, column name: {key[0]!r} in {key[1]} "
                f"already appears on line {first_lines[key]}"
            )
        elif row is not None:
            rows.append(row)
        first_lines.setdefault(key, line)
        if progress and report.rows % progress_every == 0:
            progress(f"validated {report.rows} rows")
    return rows


def check_header(
    header: list[str], line: int, report: FacilityImportReport
) -> list[tuple[int, str]]:
    """Return (index, column) pairs of known columns; report what is wrong."""
    columns = []
    for index, name in enumerate(header):
        if name in KNOWN_COLUMNS:
            if name in [column for _, column in columns]:
                report.errors.append(f"line {line}: column {name!r} appears twice")
            columns.append((index, name))
        elif name:
            report.warnings.append(f"line {line}: unknown column {name!r} ignored")
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        report.errors.append(
            f"line {line}: missing required column(s) {', '.join(missing)}; "
            f"expected {', '.join(KNOWN_COLUMNS)}"
        )
    return columns


def validate_row(
    line: int,
    values: dict[str, str],
    columns: frozenset[str],
    country_codes: set[str],
    errors: list[str],
) -> FacilityRow | None:
    """Return a FacilityRow, or None after appending this row's errors."""
    problems = []

    def problem(column, message):
        problems.append(f"line {line}, column {column}: {message}")

    # The checks run in a fixed order, so a row's errors always read alike.
    _check_text(values, problem)
    name = _valid_name(values.get("name", ""), problem)
    code = _valid_country(values.get("country", ""), country_codes, problem)
    city = _valid_city(values.get("city", ""), problem)
    particles = _valid_particles(values.get("particles", ""), problem)
    first_year = _valid_year(values.get("first_treatment_year", ""), problem)
    rooms = _valid_rooms(values.get("treatment_rooms", ""), problem)
    urls = _valid_urls(values.get("source_url", ""), problem)
    confidence = _valid_confidence(values.get("confidence", ""), problem)
    status = _valid_status(values.get("status", ""), problem)

    if problems:
        errors.extend(problems)
        return None
    return FacilityRow(
        line=line,
        name=name,
        country_code=code,
        city=city,
        particles=particles,
        first_year=first_year,
        rooms=rooms,
        urls=urls,
        confidence=confidence,
        status=str(status),
        notes=values.get("notes", ""),
        columns=columns,
    )


def _check_text(values: dict[str, str], problem: Problem) -> None:
    for column, value in values.items():
        if "\x00" in value:
            problem(column, "contains a NUL character (is this a text CSV file?)")


def _valid_name(raw: str, problem: Problem) -> str:
    name = normalize_name(raw)
    if not name:
        problem("name", "a name is required")
    elif len(name) > MAX_NAME:
        problem("name", f"longer than {MAX_NAME} characters")
    return name


def _valid_country(raw: str, country_codes: set[str], problem: Problem) -> str:
    code = raw.upper()
    if not code:
        problem("country", "a country code is required")
    elif code not in country_codes:
        problem("country", f"{raw!r} is not a known country code")
    return code


def _valid_city(raw: str, problem: Problem) -> str:
    if len(raw) > MAX_CITY:
        problem("city", f"longer than {MAX_CITY} characters")
    return raw


def _valid_particles(raw: str, problem: Problem) -> list[str] | None:
    particles = parse_particles(raw)
    if particles is None:
        problem(
            "particles",
            f"{raw!r} is not a particle list such as 'proton;carbon'",
        )
    return particles


def _valid_year(raw: str, problem: Problem) -> int | None:
    """Return the first treatment year, or None for a blank cell (or a bad one)."""
    if not raw:
        return None
    year = parse_int(raw)
    if year is None:
        problem("first_treatment_year", f"{raw!r} is not a year")
    elif not EARLIEST_PLAUSIBLE_YEAR <= year <= LATEST_PLAUSIBLE_YEAR:
        problem(
            "first_treatment_year",
            f"{raw!r} is not a plausible year "
            f"({EARLIEST_PLAUSIBLE_YEAR}-{LATEST_PLAUSIBLE_YEAR})",
        )
    return year


def _valid_rooms(raw: str, problem: Problem) -> int | None:
    """Return the treatment room count, or None for a blank cell (or a bad one)."""
    if not raw:
        return None
    rooms = parse_int(raw)
    if rooms is None or rooms < 0 or rooms > MAX_ROOMS:
        problem("treatment_rooms", f"{raw!r} is not a non-negative whole number")
    return rooms


def _valid_urls(raw: str, problem: Problem) -> list[str]:
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


def _valid_confidence(raw: str, problem: Problem) -> str:
    confidence = raw.lower() or Confidence.MEDIUM
    if confidence not in Confidence.values:
        problem("confidence", f"{raw!r} is not one of high, medium, low")
    return confidence


def _valid_status(raw: str, problem: Problem) -> str | None:
    status = STATUS_ALIASES.get(raw.lower())
    if status is None:
        allowed = ", ".join(sorted({key for key in STATUS_ALIASES if key}))
        problem("status", f"{raw!r} is not a status ({allowed})")
    return status
