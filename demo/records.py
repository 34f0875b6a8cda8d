"""What every demo loader shares: the data folder, its rows, idempotent writes.

`upsert` saves only the fields whose value changed and `cite` only adds to what a
citation says, so a second `demo_load` leaves the database as it was, history
included.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from curation.models import PublicationStatus
from demo.dates import checked_on

DATA_DIR = Path(__file__).resolve().parent / "data"
# The shared data set's per-center facts, and our own curation pass beside it.
FACTOR_FILES = ("center_factors.csv", "center_factors_oncoatlas.csv")

PUBLISHED = PublicationStatus.PUBLISHED
# Cells that say in words what a blank cell means: no source was found.
NOT_FOUND = {"not found", "not verified", ""}
# Citations say which facts a source backs in at most this many characters.
SUPPORTS_MAX = 300


def read_rows(filename):
    """Return a demo file's rows as dicts, every cell stripped ('' when missing)."""
    with (DATA_DIR / filename).open(encoding="utf-8-sig", newline="") as handle:
        return [
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(handle)
        ]


def factor_rows():
    """Every row of the per-center fact files, the shared file's first."""
    return [row for filename in FACTOR_FILES for row in read_rows(filename)]


def known_text(value):
    """Return the text, or '' where the cell says in words that nothing was found."""
    return "" if value.strip().lower() in NOT_FOUND else value.strip()


# Curators point to other files of the data set; patients read these words.
FILE_REFERENCES = {
    "see cost_estimates.csv": "see the cost estimates below",
    # The project's seed article has no public address: patients read "article".
    "the seed article": "the article",
}
OTHER_FILE_REFERENCE = re.compile(r"[,;]?\s*\(?\bsee [\w-]+\.csv\b\)?", re.IGNORECASE)


def public_text(value):
    """Return a cell as patients may read it: what nothing was found for is
    blank, and a pointer to another data file names the page's section."""
    text = known_text(value)
    for reference, words in FILE_REFERENCES.items():
        text = re.sub(re.escape(reference), words, text, flags=re.IGNORECASE)
    return OTHER_FILE_REFERENCE.sub("", text).strip()


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
        added = [fact for fact in supports.split("; ") if fact and fact not in facts]
        if not created and citation.supports and added:
            combined = "; ".join([*facts, *added])
            if len(combined) > SUPPORTS_MAX:
                raise ValueError(
                    f"{owner}: the citation of {source.url} would say more than "
                    f"{SUPPORTS_MAX} characters ({combined!r})"
                )
            citation.supports = combined
            citation.save(update_fields=["supports"])


def curated_values(confidence, row):
    """Return what every demo record shares: published, verified when its row was
    checked (`checked_on`), with the row's confidence."""
    return {
        "publication_status": PUBLISHED,
        "last_verified": checked_on(row),
        "confidence": confidence or "medium",
    }
