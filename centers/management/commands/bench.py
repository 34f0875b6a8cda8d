import csv
import datetime
import tempfile
import time
import tracemalloc
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from centers.importer import facilities_import
from destinations.models import Country, Region

# ISO 3166 reserves XA-XZ for user-assigned codes, so no real country is touched.
BENCH_COUNTRY_CODES = [f"X{letter}" for letter in "ABCDEFGHIJ"]
PARTICLES = ["proton", "carbon", "proton;carbon", "proton", "helium"]
STATUSES = ["operating", "operating", "operating", "closed", "unknown"]


class _Rollback(Exception):
    """Raised to roll the benchmark's transaction back."""


def write_bench_csv(path: Path, *, rows: int, year_offset: int = 0) -> None:
    """Write a facility list of `rows` rows in the import's column layout."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "name",
                "country",
                "city",
                "particles",
                "first_treatment_year",
                "treatment_rooms",
                "source_url",
                "confidence",
                "status",
                "notes",
            ]
        )
        for number in range(rows):
            writer.writerow(
                [
                    f"Bench facility {number}",
                    BENCH_COUNTRY_CODES[number % len(BENCH_COUNTRY_CODES)],
                    f"City {number % 97}",
                    PARTICLES[number % len(PARTICLES)],
                    1990 + (number + year_offset) % 35,
                    number % 5,
                    f"https://bench.example.org/facility/{number} | "
                    f"https://bench.example.org/list/{number % 50}",
                    "high",
                    STATUSES[number % len(STATUSES)],
                    f"Synthetic row {number}.",
                ]
            )


class Command(BaseCommand):
    help = (
        "Benchmark import_facilities: import a generated 10,000-row file twice "
        "(create, then update) and print speed, queries and peak memory. Runs in "
        "a transaction that is rolled back, so it leaves no data behind."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=10_000)

    def handle(self, *args, rows, **options):
        with tempfile.TemporaryDirectory() as directory:
            first = Path(directory) / "facilities.csv"
            second = Path(directory) / "facilities-changed.csv"
            write_bench_csv(first, rows=rows)
            write_bench_csv(second, rows=rows, year_offset=1)
            # Timing and memory are measured in separate passes: tracemalloc
            # slows Python down several times and would distort rows/second.
            for measure_memory in (False, True):
                try:
                    with transaction.atomic():
                        self._create_countries()
                        self._run("create", first, measure_memory=measure_memory)
                        self._run("update", second, measure_memory=measure_memory)
                        raise _Rollback
                except _Rollback:
                    pass
        self.stdout.write("Rolled back: the database is unchanged.")

    def _create_countries(self):
        for code in BENCH_COUNTRY_CODES:
            Country.objects.get_or_create(
                code=code,
                defaults={
                    "name": f"Bench country {code}",
                    "slug": f"bench-country-{code.lower()}",
                    "region": Region.EUROPE,
                    "currency": "EUR",
                },
            )

    def _run(self, label, path, *, measure_memory):
        if measure_memory:
            tracemalloc.start()
        started = time.perf_counter()
        with (
            CaptureQueriesContext(connection) as queries,
            path.open(encoding="utf-8-sig", newline="") as stream,
        ):
            report = facilities_import(
                stream=stream,
                verified_on=datetime.date(2025, 11, 5)
                + datetime.timedelta(days=1 if label == "update" else 0),
                publish=True,
            )
        elapsed = time.perf_counter() - started
        if measure_memory:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            self.stdout.write(
                f"{label} (memory pass): peak Python memory {peak / 2**20:.1f} MiB "
                "(tracemalloc)"
            )
            return
        self.stdout.write(
            f"{label}: {report.rows} rows in {elapsed:.2f} s "
            f"({report.rows / elapsed:,.0f} rows/s), {len(queries)} queries. "
            f"{report.summary()}"
        )
