"""Template helpers for the comparison page; they build URLs, never query."""

from django import template
from django.urls import reverse

register = template.Library()


@register.filter
def center_list_url(center_filter):
    """Link a count cell's centers: the site's center list, filtered the same way."""
    return center_filter.url(reverse("centers:center-list"))
