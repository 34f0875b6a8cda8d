"""Read the dates the data set writes in words: a page's own date, a row's check.

Curators date a source in the notes ("News report (6 Feb 2023): ...", "(CURE,
2019)", "page updated June 2016") and the events it reports in the same text
("opened 2016 (first patient December 2015)"). `source_dates` takes only the
first kind; a year or a month stands for its first day.
"""

from __future__ import annotations

import datetime
import re

MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
        ],
        start=1,
    )
}
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE = (
    r"(?P<iso>(?<![\d-])\d{4}-\d{2}(?:-\d{2})?(?![\d-]))"
    rf"|(?P<dmy>\b\d{{1,2}} {MONTH} \d{{4}}\b)"
    rf"|(?P<my>\b{MONTH} \d{{4}}\b)"
    r"|(?P<y>(?<![\d-])(?:19|20)\d{2}(?![\d-]))"
)
DATE_RE = re.compile(DATE)
# Words that name a document, so a date beside them is the document's.
SOURCE_WORD = re.compile(
    r"\b(?:news|report|article|release|newsletter|magazine|blog|interview|"
    r"brochure|feature|abstract|item|post|profile|page|pages|leaflet|guide|"
    r"journal|bulletin|story|announcement|minutes|copy|listing|FAQ|greeting|"
    r"document|video|podcast|website|site|statement|press|paper|yearbook|"
    r"lecture|version|edition|FY)\b",
    re.IGNORECASE,
)
# Words that make a date an event's (an opening, a count's period, an estimate).
EVENT_WORD = re.compile(
    r"\b(?:since|from|until|opened|opening|first|founded|established|launched|"
    r"started|start|planned|due|data|cases|patients|by|before|after|expected|"
    r"about|around|circa|approx|to|between|began|completed|designated|"
    r"certified|awarded|accredited|renewed|set up|formed|or later|implying|"
    r"implied|inferred|estimated)\b",
    re.IGNORECASE,
)
PARENTHESIS = re.compile(r"\(([^()]*)\)")
EXPLICIT = re.compile(rf"\b(?:dated|updated|published)\s+(?:on\s+)?({DATE})", re.I)
WORD_THEN_DATE = re.compile(
    rf"{SOURCE_WORD.pattern}\s*[(,]?\s*({DATE})\)?\s*:", re.IGNORECASE
)
DATE_THEN_WORD = re.compile(
    rf"^({DATE})\s+(?:[A-Za-z-]+\s+){{0,2}}{SOURCE_WORD.pattern}", re.IGNORECASE
)
NAME_ONLY = re.compile(r"[A-Z][\w&.' -]{1,40}")


def parse_date(text: str) -> datetime.date | None:
    """Read one date expression: '2014-10-16', '6 Feb 2023', 'June 2012', '2019'."""
    match = DATE_RE.fullmatch(text.strip())
    if match is None:
        return None
    try:
        if match.group("iso"):
            parts = [int(part) for part in text.strip().split("-")]
            return datetime.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
        words = text.replace(".", "").split()
        if match.group("dmy"):
            return datetime.date(
                int(words[2]), MONTHS[words[1][:3].lower()], int(words[0])
            )
        if match.group("my"):
            return datetime.date(int(words[1]), MONTHS[words[0][:3].lower()], 1)
        return datetime.date(int(text), 1, 1)
    except ValueError:  # "2019-13", "31 Feb 2020": not a date
        return None


def dates_in(text: str) -> list[datetime.date]:
    """Every date expression in `text`, in order."""
    found = (parse_date(match.group(0)) for match in DATE_RE.finditer(text))
    return [date for date in found if date]


def _in_parenthesis(
    note: str, match: re.Match, *, bare_ok: bool
) -> list[datetime.date]:
    """The source's date in one '(...)': '(2019)', '(CURE, 2019)', '(2020 interview)'.

    A bare year counts only at the end of a sentence with no event word before
    it, and only as the note's one bare date: "first in Europe (2009)" and
    "designated (2015) and ... (2017)" date events, "(2018)." closing a fact
    dates the page.
    """
    found = []
    for part in (part.strip() for part in match.group(1).split(";")):
        dates = list(DATE_RE.finditer(part))
        if len(dates) != 1:
            continue
        date = parse_date(dates[0].group(0))
        if DATE_RE.fullmatch(part):
            closes = re.match(r"\s*(?:[.;:]|$)", note[match.end() :])
            before = note[max(0, match.start() - 30) : match.start()]
            if bare_ok and closes and not EVENT_WORD.search(before):
                found.append(date)
            continue
        rest = (part[: dates[0].start()] + " " + part[dates[0].end() :]).strip(" ,:")
        if EVENT_WORD.search(rest):
            continue
        if SOURCE_WORD.search(rest) or NAME_ONLY.fullmatch(rest):
            found.append(date)
    return [date for date in found if date]


def source_dates(note: str) -> list[datetime.date]:
    """The dates a note gives its source itself, oldest first, no duplicates."""
    found = [parse_date(m.group(1)) for m in EXPLICIT.finditer(note)]
    parentheses = list(PARENTHESIS.finditer(note))
    bare = sum(1 for match in parentheses if DATE_RE.fullmatch(match.group(1).strip()))
    for match in parentheses:
        found.extend(_in_parenthesis(note, match, bare_ok=bare == 1))
    found.extend(parse_date(m.group(1)) for m in WORD_THEN_DATE.finditer(note))
    found.extend(parse_date(m.group(1)) for m in DATE_THEN_WORD.finditer(note))
    return sorted({date for date in found if date})


def note_date(note: str) -> datetime.date | None:
    """The newest date an `accessed_note` gives (an 'updated' beats 'published').

    "about 2010" is a curator's estimate, not the page's date, and is skipped.
    """
    cleaned = re.sub(rf"\babout\s+(?:{DATE})", "", note, flags=re.IGNORECASE)
    return max(dates_in(cleaned), default=None)


def checked_on(row: dict[str, str]) -> datetime.date:
    """The day a row's facts were checked against its sources (every row has one)."""
    return datetime.date.fromisoformat(row["checked_on"])
