"""Read a facility list's CSV text into numbered records and plain values.

The caller opens the file with encoding='utf-8-sig' (a spreadsheet's
byte-order mark goes) and newline='' (the csv module then handles CRLF and
line breaks inside quoted cells). What a spreadsheet adds besides, such as
padded or capitalised headers and rows of empty cells, is tolerated here.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator

from centers.importer.report import FacilityImportReport

REQUIRED_COLUMNS = ("name", "country", "particles", "status", "source_url")
OPTIONAL_COLUMNS = (
    "city",
    "first_treatment_year",
    "treatment_rooms",
    "confidence",
    "notes",
)
KNOWN_COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS

# Ions used or trialled for therapy. Protons and carbon have their modalities;
# any other becomes its own ("helium-ion-therapy"). A word outside this list is
# a typo ("protn") and a bad row, never a new treatment on the public site.
KNOWN_PARTICLES = (
    "argon",
    "carbon",
    "helium",
    "lithium",
    "neon",
    "oxygen",
    "proton",
    "silicon",
)
PARTICLE_SEPARATORS = re.compile(r"[;,]")


def read_records(
    stream: Iterable[str], report: FacilityImportReport
) -> Iterator[tuple[int, list[str]]]:
    """Yield (line, cells) for each record that is not blank.

    `line` is where the record starts, counting blank lines and line breaks
    inside quoted cells. Text that is not CSV or not UTF-8 ends the reading
    with an error in the report.
    """
    reader = csv.reader(stream)
    next_line = 1
    try:
        for record in reader:
            line, next_line = next_line, reader.line_num + 1
            if any(cell.strip() for cell in record):
                yield line, record
            # Otherwise a blank line, or a spreadsheet's row of empty cells.
    except csv.Error as error:
        report.errors.append(f"line {next_line}: not readable as CSV ({error})")
    except UnicodeDecodeError as error:
        report.errors.append(f"the file is not UTF-8 text ({error.reason})")


def normalize_header(name: str | None) -> str:
    """Turn ' First Treatment Year ' into 'first_treatment_year'."""
    # A byte-order mark survives when the caller opened the file as plain utf-8.
    return re.sub(r"\s+", "_", (name or "").strip().lstrip("\ufeff").strip().lower())


def record_values(record: list[str], columns: list[tuple[int, str]]) -> dict[str, str]:
    """Map each known column to its stripped cell; short records lack the rest."""
    return {
        column: record[index].strip()
        for index, column in columns
        if index < len(record)
    }


def normalize_name(value: str) -> str:
    """Collapse runs of whitespace, so 'A  Center' and 'A Center' are one name."""
    return re.sub(r"\s+", " ", value)


def parse_int(value: str) -> int | None:
    """Parse '2015' or a spreadsheet's '2015.0'; None if it is not an integer."""
    match = re.fullmatch(r"([+-]?\d+)(?:\.0+)?", value)
    return int(match.group(1)) if match else None


def parse_particles(value: str) -> list[str] | None:
    """Return particle names ('proton', 'helium'), or None if any is unknown."""
    particles = []
    for token in PARTICLE_SEPARATORS.split(value.lower()):
        word = re.sub(r"[\s-]+ions?$", "", token.strip())
        word = {"protons": "proton"}.get(word, word)
        if not word:
            continue
        if word not in KNOWN_PARTICLES:
            return None
        if word not in particles:
            particles.append(word)
    return particles or None


def split_urls(value: str) -> list[str]:
    """Split a ` | `-separated URL cell into distinct URLs, main source first."""
    urls = []
    for part in value.split("|"):
        url = part.strip()
        if url and url not in urls:
            urls.append(url)
    return urls
