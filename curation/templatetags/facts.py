"""Template filters for facts: say plainly when something is not known."""

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.translation import gettext as _

from curation.answers import tristate_answer

register = template.Library()


@register.filter(needs_autoescape=True)
def or_unknown(value, autoescape=True):
    """Render the value, or "Not known" marked as such when it is blank."""
    if value in (None, ""):
        return format_html('<span class="unknown">{}</span>', _("Not known"))
    return conditional_escape(value) if autoescape else value


@register.simple_tag
def tristate(value, details=""):
    """Return a Tristate and its details as an Answer (`text`, `known`).

    `{% tristate visa.companion_allowed visa.companion_notes as companion %}`
    """
    return tristate_answer(value, details)


@register.inclusion_tag("includes/answer.html")
def answer(answer, sources=(), sources_anchor=""):
    """Render an Answer, with links to the sources that state it.

    Without a source of its own, a known answer points to `sources_anchor`,
    the record's sources section.
    """
    return {"answer": answer, "sources": sources, "sources_anchor": sources_anchor}
