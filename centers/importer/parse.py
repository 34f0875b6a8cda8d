"""Read a facility list's CSV text into numbered records and plain values.

The caller opens the file with encoding='utf-8-sig' (a spreadsheet's
byte-order mark goes) and newline='' (the csv module then handles CRLF and
line breaks inside quoted cells). What a spreadsheet adds besides is tolerated
here: headers padded, capitalised or worded otherwise ("Country code", "Rooms"),
non-breaking and zero-width spaces, empty trailing columns and rows of empty
cells, numbers as Excel writes them ("1,234", "2009.0").
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
    "first_carbon_year",
    "treatment_rooms",
    "research_rooms",
    "expected_year",
    "confidence",
    "notes",
    "part_of",
    "checked_on",
)
KNOWN_COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS

# Other headers people give these columns, normalised as `normalize_header` does.
HEADER_ALIASES = {
    **dict.fromkeys(
        ("facility", "facility_name", "center", "centre", "center_name"), "name"
    ),
    **dict.fromkeys(("centre_name", "name_of_facility"), "name"),
    **dict.fromkeys(
        ("country_code", "country_iso", "iso", "iso2", "iso_code", "country_name"),
        "country",
    ),
    **dict.fromkeys(("town", "municipality"), "city"),
    **dict.fromkeys(("particle", "particle_type", "ions", "ion", "beams"), "particles"),
    **dict.fromkeys(
        (
            "first_treatment",
            "first_patient",
            "first_patient_treated",
            "first_year",
            "year_of_first_treatment",
            "start_of_treatment",
            "treatment_start",
        ),
        "first_treatment_year",
    ),
    **dict.fromkeys(
        (
            "first_carbon",
            "first_carbon_treatment",
            "first_carbon_ion_treatment",
            "first_carbon_ion_year",
            "first_carbon_treatment_year",
        ),
        "first_carbon_year",
    ),
    **dict.fromkeys(
        ("rooms", "number_of_rooms", "no_of_rooms", "patient_rooms", "clinical_rooms"),
        "treatment_rooms",
    ),
    **dict.fromkeys(("research_room", "experimental_rooms"), "research_rooms"),
    **dict.fromkeys(
        ("expected", "expected_opening", "expected_opening_year", "planned_opening"),
        "expected_year",
    ),
    **dict.fromkeys(("state", "operating_status", "operational_status"), "status"),
    **dict.fromkeys(
        ("source", "sources", "source_urls", "url", "urls", "reference", "references"),
        "source_url",
    ),
    **dict.fromkeys(("link", "links"), "source_url"),
    "confidence_level": "confidence",
    **dict.fromkeys(("note", "comment", "comments", "remarks"), "notes"),
    **dict.fromkeys(
        ("parent", "parent_institution", "parent_center", "belongs_to", "unit_of"),
        "part_of",
    ),
    **dict.fromkeys(
        ("checked", "last_checked", "date_checked", "last_verified", "verified_on"),
        "checked_on",
    ),
}

# Spaces a spreadsheet keeps where a space was meant (no-break, narrow, figure),
# and characters that are not seen at all (zero-width, word joiner, BOM).
ODD_SPACES = str.maketrans(
    {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u200b": None, "\u200c": None}
    | {"\u200d": None, "\u2060": None, "\ufeff": None}
)

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
    """Turn ' First Treatment Year ' into 'first_treatment_year', and a known
    other wording ('Country code', 'Source URL(s)', 'No. of rooms') into its
    column's name."""
    # A byte-order mark survives when the caller opened the file as plain utf-8.
    text = clean_cell(name or "").lower().replace("(s)", "s")
    key = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return HEADER_ALIASES.get(key, key)


def clean_cell(value: str) -> str:
    """Strip a cell, reading odd spaces as spaces and dropping invisible ones."""
    return value.translate(ODD_SPACES).strip()


def record_values(record: list[str], columns: list[tuple[int, str]]) -> dict[str, str]:
    """Map each known column to its cleaned cell; short records lack the rest."""
    return {
        column: clean_cell(record[index])
        for index, column in columns
        if index < len(record)
    }


def normalize_name(value: str) -> str:
    """Collapse runs of whitespace, so 'A  Center' and 'A Center' are one name."""
    return re.sub(r"\s+", " ", value)


def parse_int(value: str) -> int | None:
    """Parse '2015', a spreadsheet's '2015.0' or '1,234'; None if not an integer."""
    match = re.fullmatch(r"([+-]?(?:\d{1,3}(?:,\d{3})+|\d+))(?:\.0+)?", value)
    return int(match.group(1).replace(",", "")) if match else None


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
