"""What a facility import tells its caller: the report and the all-or-nothing error."""

from __future__ import annotations

from dataclasses import dataclass, field

from centers.importer.ownership import Conflict


@dataclass
class FacilityImportReport:
    """What an import found and did (or, on a dry run, would do)."""

    dry_run: bool = False
    overwrite: bool = False
    rows: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    centers_created: int = 0
    centers_updated: int = 0
    centers_unchanged: int = 0
    offerings_created: int = 0
    offerings_updated: int = 0
    offerings_unchanged: int = 0
    sources_created: int = 0
    citations_created: int = 0
    modalities_created: int = 0
    created_center_ids: list[int] = field(default_factory=list)
    # Fields a curator changed since the last import, where the file differs.
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def changed(self) -> int:
        """How many records the import creates or changes (0: the file is in)."""
        return (
            self.centers_created
            + self.centers_updated
            + self.offerings_created
            + self.offerings_updated
            + self.sources_created
            + self.citations_created
            + self.modalities_created
        )

    def summary(self) -> str:
        prefix = "Dry run, nothing written. Would have: " if self.dry_run else ""
        return (
            f"{prefix}{self.rows} {'row' if self.rows == 1 else 'rows'}: centers "
            f"{self.centers_created} created, "
            f"{self.centers_updated} updated, {self.centers_unchanged} unchanged; "
            f"offerings {self.offerings_created} created, {self.offerings_updated} "
            f"updated, {self.offerings_unchanged} unchanged; sources "
            f"{self.sources_created} created; citations {self.citations_created} "
            f"created; modalities {self.modalities_created} created."
            + self._conflict_summary()
        )

    def _conflict_summary(self) -> str:
        count = len(self.conflicts)
        if not count:
            return ""
        edits = "curator edit" if count == 1 else "curator edits"
        if self.overwrite:
            return f" {count} {edits} since the last import replaced (--overwrite)."
        return (
            f" {count} {edits} since the last import kept; the file differs "
            "(--overwrite to replace)."
        )


class FacilityImportError(Exception):
    """The file cannot be imported; `report.errors` names every problem."""

    def __init__(self, report: FacilityImportReport):
        self.report = report
        super().__init__("; ".join(report.errors))
