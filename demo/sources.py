"""Sources: one per URL across all files, dated honestly, and who wrote them.

A source is read on the day a row citing it was checked (`checked_on`; the
latest, where several rows cite it) and dated as the page dates itself: the
hand-read `SOURCE_DATES`, else what a row citing only that page says of it (its
`accessed_note`, a cost's `as_of`, or a date its notes give the page). Nothing
else dates it: blank means the page gives no date.
"""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit

from centers.importer import new_source, split_urls
from curation.models import Confidence, Source
from demo.curated_sources import OWN_DOMAINS, SOURCE_DATES, THIRD_PARTY_DOMAINS
from demo.dates import checked_on, dates_in, note_date, source_dates
from demo.records import FACTOR_FILES, read_rows, upsert

# The seed article has no public URL: its source is keyed on this cell.
SEED_SOURCE_CELL = "project seed article 002 (no public URL)"
SEED_SOURCE_TITLE = "The article OncoAtlas started from (not publicly available)"

# Every file's URL column, in the order sources are first seen.
SOURCE_COLUMNS = [
    ("countries.csv", "source_urls"),
    ("medical_visas.csv", "source_url"),
    ("cancer_centers.csv", "source_url"),
    ("center_access.csv", "source_url"),
    ("cost_estimates.csv", "source_url"),
    ("partnerships.csv", "source_url"),
    ("funding_pathways.csv", "source_url"),
    ("particle_therapy_facilities.csv", "source_url"),
    *((filename, "source_url") for filename in FACTOR_FILES),
]


def host(url: str) -> str:
    """The URL's host in lower case, without `www.` or a trailing dot."""
    return (urlsplit(url).hostname or "").rstrip(".").removeprefix("www.")


def on_domains(url: str, domains) -> bool:
    """Whether the URL is on one of `domains` or a subdomain of one."""
    name = host(url)
    return any(name == domain or name.endswith(f".{domain}") for domain in domains)


def is_third_party(url: str) -> bool:
    return url == SEED_SOURCE_CELL or on_domains(url, THIRD_PARTY_DOMAINS)


def source_confidence(confidence: str, urls: list[str]) -> str:
    """The row's confidence, no higher than medium when only third parties say so."""
    if confidence == Confidence.HIGH and all(is_third_party(url) for url in urls):
        return Confidence.MEDIUM
    return confidence or Confidence.MEDIUM


def own_domains(center_name: str, website: str) -> list[str]:
    """The center's own sites: its website's domain and those `OWN_DOMAINS` names."""
    return [*([website] if website else []), *OWN_DOMAINS.get(center_name, [])]


def factor_confidence(urls: list[str], domains: list[str]) -> str:
    """High when one of the pages is the center's own, else medium."""
    if any(on_domains(url, domains) for url in urls):
        return Confidence.HIGH
    return Confidence.MEDIUM


def _row_source_date(row: dict[str, str]) -> datetime.date | None:
    """The date a row citing a single page gives that page, or None."""
    if "accessed_note" in row:
        dated = note_date(row["accessed_note"])
        if dated is None and row.get("as_of"):
            as_of = dates_in(row["as_of"])
            dated = as_of[0] if len(as_of) == 1 else None
        return dated
    return max(source_dates(row.get("notes", "")), default=None)


class Sources:
    """One Source per distinct URL across all files, dated as described above."""

    def __init__(self):
        self.by_url = {}

    def load(self, files=SOURCE_COLUMNS):
        seen = {}  # url -> (its accessed_note, days checked, dates given)
        for filename, url_column in files:
            for row in read_rows(filename):
                urls = split_urls(row[url_column])
                dated = _row_source_date(row) if len(urls) == 1 else None
                # A note on several pages describes each only in part.
                note = row.get("accessed_note", "") if len(urls) == 1 else ""
                for url in urls:
                    entry = seen.setdefault(url, ["", set(), set()])
                    entry[0] = entry[0] or note
                    entry[1].add(checked_on(row))
                    if dated:
                        entry[2].add(dated)
        unknown = set(SOURCE_DATES) - set(seen)
        if unknown:
            raise ValueError(f"SOURCE_DATES names URLs no file cites: {unknown}")
        for url, (note, days, dates) in seen.items():
            as_of = (
                datetime.date.fromisoformat(SOURCE_DATES[url])
                if url in SOURCE_DATES
                else max(dates, default=None)
            )
            values = {"accessed_on": max(days), "as_of": as_of}
            if url == SEED_SOURCE_CELL:
                self.by_url[url] = self._seed_source(values)
                continue
            template = new_source(url)
            self.by_url[url] = upsert(
                Source,
                lookup={"url": url},
                values={
                    "title": template.title,
                    "publisher": template.publisher,
                    "accessed_note": note[:300],
                    **values,
                },
            )

    @staticmethod
    def _seed_source(values):
        """The seed article's source, renamed where an older load keyed it on
        the data set's cell (patients read the title)."""
        earlier = Source.objects.filter(url="", title=SEED_SOURCE_CELL).first()
        values = {"publisher": "", "accessed_note": "", **values}
        if earlier:
            return upsert(
                Source,
                lookup={"pk": earlier.pk},
                values={"title": SEED_SOURCE_TITLE, **values},
            )
        return upsert(
            Source, lookup={"url": "", "title": SEED_SOURCE_TITLE}, values=values
        )

    def __call__(self, cell):
        return [self.by_url[url] for url in split_urls(cell)]
