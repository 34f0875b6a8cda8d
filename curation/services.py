"""Writes on curated records that must leave history: publish, unpublish, verify.

The admin's bulk actions call these. `QuerySet.update()` would be one query, but
django-simple-history does not see it, and the history of a published fact is
the product. So each changed row is saved on its own, which records a full
snapshot, many-to-many fields included, with the acting user and a change
reason. Rows already in the target state are skipped, so the returned count is
what actually changed.
A "select all" over thousands of rows is therefore slow (one save each): the
facility import's publish option is the way to publish a large list.
"""

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet

from curation.models import PublicationStatus


class RecordsRefused(ValidationError):
    """Some records cannot take the change; none was changed. Names each one."""


def _records_save_changed(
    *,
    queryset: QuerySet,
    values: dict,
    reason: str,
    user: AbstractBaseUser | None,
) -> int:
    """Set `values` on every row that differs and save it with history; count them."""
    model = queryset.model
    has_timestamp = any(f.name == "updated_at" for f in model._meta.concrete_fields)
    update_fields = [*values, "updated_at"] if has_timestamp else list(values)
    # A plain queryset: the caller's may carry admin annotations and prefetches.
    # Rows already in the target state are skipped, so no empty history entries.
    rows = (
        model._default_manager.filter(pk__in=queryset.values("pk"))
        .exclude(**values)
        .order_by("pk")
    )
    changed = 0
    refused = []
    with transaction.atomic():
        for obj in rows:
            for field, value in values.items():
                setattr(obj, field, value)
            try:
                # A record the database would refuse (a country published with
                # no region) is named, and nothing is written.
                obj.validate_constraints()
            except ValidationError as error:
                refused.append(f"{obj}: {' '.join(error.messages)}")
                continue
            if user is not None:
                obj._history_user = user
            obj._change_reason = reason
            obj.save(update_fields=update_fields)
            changed += 1
        if refused:
            raise RecordsRefused(refused)  # leaving the block rolls back the rest
    return changed


def records_publish(*, queryset: QuerySet, user: AbstractBaseUser | None = None) -> int:
    """Publish every curated record in `queryset`; return how many changed."""
    return _records_save_changed(
        queryset=queryset,
        values={"publication_status": PublicationStatus.PUBLISHED},
        reason="Published",
        user=user,
    )


def records_unpublish(
    *, queryset: QuerySet, user: AbstractBaseUser | None = None
) -> int:
    """Return every curated record in `queryset` to draft; return how many changed."""
    return _records_save_changed(
        queryset=queryset,
        values={"publication_status": PublicationStatus.DRAFT},
        reason="Unpublished",
        user=user,
    )


def records_mark_verified(
    *,
    queryset: QuerySet,
    on: datetime.date,
    user: AbstractBaseUser | None = None,
) -> int:
    """Record that a curator checked every row in `queryset` on `on`; count changes."""
    return _records_save_changed(
        queryset=queryset,
        values={"last_verified": on},
        reason=f"Marked verified on {on.isoformat()}",
        user=user,
    )
