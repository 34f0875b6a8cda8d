"""The side-by-side comparison: pure functions over prefetched objects.

`compare_countries` and `compare_centers` take objects shaped by
`Country.objects.for_comparison()` / `Center.objects.for_comparison()` and return
plain, immutable data (`cells`). They run no queries, so the HTML page, the CSV
download and the API all render the same comparison, and tests need no database.
"""

from comparisons.compare.cells import (
    Cell,
    CenterListFilter,
    Comparison,
    Group,
    Item,
    Row,
)
from comparisons.compare.centers import compare_centers
from comparisons.compare.countries import compare_countries

__all__ = [
    "Cell",
    "CenterListFilter",
    "Comparison",
    "Group",
    "Item",
    "Row",
    "compare_centers",
    "compare_countries",
]
