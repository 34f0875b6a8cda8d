"""The particle-therapy facility import, by stage.

`parse` reads the CSV text (spreadsheet quirks included), `vocab` reads status
words and country names, `validate` and `cells` check every row and name each
problem by line and column, `matching` finds each row's stored center and
parent, `plan` and `ownership` decide what to write (never a field a curator
changed since the last import, unless told), `write` writes it in bulk, all or
nothing; `report` is what the caller gets back. Callers import from here.
"""

from centers.importer.bulk import IMPORT_CHANGE_REASON
from centers.importer.ownership import Conflict
from centers.importer.parse import split_urls
from centers.importer.records import (
    new_source,
    particle_modality_slug,
    source_publisher_from_url,
    source_title_from_url,
    unique_center_slug,
)
from centers.importer.report import FacilityImportError, FacilityImportReport
from centers.importer.write import facilities_import

__all__ = [
    "IMPORT_CHANGE_REASON",
    "Conflict",
    "FacilityImportError",
    "FacilityImportReport",
    "facilities_import",
    "new_source",
    "particle_modality_slug",
    "source_publisher_from_url",
    "source_title_from_url",
    "split_urls",
    "unique_center_slug",
]
