"""Staff admin for centers, their offerings, the taxonomies and cost estimates.

One module per kind of record; importing this package registers them all.
Shared pieces (provenance column, actions, citation inline, fieldsets) are in
`curation/admin.py`.
"""

from centers.admin import centers, imports, offerings, taxonomy

__all__ = ["centers", "imports", "offerings", "taxonomy"]
