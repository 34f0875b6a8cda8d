"""The particle-therapy facility import, by stage.

`parse` reads the CSV text, `validate` checks every row and names each problem
by line and column, `write` plans the rows against the database and writes them
in bulk, all or nothing; `report` is what the caller gets back. Callers import
from here.
"""

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
