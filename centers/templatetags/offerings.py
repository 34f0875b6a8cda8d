"""Template filters over a center's prefetched offerings."""

from django import template

from centers.models import OfferingStatus

register = template.Library()


@register.filter
def operational(offerings):
    """Keep the operational offerings of an already prefetched list (no query)."""
    return [o for o in offerings if o.status == OfferingStatus.OPERATIONAL]
