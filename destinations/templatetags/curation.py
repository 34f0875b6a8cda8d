"""The admin index's "needs attention" panel."""

from django import template

from destinations.admin import curation_todo

register = template.Library()


@register.simple_tag(takes_context=True)
def curation_todo_rows(context):
    """Return the curated models with drafts, unsourced or stale records."""
    return [row for row in curation_todo(context["request"]) if row.anything]
