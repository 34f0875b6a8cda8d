"""What a facility import tells its caller: the report and the all-or-nothing error."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FacilityImportReport:
    """What an import found and did (or, on a dry run, would do)."""

    dry_run: bool = False
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
    modalities_created: int = 0
    created_center_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        prefix = "Dry run, nothing written. Would have: " if self.dry_run else ""
        return (
            f"{prefix}{self.rows} {'row' if self.rows == 1 else 'rows'}: centers "
            f"{self.centers_created} created, "
            f"{self.centers_updated} updated, {self.centers_unchanged} unchanged; "
            f"offerings {self.offerings_created} created, {self.offerings_updated} "
            f"updated, {self.offerings_unchanged} unchanged; sources "
            f"{self.sources_created} created; modalities {self.modalities_created} "
            "created."
        )


class FacilityImportError(Exception):
    """The file cannot be imported; `report.errors` names every problem."""

    def __init__(self, report: FacilityImportReport):
        self.report = report
        super().__init__("; ".join(report.errors))
