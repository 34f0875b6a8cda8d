from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The top floor: the demo data set and its loader, which fill every domain app."""

    name = "demo"
    verbose_name = _("Demo data")
