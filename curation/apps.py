from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurationConfig(AppConfig):
    """The ground floor: provenance and what every curated record shares."""

    name = "curation"
    verbose_name = _("Sources and curation")
