"""Friendlier widgets for the list pages' filter forms.

The FilterSets declare multi-value filters (several values match any of them);
on the patients' pages a single `<select>` with an "Any" option is easier. These
widgets read every value of a parameter, like a multi-select, so a query string
means the same whichever widget renders it.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from curation.filters import split_tokens


class SingleSelect(forms.Select):
    """A one-choice `<select>` that still reads repeated or comma-separated values.

    `aliases` map other accepted spellings (e.g. an ISO code) to the option value
    so the current choice shows selected however the URL names it.
    """

    def __init__(self, attrs=None, choices=(), aliases=None):
        super().__init__(attrs, choices)
        self.aliases = aliases or {}

    def value_from_datadict(self, data, files, name):
        return forms.SelectMultiple().value_from_datadict(data, files, name)

    def format_value(self, value):
        tokens = split_tokens(value)
        return [self.aliases.get(t.lower(), t) for t in tokens] or [""]


def materialized_choices(field):
    """Query a filter's choices now, in the view, with the aliases they accept.

    A slug field (see `MultipleSlugField`) names objects by its first lookup and
    also accepts the others, e.g. a country by slug or ISO code.
    """
    if not hasattr(field, "lookups"):
        return [c for c in field.widget.choices if c[0] != ""], {}
    values, aliases = [], {}
    for obj in field.queryset:
        value = getattr(obj, field.lookups[0])
        values.append((value, str(obj)))
        for lookup in field.lookups:
            aliases[str(getattr(obj, lookup)).lower()] = value
    return values, aliases


def use_single_selects(form):
    """Render every multi-select of a filter form as a single `<select>`."""
    for name, field in form.fields.items():
        widget = field.widget
        if isinstance(widget, forms.SelectMultiple):
            choices, aliases = materialized_choices(field)
            field.widget = SingleSelect(
                choices=[("", _("Any")), *choices], aliases=aliases
            )
        elif name == "ordering":
            field.widget.choices = [
                ("", _("Default order")),
                *(c for c in field.widget.choices if c[0] != ""),
            ]
    return form
