"""Field and constraint helpers every curated model uses: choices backed by the
database, plausible years, unique link pairs, and the two kinds of notes."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# Years before this are typos in curated data, not history.
EARLIEST_PLAUSIBLE_YEAR = 1500
LATEST_PLAUSIBLE_YEAR = 2100


def known_choices(choices):
    """Return the choices a fact can be reported as: 'unknown' is sent as null.

    The API schema names these as enums (SPECTACULAR_SETTINGS's
    ENUM_NAME_OVERRIDES), each defined beside its model.
    """
    return [(value, label) for value, label in choices if value != "unknown"]


# Named enums for the API schema.


def choices_constraint(field, choices):
    """Back a TextChoices field with a database check, named by convention."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": choices.values}),
        name=f"%(app_label)s_%(class)s_{field}_valid",
        violation_error_message=_("%(field)s must be one of the listed choices.")
        % {"field": field},
    )


def unique_pair(*fields):
    """Let each pair (a record and its source, a center and a service) link once."""
    return models.UniqueConstraint(
        fields=list(fields), name="%(app_label)s_%(class)s_unique_pair"
    )


def year_constraint(field):
    """Reject years outside the plausible range; blank stays allowed."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | Q(
            **{
                f"{field}__gte": EARLIEST_PLAUSIBLE_YEAR,
                f"{field}__lte": LATEST_PLAUSIBLE_YEAR,
            }
        ),
        name=f"%(app_label)s_%(class)s_{field}_plausible",
        violation_error_message=_("Enter a year between %(low)s and %(high)s.")
        % {"low": EARLIEST_PLAUSIBLE_YEAR, "high": LATEST_PLAUSIBLE_YEAR},
    )


def curator_notes_field(max_length=None):
    """Return the `notes` field of a curated record: for curators only.

    Where a figure came from, what to re-check, how an item should be shown:
    never rendered on a page or serialized by the API (a test crawls both for
    a marker put in every `notes`). What patients should read beside the facts
    goes in `public_note_field()`.
    """
    field_class = models.CharField if max_length else models.TextField
    return field_class(
        _("curator notes"),
        blank=True,
        **({"max_length": max_length} if max_length else {}),
        help_text=_(
            "For curators only: where a figure came from, what to re-check, how "
            "to show the item. Never shown on the site or in the API."
        ),
    )


def public_note_field(max_length=None):
    """Return the `public_note` field: a caveat patients read beside the facts."""
    field_class = models.CharField if max_length else models.TextField
    return field_class(
        _("note for patients"),
        blank=True,
        **({"max_length": max_length} if max_length else {}),
        help_text=_(
            "Shown on the site and in the API beside these facts: a caveat the "
            "sources state, e.g. 'ocular tumours only'. Internal notes go in "
            "curator notes."
        ),
    )
