"""Check a facility list before anything is written, naming line and column.

Every problem of every row is collected, so one run tells the curator all that
is wrong with the file; a file with any problem is never written.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from centers.importer import cells
from centers.importer.parse import (
    KNOWN_COLUMNS,
    REQUIRED_COLUMNS,
    normalize_header,
    normalize_name,
    read_records,
    record_values,
)
from centers.importer.report import FacilityImportReport
from centers.importer.vocab import CountryNames
from centers.models import NOT_YET_OPEN
from curation.models import EARLIEST_PLAUSIBLE_YEAR, LATEST_PLAUSIBLE_YEAR


@dataclass
class FacilityRow:
    """One validated row of a facility list."""

    line: int
    name: str
    country_code: str
    city: str
    particles: list[str]
    first_year: int | None  # the facility's, or its protons' when it has both
    carbon_year: int | None  # first_carbon_year: the carbon ions' own
    rooms: int | None
    research_rooms: int | None
    status: str
    expected_year: int | None
    urls: list[str]
    confidence: str
    notes: str
    part_of: str
    checked_on: datetime.date | None
    columns: frozenset[str]  # the file's columns: absent ones leave stored values

    @property
    def states_expected_year(self) -> bool:
        """Whether the row says when it opens (a column, or 'Planned (2028)')."""
        return "expected_year" in self.columns or self.expected_year is not None


def read_rows(
    stream: Iterable[str],
    report: FacilityImportReport,
    countries: CountryNames,
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
        row = validate_row(line, values, file_columns, countries, report)
        key = (
            normalize_name(values.get("name", "")),
            row.country_code if row else values.get("country", "").upper(),
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
                report.errors.append(
                    f"line {line}: column {name!r} appears twice (or under "
                    "two headers that mean the same)"
                )
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
    countries: CountryNames,
    report: FacilityImportReport,
) -> FacilityRow | None:
    """Return a FacilityRow, or None after adding this row's errors to `report`."""
    problems = []

    def problem(column, message):
        problems.append(f"line {line}, column {column}: {message}")

    # The checks run in a fixed order, so a row's errors always read alike.
    cells.check_text(values, problem)
    name = cells.valid_name(values.get("name", ""), problem)
    code = cells.valid_country(values.get("country", ""), countries, problem)
    city = cells.valid_city(values.get("city", ""), problem)
    particles = cells.valid_particles(values.get("particles", ""), problem)
    first_year = cells.valid_year(
        values.get("first_treatment_year", ""), problem, "first_treatment_year"
    )
    carbon_year = cells.valid_year(
        values.get("first_carbon_year", ""), problem, "first_carbon_year"
    )
    rooms = cells.valid_rooms(
        values.get("treatment_rooms", ""), problem, "treatment_rooms"
    )
    research_rooms = cells.valid_rooms(
        values.get("research_rooms", ""), problem, "research_rooms"
    )
    expected_year = cells.valid_year(
        values.get("expected_year", ""), problem, "expected_year"
    )
    urls = cells.valid_urls(values.get("source_url", ""), problem)
    confidence = cells.valid_confidence(values.get("confidence", ""), problem)
    status, status_year = cells.valid_status(values.get("status", ""), problem)
    part_of = cells.valid_name(values.get("part_of", ""), problem, "part_of")
    checked_on = cells.valid_date(values.get("checked_on", ""), problem, "checked_on")

    if particles is not None:
        _check_carbon_year(particles, first_year, carbon_year, problem)
    if status is not None:
        expected_year = _expected_year(
            status, status_year, expected_year, values, problem, report, line
        )
    if part_of and part_of.casefold() == name.casefold():
        problem("part_of", "a center cannot be part of itself")

    if problems:
        report.errors.extend(problems)
        return None
    return FacilityRow(
        line=line,
        name=name,
        country_code=code,
        city=city,
        particles=particles,
        first_year=first_year,
        carbon_year=carbon_year,
        rooms=rooms,
        research_rooms=research_rooms,
        status=status,
        expected_year=expected_year,
        urls=urls,
        confidence=confidence,
        notes=values.get("notes", ""),
        part_of=part_of,
        checked_on=checked_on,
        columns=columns,
    )


def _check_carbon_year(particles, first_year, carbon_year, problem):
    if carbon_year is None:
        return
    if "carbon" not in particles:
        problem("first_carbon_year", "given, but the particles do not include carbon")
    elif particles == ["carbon"] and first_year not in (None, carbon_year):
        problem(
            "first_carbon_year",
            f"{carbon_year} differs from first_treatment_year {first_year} of a "
            "carbon-only facility",
        )


def _expected_year(status, status_year, expected_year, values, problem, report, line):
    """Return the expected opening year, from its column or the status cell."""
    raw_status = values.get("status", "")
    if status_year is not None and not (
        EARLIEST_PLAUSIBLE_YEAR <= status_year <= LATEST_PLAUSIBLE_YEAR
    ):
        problem("status", f"the year in {raw_status!r} is not plausible")
        return None
    if status not in NOT_YET_OPEN:
        if expected_year is not None:
            problem(
                "expected_year",
                "only a planned or under-construction facility has an expected "
                f"year (the status is {raw_status!r})",
            )
        if status_year is not None:
            report.warnings.append(
                f"line {line}, column status: {raw_status!r} read as {status}; "
                "its year is not stored"
            )
        return None
    if status_year is not None and expected_year not in (None, status_year):
        problem(
            "expected_year",
            f"{expected_year} differs from the year in the status {raw_status!r}",
        )
    return expected_year if expected_year is not None else status_year
