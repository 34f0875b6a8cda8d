"""Bulk writes with history, in chunks whatever the file's length."""

from __future__ import annotations

from simple_history.utils import bulk_create_with_history

IMPORT_CHANGE_REASON = "facility import"
BATCH_SIZE = 500
# Below SQLite's oldest limit on query parameters (999), for `__in` look-ups.
LOOKUP_CHUNK = 900


def chunks(items, size=LOOKUP_CHUNK):
    """Yield lists of at most `size` items, for `__in` look-ups and updates."""
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def create_with_history(objs, model, *, user):
    """Insert `objs` in batches, each with a history row naming `user`."""
    return bulk_create_with_history(
        objs,
        model,
        batch_size=BATCH_SIZE,
        default_change_reason=IMPORT_CHANGE_REASON,
        default_user=user,
    )


def update_changed(model, changes, *, now, user, by_value=frozenset()):
    """Save changed objects in bulk and record their history.

    `changes` pairs each object with the names of its changed fields; only
    those are written. Fields in `by_value` take few distinct values (a
    publication status), so a plain UPDATE per value and chunk sets them; the
    rest go through bulk_update, grouped by which fields changed, because its
    CASE expressions cost time per object and field. `now` stamps `updated_at`.
    """
    if not changes:
        return
    objs = [obj for obj, _ in changes]
    if now is not None:
        for obj in objs:
            obj.updated_at = now
        for chunk in chunks(objs):
            model.objects.filter(pk__in=[obj.pk for obj in chunk]).update(
                updated_at=now
            )
    for name in sorted(by_value):
        pks_by_value = {}
        for obj, changed in changes:
            if name in changed:
                pks_by_value.setdefault(getattr(obj, name), []).append(obj.pk)
        for value, pks in pks_by_value.items():
            for chunk in chunks(pks):
                model.objects.filter(pk__in=chunk).update(**{name: value})
    groups = {}
    for obj, changed in changes:
        # bulk_update takes field names: 'parent' for a change of 'parent_id'.
        varying = frozenset(
            model._meta.get_field(name).name for name in changed - by_value
        )
        if varying:
            groups.setdefault(varying, []).append(obj)
    for fields, group in sorted(groups.items(), key=lambda item: sorted(item[0])):
        model.objects.bulk_update(group, sorted(fields), batch_size=BATCH_SIZE)
    model.history.bulk_history_create(
        objs,
        batch_size=BATCH_SIZE,
        update=True,
        default_change_reason=IMPORT_CHANGE_REASON,
        default_user=user,
    )
