"""Create a staff login for a developer's own machine (debug only) and print it."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "curator"
PASSWORD = "oncoatlas-local"


class Command(BaseCommand):
    help = "Create the local staff login 'curator' (refused when DEBUG is off)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "Refusing to create a known login with DEBUG off: use createsuperuser."
            )
        user, created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"is_staff": True, "is_superuser": True}
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(
            f"Local staff login for /admin/: {USERNAME} / {PASSWORD}"
            + ("" if created else " (already existed; password unchanged)")
        )
