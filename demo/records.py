"""What every demo loader shares: the data folder, its rows, idempotent writes.

`upsert` saves only the fields whose value changed and `cite` only adds to what a
citation says, so a second `demo_load` leaves the database as it was, history
included.
"""

from __future__ import annotations

import csv
import datetime
import re
from pathlib import Path

from centers.importer import new_source, split_urls
from curation.models import PublicationStatus, Source

DATA_DIR = Path(__file__).resolve().parent / "data"

# The newest date any source in the data set shows (AMC news, 2025-11-05); the
# data set gives no per-row verification date, so every demo record gets this.
DEMO_VERIFIED_ON = datetime.date(2025, 11, 5)

PUBLISHED = PublicationStatus.PUBLISHED
ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
# Cells that say in words what a blank cell means: no source was found.
NOT_FOUND = {"not found", "not verified", ""}
# The seed article has no public URL: its source is keyed on this title.
SEED_SOURCE_TITLE = "project seed article 002 (no public URL)"


def read_rows(filename):
    """Return a demo file's rows as dicts, every cell stripped ('' when missing)."""
    with (DATA_DIR / filename).open(encoding="utf-8-sig", newline="") as handle:
        return [
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]


def known_text(value):
    """Return the text, or '' where the cell says in words that nothing was found."""
    return "" if value.strip().lower() in NOT_FOUND else value.strip()


def int_or_none(value):
    """Read a whole number, or None from a blank cell."""
    return int(value) if value else None


def upsert(model, *, lookup, values):
    """Get or create by `lookup`; save only the fields whose value changed."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.save()
        return obj
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        if any(f.name == "updated_at" for f in model._meta.fields):
            changed.append("updated_at")
        obj.save(update_fields=changed)
    return obj


def cite(citation_model, *, owner_field, owner, sources, supports):
    """Cite each source for `supports`, adding to what a citation already says.

    Several files may cite one source for one record, each for its own facts;
    adding (never replacing) keeps every fact and a second run changes nothing.
    A blank `supports` already means the source backs the whole record.
    """
    for source in sources:
        citation, created = citation_model.objects.get_or_create(
            **{owner_field: owner, "source": source},
            defaults={"supports": supports},
        )
        facts = citation.supports.split("; ")
        if not created and citation.supports and supports not in facts:
            citation.supports = "; ".join([*facts, supports])
            citation.save(update_fields=["supports"])


def _accessed_on(note):
    """Return the date a note shows when it holds exactly one ISO date."""
    dates = set(ISO_DATE.findall(note))
    if len(dates) != 1:
        return None
    try:
        return datetime.date.fromisoformat(dates.pop())
    except ValueError:
        return None


def curated_values(confidence):
    """Return what every demo record shares: published, verified on the data's date."""
    return {
        "publication_status": PUBLISHED,
        "last_verified": DEMO_VERIFIED_ON,
        "confidence": confidence or "medium",
    }


class Sources:
    """One Source per distinct URL across all files; the first note seen wins."""

    def __init__(self):
        self.by_url = {}

    def load(self, files):
        notes = {}
        for filename, url_column in files:
            for row in read_rows(filename):
                urls = split_urls(row[url_column])
                note = row.get("accessed_note", "")
                # A note naming several pages ("X dated 2016-06-06; others
                # undated") dates one of them: no single page gets the date.
                dated = len(urls) == 1 or ";" not in note
                for url in urls:
                    notes.setdefault(url, (note, dated))
        for url, (note, dated) in notes.items():
            if url == SEED_SOURCE_TITLE:
                self.by_url[url] = upsert(
                    Source,
                    lookup={"url": "", "title": SEED_SOURCE_TITLE},
                    values={"publisher": "", "accessed_note": "", "accessed_on": None},
                )
                continue
            template = new_source(url)
            self.by_url[url] = upsert(
                Source,
                lookup={"url": url},
                values={
                    "title": template.title,
                    "publisher": template.publisher,
                    "accessed_note": note[:300],
                    "accessed_on": _accessed_on(note) if dated else None,
                },
            )

    def __call__(self, cell):
        return [self.by_url[url] for url in split_urls(cell)]
