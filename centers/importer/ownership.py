"""Who set a field last: the import, or a curator since the last import.

django-simple-history keeps a snapshot of a record at every save, with who made
it and why. Walking a record's snapshots in order, each field is owned by
whoever last changed its value: the import (its change reason is
IMPORT_CHANGE_REASON) or anyone else. A field a curator owns is never
overwritten by a file unless the import is told to (`overwrite`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import NOT_PROVIDED

from centers.importer.bulk import IMPORT_CHANGE_REASON, chunks


@dataclass(frozen=True)
class Edit:
    """A curator's change of one field: who and when, if history says."""

    user_id: int | None = None
    on: datetime.date | None = None


def curator_edits(model, objs_fields) -> dict[int, dict[str, Edit]]:
    """Return, per pk, the fields among those asked whose value a curator set.

    `objs_fields` pairs stored objects, as loaded before the import changed
    them, with the field names the file would change. A value that differs from
    the record's last snapshot was written without history (a plain UPDATE), so
    not by the import: it counts as a curator's too. A snapshot that creates a
    record sets only the fields it fills; empty and default values are nobody's.
    """
    asked = {obj.pk: (obj, fields) for obj, fields in objs_fields if fields}
    if not asked:
        return {}
    names = sorted(set().union(*(fields for _, fields in asked.values())))
    columns = {name: model._meta.get_field(name).attname for name in names}
    owners = {pk: {} for pk in asked}
    last = {}
    for chunk in chunks(asked):
        snapshots = (
            model.history.filter(id__in=chunk)
            .order_by("id", "history_date", "history_id")
            .values(
                "id",
                "history_change_reason",
                "history_user_id",
                "history_date",
                *columns.values(),
            )
        )
        for snapshot in snapshots:
            pk = snapshot["id"]
            previous = last.get(pk)
            by_import = snapshot["history_change_reason"] == IMPORT_CHANGE_REASON
            edit = Edit(snapshot["history_user_id"], snapshot["history_date"].date())
            for name, column in columns.items():
                value = snapshot[column]
                if previous is None:
                    changed = not _is_empty(model, name, value)
                else:
                    changed = value != previous[column]
                if changed:
                    owners[pk][name] = None if by_import else edit
            last[pk] = snapshot
    for pk, (obj, fields) in asked.items():
        snapshot = last.get(pk)
        for name, column in columns.items():
            current = getattr(obj, column)
            if snapshot is None:
                if not _is_empty(model, name, current):
                    owners[pk][name] = Edit()
            elif current != snapshot[column]:
                owners[pk][name] = Edit()
        owners[pk] = {
            name: edit
            for name, edit in owners[pk].items()
            if edit is not None and name in fields
        }
    return owners


def _is_empty(model, name, value):
    field = model._meta.get_field(name)
    default = field.default
    if default is not NOT_PROVIDED and not callable(default) and value == default:
        return True
    return value in (None, "")


@dataclass(frozen=True)
class Conflict:
    """A field a curator changed since the last import, where the file differs."""

    line: int
    column: str
    record: str
    current: str
    incoming: str
    edited_by: str
    edited_on: datetime.date | None
    overwritten: bool

    def __str__(self):
        who = f"changed by {self.edited_by}" if self.edited_by else "changed"
        when = f" on {self.edited_on.isoformat()}" if self.edited_on else ""
        edit = f"{who}{when} since the last import"
        where = f"line {self.line}, column {self.column} ({self.record})"
        if self.overwritten:
            return (
                f"{where}: replaced {self.current} ({edit}) with the file's "
                f"{self.incoming}"
            )
        return f"{where}: kept {self.current} ({edit}); the file says {self.incoming}"


def shown(value) -> str:
    """A value as a conflict names it: quoted, or '(blank)'."""
    if value in (None, ""):
        return "(blank)"
    return repr(str(value)) if not isinstance(value, int) else str(value)
