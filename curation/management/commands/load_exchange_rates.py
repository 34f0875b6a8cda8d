from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from curation.rates import RatesFileError, exchange_rates_load, rates_read


class Command(BaseCommand):
    help = (
        "Load a table of euro reference rates (CSV: on_date, currency, per_euro, "
        "source_url, source_title, source_publisher; see curation/data/). All or "
        "nothing: every bad row is named by line and column. Pages and the API "
        "convert prices with the newest date stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path of the CSV file (UTF-8).")

    def handle(self, *args, file, **options):
        path = Path(file)
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = rates_read(handle)
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}") from error
        except RatesFileError as error:
            raise CommandError(
                f"{file}: nothing loaded.\n" + "\n".join(error.messages)
            ) from error
        created, updated = exchange_rates_load(rows=rows)
        dates = sorted({row.on_date.isoformat() for row in rows})
        self.stdout.write(
            f"{created} rates created, {updated} updated, for {', '.join(dates)}."
        )
