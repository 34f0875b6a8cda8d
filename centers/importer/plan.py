"""What a row says of its center and offerings, and what of it is written.

A row's values are set on a stored record only where they differ and no
curator has changed the field since the last import; where one has, the
curator's value is kept and the conflict reported (the file's wins with
`overwrite`). A record whose values all match is left untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model

from centers.importer.ownership import Conflict, curator_edits, shown
from centers.models import CARBON_ION, NOT_YET_OPEN, PROTON

# Only ever moved forward: a later check date is news, an earlier one is not.
LATER_ONLY = frozenset({"last_verified"})


@dataclass
class Incoming:
    """What the file says of one record, as model field values.

    `soft` fields carry a blank the file implies rather than states (a carbon
    year where the row gives one year for protons and carbon): it clears what
    an import wrote but keeps, without a conflict, what a curator entered.
    """

    obj: object
    row: object
    new: bool
    values: dict
    columns: dict  # field -> the file column that says it
    soft: frozenset = frozenset()


@dataclass
class Changes:
    """What one stage plans: new objects, changed ones, and the conflicts."""

    created: list = field(default_factory=list)
    changed: list = field(default_factory=list)  # (obj, names of changed fields)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


def resolve(model, incomings, *, overwrite, shown_value=None, settle=None) -> Changes:
    """Apply each record's incoming values as ownership allows; file the result.

    `settle(obj, applied)` runs after a record's values are set, to keep
    dependent fields consistent (an operational offering has no expected year).
    """
    changes = Changes()
    differing = []
    for incoming in incomings:
        if incoming.new:
            for name, value in incoming.values.items():
                setattr(incoming.obj, name, value)
            changes.created.append(incoming.obj)
            continue
        differing.append((incoming, _differences(incoming)))
    edits = curator_edits(
        model,
        [(incoming.obj, set(diff) - LATER_ONLY) for incoming, diff in differing],
    )
    usernames = _usernames(edits)
    for incoming, diff in differing:
        obj = incoming.obj
        owned = edits.get(obj.pk, {})
        applied = set()
        for name, value in diff.items():
            edit = owned.get(name)
            if edit is not None:
                if name in incoming.soft:
                    continue
                changes.conflicts.append(
                    Conflict(
                        line=incoming.row.line,
                        column=incoming.columns[name],
                        record=str(obj),
                        current=_shown(shown_value, name, getattr(obj, name)),
                        incoming=_shown(shown_value, name, value),
                        edited_by=usernames.get(edit.user_id, ""),
                        edited_on=edit.on,
                        overwritten=overwrite,
                    )
                )
                if not overwrite:
                    continue
            setattr(obj, name, value)
            applied.add(name)
        if settle is not None:
            settle(obj, applied)
        if applied:
            changes.changed.append((obj, applied))
        else:
            changes.unchanged += 1
    return changes


def _differences(incoming):
    diff = {}
    for name, value in incoming.values.items():
        current = getattr(incoming.obj, name)
        if name in LATER_ONLY:
            if value is not None and (current is None or value > current):
                diff[name] = value
        elif current != value:
            diff[name] = value
    return diff


def _shown(shown_value, name, value):
    return shown_value(name, value) if shown_value else shown(value)


def _usernames(edits):
    ids = {e.user_id for owned in edits.values() for e in owned.values()} - {None}
    if not ids:
        return {}
    users = get_user_model().objects.filter(pk__in=ids)
    return {user.pk: user.get_username() for user in users}


def settle_offering(offering, applied):
    """Clear an expected year the offering's (new) status no longer allows."""
    if offering.status not in NOT_YET_OPEN and offering.expected_year is not None:
        offering.expected_year = None
        applied.add("expected_year")


def offering_incoming(row, slug, obj, *, new):
    """What `row` says of its offering of the modality `slug`."""
    values = {"status": row.status}
    columns = {"status": "status", "expected_year": "expected_year"}
    soft = set()
    if row.status not in NOT_YET_OPEN:
        # Not yet open is over, or never said: no expected year, whoever set it.
        values["expected_year"] = None
        soft.add("expected_year")
    elif row.states_expected_year or new:
        values["expected_year"] = row.expected_year
    said = first_year_for(row, slug)
    if said is not None:
        values["first_year"], columns["first_year"], implied = said
        if implied:
            soft.add("first_year")
    elif new:
        values["first_year"] = None
    for column, name, value in (
        ("treatment_rooms", "treatment_rooms", row.rooms),
        ("research_rooms", "research_rooms", row.research_rooms),
        ("notes", "notes", row.notes),
        ("confidence", "confidence", row.confidence),
    ):
        if new or column in row.columns:
            values[name] = value
            columns[name] = column
    if row.checked_on is not None:
        values["last_verified"] = row.checked_on
    return Incoming(obj, row, new, values, columns, frozenset(soft))


def first_year_for(row, slug):
    """Return (year, column, implied) for the offering of modality `slug`, or None.

    None means the file says nothing of it (neither year column). A year is the
    particle's own: `first_carbon_year` for carbon ions, `first_treatment_year`
    for protons, or for the facility's only particle. Any other particle of a
    facility with several gets a blank the file implies, never another's year.
    """
    columns = row.columns
    has_carbon_column = "first_carbon_year" in columns
    if (
        slug == CARBON_ION
        and has_carbon_column
        and (row.carbon_year is not None or row.particles != ["carbon"])
    ):
        return row.carbon_year, "first_carbon_year", False
    if not ("first_treatment_year" in columns or has_carbon_column):
        return None
    if len(row.particles) == 1 or slug == PROTON:
        return row.first_year, "first_treatment_year", False
    column = "first_carbon_year" if slug == CARBON_ION else "first_treatment_year"
    return None, column, True
