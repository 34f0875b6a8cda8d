"""Template filters for facts: say plainly when something is not known."""

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def operational(offerings):
    """Keep the operational offerings of an already prefetched list (no query)."""
    from centers.models import OfferingStatus

    return [o for o in offerings if o.status == OfferingStatus.OPERATIONAL]


@register.filter(needs_autoescape=True)
def or_unknown(value, autoescape=True):
    """Render the value, or "Not known" marked as such when it is blank."""
    if value in (None, ""):
        return format_html('<span class="unknown">{}</span>', _("Not known"))
    return conditional_escape(value) if autoescape else value
