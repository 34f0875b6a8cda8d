"""Template filters for facts: say plainly when something is not known."""

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.filter(needs_autoescape=True)
def or_unknown(value, autoescape=True):
    """Render the value, or "Not known" marked as such when it is blank."""
    if value in (None, ""):
        return format_html('<span class="unknown">{}</span>', _("Not known"))
    return conditional_escape(value) if autoescape else value
