"""The admin index's "needs attention" panel."""

from django import template

from curation.admin import curation_todo

register = template.Library()


@register.simple_tag(takes_context=True)
def curation_todo_panel(context):
    """Return the models the curator may view and those with work to do."""
    rows = curation_todo(context["request"])
    return {"viewable": bool(rows), "rows": [row for row in rows if row.anything]}
