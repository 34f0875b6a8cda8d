"""Friendlier widgets for the list pages' filter forms.

The FilterSets declare multi-value filters (several values match any of them);
on the patients' pages a single `<select>` with an "Any" option is easier. These
widgets read every value of a parameter, like a multi-select, so a query string
means the same whichever widget renders it.

Each option can say how many results it leads to; options that lead to none
are grouped apart, labelled "(0)" and disabled, so none is offered as if it
had results. Plain HTML: it works without JavaScript.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from curation.filters import split_tokens


class CountedOptionsMixin:
    """Label options with the results they lead to; group and disable the rest.

    Call `show_counts()` before rendering. An option leading nowhere stays
    enabled while it is the current choice, so submitting the form keeps it.
    """

    empty_values = frozenset()

    def show_counts(self, counts, *, empty_group):
        """Relabel the options from `counts` ({value: results}); put the ones
        with none under an `empty_group` heading."""
        blank, leading, empty = [], [], []
        for value, label in self.choices:
            if value == "":
                blank.append((value, label))
                continue
            count = counts.get(str(value), 0)
            counted = _("%(option)s (%(count)s)") % {"option": label, "count": count}
            (leading if count else empty).append((value, counted))
        self.empty_values = frozenset(str(value) for value, _label in empty)
        self.choices = [*blank, *leading, *([(empty_group, empty)] if empty else [])]

    def create_option(self, name, value, label, selected, index, **kwargs):
        option = super().create_option(name, value, label, selected, index, **kwargs)
        if str(value) in self.empty_values and not selected:
            option["attrs"]["disabled"] = True
        return option


class CountedSelect(CountedOptionsMixin, forms.Select):
    """A one-choice `<select>` (e.g. yes/no) whose options can carry counts."""


class SingleSelect(CountedOptionsMixin, forms.Select):
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
        elif isinstance(widget, forms.Select):
            field.widget = CountedSelect(choices=list(field.choices))
    return form


def show_counts(form, counts, *, empty_group):
    """Label each counted field's options with `counts[name]` ({value: results})."""
    for name, field_counts in counts.items():
        widget = form.fields[name].widget
        if isinstance(widget, CountedOptionsMixin):
            widget.show_counts(field_counts, empty_group=empty_group(name))
