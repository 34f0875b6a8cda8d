import datetime

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from centers.importer import FacilityImportError, facilities_import
from centers.importer.parse import OPTIONAL_COLUMNS, REQUIRED_COLUMNS


def _date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(
            f"--verified-on: {value!r} is not a YYYY-MM-DD date"
        ) from error


class Command(BaseCommand):
    help = (
        "Import a particle-therapy facility list (CSV, UTF-8, as a spreadsheet "
        "saves it). Columns (header names are case- and space-insensitive; "
        "common other wordings such as 'Country code', 'First treatment' or "
        "'Rooms' are understood): required "
        + ", ".join(REQUIRED_COLUMNS)
        + "; optional "
        + ", ".join(OPTIONAL_COLUMNS)
        + ". country is an ISO code or an English name ('Germany', 'USA'). "
        "status: operating, under construction, planned, closed or unknown "
        "('Planned (2028)' sets expected_year). first_treatment_year is the "
        "facility's, or its protons' where it has protons and carbon ions; "
        "first_carbon_year is the carbon ions' own (left blank when not given). "
        "treatment_rooms counts rooms used for patients, research_rooms the "
        "others. part_of names the center (same country, stored or in the "
        "file) the facility is a unit of. checked_on (YYYY-MM-DD) is the day "
        "the row was checked against its sources: it becomes last verified. "
        "Each row becomes a center matched on (name, country), one offering per "
        "particle, and its sources. All or nothing: any bad row aborts the import "
        "and every bad row is named by line and column. New centers are drafts "
        "unless --publish. A re-import changes only what differs (blank cells "
        "clear years and rooms; missing columns leave values as stored), keeps "
        "any field a curator changed since the last import (reported as a "
        "conflict; --overwrite replaces it), and deletes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path of the CSV file (UTF-8).")
        parser.add_argument(
            "--verified-on",
            type=_date,
            default=None,
            help="Last-verified date, YYYY-MM-DD, for the centers and offerings "
            "this import creates whose row has no checked_on date (default: "
            "today). Existing records keep theirs: importing is not verifying.",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish every center the file lists, new or existing. Without "
            "it new centers are created as drafts for staff review and existing "
            "centers keep their publication status.",
        )
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Let the file's values replace fields a curator changed since "
            "the last import. Without it those are kept and reported as conflicts.",
        )
        parser.add_argument(
            "--user",
            default=None,
            help="Username of the curator running the import; history names them.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Validate and report what would be created or updated; write nothing.",
        )

    def handle(
        self,
        *args,
        file,
        verified_on,
        publish,
        overwrite,
        dry_run,
        user,
        verbosity,
        **options,
    ):
        curator = None
        if user is not None:
            try:
                curator = get_user_model().objects.get_by_natural_key(user)
            except get_user_model().DoesNotExist as error:
                raise CommandError(f"--user: no user named {user!r}") from error

        def progress(message):
            if verbosity >= 1:
                self.stderr.write(message)

        try:
            # utf-8-sig drops a spreadsheet's byte-order mark; newline="" lets the
            # csv module handle CRLF and line breaks inside quoted cells.
            with open(file, encoding="utf-8-sig", newline="") as stream:
                report = facilities_import(
                    stream=stream,
                    verified_on=verified_on,
                    publish=publish,
                    overwrite=overwrite,
                    dry_run=dry_run,
                    progress=progress,
                    user=curator,
                )
        except FileNotFoundError as error:
            raise CommandError(f"{file}: no such file") from error
        except IsADirectoryError as error:
            raise CommandError(f"{file}: is a directory, not a CSV file") from error
        except OSError as error:  # e.g. no permission to read it
            raise CommandError(f"{file}: cannot be read ({error.strerror})") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{file}: not UTF-8 text ({error.reason})") from error
        except FacilityImportError as error:
            for warning in error.report.warnings:
                self.stderr.write(f"warning: {warning}")
            count = len(error.report.errors)
            raise CommandError(
                f"{file}: nothing imported, {count} problem(s):\n"
                + "\n".join(error.report.errors)
            ) from error
        for warning in report.warnings:
            self.stderr.write(f"warning: {warning}")
        self.stdout.write(report.summary())
        for conflict in report.conflicts:
            self.stdout.write(f"conflict: {conflict}")
