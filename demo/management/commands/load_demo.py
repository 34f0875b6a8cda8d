from django.core.management.base import BaseCommand

from demo.loader import demo_load


class Command(BaseCommand):
    help = (
        "Load the demo data in demo/data/ (countries, visas, particle-"
        "therapy facilities, cancer centers and their units, access, per-center "
        "facts, costs, partnerships, funding routes), all published, in one "
        "transaction, each record verified on the day its row was checked. Safe "
        "to run again: records are matched on natural keys and only changed "
        "values are saved."
    )

    def handle(self, *args, **options):
        report = demo_load()
        self.stdout.write(report.summary())
