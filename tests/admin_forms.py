"""Build the POST data an admin change form would send, from the page's GET response."""

from django import forms
from django.urls import reverse


def admin_url(model, view, *args):
    """The admin URL of `view` (changelist, change, add...) for `model`."""
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def _post_value(field, value):
    if isinstance(field, forms.NullBooleanField):
        return {True: "true", False: "false"}.get(value, "unknown")
    if isinstance(value, bool):
        return "on" if value else None
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return str(value)


def change_form_data(response, **changes):
    """Return the form's current values (inlines included), then `changes` on top."""
    bound = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        bound.append(inline.formset.management_form)
        bound.extend(inline.formset.forms)
    data = {}
    for form in bound:
        for name, field in form.fields.items():
            value = _post_value(field, form[name].value())
            if value is not None:
                data[form.add_prefix(name)] = value
    data.update(changes)
    return data
