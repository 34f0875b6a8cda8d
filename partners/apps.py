from django.apps import AppConfig


class PartnersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "partners"
    verbose_name = "Partners and API keys"

    def ready(self):
        from partners import checks  # noqa: F401  (registers the deploy checks)
