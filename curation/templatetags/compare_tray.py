"""Template helpers for the compare tray; they build URLs, never query."""

from django import template

register = template.Library()


@register.simple_tag
def tray_toggle(tray, obj):
    """Return {'in_tray', 'url'} for a list row's add/remove-from-compare link."""
    return tray.toggle(obj)
