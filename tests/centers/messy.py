"""Turn a clean facility list into one as a spreadsheet and its users leave it.

`mangle(text)` keeps every fact and changes only how it is written: headers
worded otherwise, a byte-order mark and CRLF, trailing and non-breaking spaces,
empty trailing columns and rows, countries by name, years as Excel writes them
("2009.0", "2,009"), status and particle words in capitals. The committed
fixture tests/centers/data/messy_facilities.csv was written by it from
demo/data/particle_therapy_facilities.csv:

    .venv/bin/python -m tests.centers.messy demo/data/particle_therapy_facilities.csv
"""

import csv
import io
import re
import sys

HEADERS = {
    "name": "Facility name ",
    "country": "Country code",
    "city": " City",
    "particles": "Particle(s)",
    "first_treatment_year": "First treatment",
    "treatment_rooms": "Rooms",
    "source_url": "Source URL(s)",
    "confidence": "Confidence",
    "status": "Status",
    "notes": "Notes",
}
# A country as people write it: by name, ISO's name or an everyday one.
COUNTRY_NAMES = {
    "DE": "Germany",
    "KR": "Korea, Republic of",
    "US": "USA",
    "GB": "United Kingdom",
    "JP": "Japan",
    "TW": "Taiwan",
    "CN": "China",
    "IT": "Italy",
    "CZ": "Czechia",
    "RU": "Russian Federation",
}
OPERATING_WORDS = ["Operational", "In operation", "Operating ", "operating"]
CLOSED_YEAR = re.compile(r"(?:closed|decommissioned|ceased)\D{0,40}?(\d{4})", re.I)


def mangle(text: str) -> str:
    """Return `text`, a clean facility list, as a messy one with the same facts."""
    rows = list(csv.DictReader(io.StringIO(text)))
    columns = [column for column in HEADERS if column in rows[0]]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([HEADERS[column] for column in columns] + ["", ""])
    for number, row in enumerate(rows):
        writer.writerow([_cell(column, row, number) for column in columns] + ["", ""])
        if number == 10:
            writer.writerow([""] * (len(columns) + 2))  # a row of empty cells
    return "\ufeff" + out.getvalue() + "\r\n"


def _cell(column, row, number):
    value = row[column]
    if column == "name":
        # A no-break space where a space was, and padding.
        return value.replace(" ", "\u00a0", 1) + ("  " if number % 2 else "")
    if column == "country":
        if number % 3 == 0 or value == "KR":
            return COUNTRY_NAMES.get(value, value.lower())
        return value.lower() if number % 3 == 1 else f" {value} "
    if column == "city":
        return value + ("\u00a0" if number % 4 == 0 else "")
    if column == "particles":
        return "; ".join(part.capitalize() for part in value.split(";"))
    if column == "first_treatment_year" and value:
        return [f"{value}.0", f"{value[0]},{value[1:]}", f" {value}"][number % 3]
    if column == "treatment_rooms" and value:
        return f"{value}.0"
    if column == "confidence":
        return value.capitalize()
    if column == "status":
        return _status(value, row["notes"], number)
    if column == "source_url":
        return value.replace(" | ", "|" if number % 2 else " |  ")
    if column == "notes":
        return value.replace(". ", ".\u00a0", 1)
    return value


def _status(value, notes, number):
    if value == "operating":
        return OPERATING_WORDS[number % len(OPERATING_WORDS)]
    if value == "closed":
        match = CLOSED_YEAR.search(notes)
        return f"Closed ({match.group(1)})" if match else "Closed"
    return value.capitalize()


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8", newline="") as source:
        sys.stdout.write(mangle(source.read()))
