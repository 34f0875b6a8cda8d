"""The words a facility list may use for a status or a country.

A list typed by hand or exported from a spreadsheet says "In operation" or
"Closed (2019)", "Germany" or "Korea, Republic of"; each reads as one status or
one ISO 3166-1 code here. A word outside these stays a row error naming it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pycountry

from centers.models import OfferingStatus

STATUS_WORDS = {
    OfferingStatus.OPERATIONAL: (
        "operating",
        "operational",
        "in operation",
        "in clinical operation",
        "in service",
        "open",
        "active",
        "treating patients",
    ),
    OfferingStatus.UNDER_CONSTRUCTION: (
        "under construction",
        "in construction",
        "construction",
        "being built",
    ),
    OfferingStatus.PLANNED: ("planned", "planning", "in planning", "proposed"),
    OfferingStatus.CLOSED: (
        "closed",
        "decommissioned",
        "shut down",
        "shutdown",
        "out of service",
    ),
    # A blank means "not found in a source".
    OfferingStatus.UNKNOWN: ("unknown", "not known", "unclear", ""),
}
STATUS_BY_WORD = {
    word: status for status, words in STATUS_WORDS.items() for word in words
}
STATUS_HINT = "operating, under construction, planned, closed or unknown"
# "Closed (2019)", "Under construction (expected 2027)", "Planned, 2028".
STATUS_WITH_YEAR = re.compile(
    r"(?P<word>.*?)[\s,;:-]*(?:\(\s*(?:(?:since|in|from|expected)\s+)?(?P<in_brackets>"
    r"\d{4})\s*\)|(?:(?:since|in|from|expected)\s+)?(?P<bare>\d{4}))"
)


def parse_status(value: str) -> tuple[str, int | None] | None:
    """Return (status, year named beside it) for a status cell; None if unknown."""
    text = re.sub(r"[\s_]+", " ", value.lower().replace("-", " ")).strip(" .")
    year = None
    if match := STATUS_WITH_YEAR.fullmatch(text):
        text = match["word"]
        year = int(match["in_brackets"] or match["bare"])
    status = STATUS_BY_WORD.get(text)
    return None if status is None else (str(status), year)


# Names people use that neither ISO (pycountry) nor CLDR's English names give.
COUNTRY_ALIASES = {
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "holland": "NL",
    "turkey": "TR",
    "czech republic": "CZ",
}


def country_key(name: str) -> str:
    """Fold a country name for look-up: case, accents, dots, 'the', spacing."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"\s+", " ", text.replace(".", "").replace("&", " and ")).strip()
    return text.removeprefix("the ")


@dataclass
class CountryNames:
    """Read a country cell as an ISO code: 'DE', 'de', 'DEU', 'Germany', 'USA'.

    Names are the Country table's (CLDR's English names for the installed
    countries, or what curators wrote), ISO's name, official and common names
    (pycountry), and a few everyday ones ('UK').
    """

    codes: set[str]
    by_name: dict[str, str]

    @classmethod
    def from_countries(cls, countries) -> CountryNames:
        codes = {country.code for country in countries}
        by_name = {}
        for entry in pycountry.countries:
            if entry.alpha_2 not in codes:
                continue
            for attribute in ("alpha_3", "name", "official_name", "common_name"):
                if name := getattr(entry, attribute, None):
                    by_name[country_key(name)] = entry.alpha_2
        by_name.update(
            {alias: code for alias, code in COUNTRY_ALIASES.items() if code in codes}
        )
        # The table's own names win over ISO's where they differ.
        by_name.update({country_key(c.name): c.code for c in countries})
        return cls(codes=codes, by_name=by_name)

    def code(self, value: str) -> str | None:
        """Return the ISO 3166-1 alpha-2 code `value` names, or None."""
        if value.upper() in self.codes:
            return value.upper()
        return self.by_name.get(country_key(value))
