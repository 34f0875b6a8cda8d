"""Write a validated facility list: centers, offerings, sources, citations.

`facilities_import` validates every row first, then writes in bulk inside one
transaction, with history rows naming the curator and the reason
IMPORT_CHANGE_REASON. A file with any bad row changes nothing. The lookups are
loaded once, so the number of queries does not grow with the file.

Importing records what changed and nothing else: a record whose values match
the file keeps its row, its history, `updated_at` and `last_verified` as they
are, so an unchanged file reports 0 created and 0 updated.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from centers.importer.bulk import chunks, create_with_history, update_changed
from centers.importer.matching import CenterMatcher
from centers.importer.plan import (
    Incoming,
    offering_incoming,
    resolve,
    settle_offering,
)
from centers.importer.records import (
    citation_supports,
    new_particle_modality,
    new_source,
    particle_modality_slug,
    unique_center_slug,
)
from centers.importer.report import FacilityImportError, FacilityImportReport
from centers.importer.validate import FacilityRow, read_rows
from centers.importer.vocab import CountryNames
from centers.models import (
    Center,
    CenterKind,
    CenterSource,
    Offering,
    OfferingSource,
    TreatmentModality,
)
from curation.models import PublicationStatus, Source, SourcedModel
from destinations.models import Country

# A file this long reports each stage's progress: rows validated, then written.
PROGRESS_EVERY = 1000
CENTER_COLUMNS = {
    "name": "name",
    "city": "city",
    "confidence": "confidence",
    "parent_id": "part_of",
    "publication_status": "publication (--publish)",
}


def facilities_import(
    *,
    stream: Iterable[str],
    verified_on: datetime.date | None = None,
    publish: bool = False,
    overwrite: bool = False,
    dry_run: bool = False,
    progress: Callable[[str], None] | None = None,
    user=None,
) -> FacilityImportReport:
    """Import a particle-therapy facility list; all rows or none.

    `stream` yields the file's text (open it with encoding='utf-8-sig' and
    newline=''). New centers are published when `publish` is true and drafts
    otherwise; existing centers keep their publication status unless
    `publish` is true. Raise FacilityImportError, having written nothing, when
    any row is bad; the error's report names every bad row by line and column.

    A re-import sets the file's values where they differ (a blank cell clears a
    year or room count), except on a field someone other than the import has
    changed since the last import: that value is kept and reported as a
    conflict, unless `overwrite`. It never touches a center's kind or slug,
    never deletes an offering or citation the file no longer lists, and keeps
    existing sources and citations as curated.

    Importing is not verifying: `last_verified` comes from a row's `checked_on`
    cell (and only moves forward). A new record whose row has none gets
    `verified_on`, or today, because the field cannot be blank.
    """
    report = FacilityImportReport(dry_run=dry_run, overwrite=overwrite)
    all_countries = list(Country.objects.all())
    rows = read_rows(
        stream,
        report,
        CountryNames.from_countries(all_countries),
        progress,
        progress_every=PROGRESS_EVERY,
    )
    if report.errors:
        raise FacilityImportError(report)
    with transaction.atomic():
        _FacilityWriter(
            rows=rows,
            countries={country.code: country for country in all_countries},
            report=report,
            verified_on=verified_on,
            publish=publish,
            overwrite=overwrite,
            progress=progress,
            write=not dry_run,
            user=user,
        ).run()
    return report


def new_record_verified_on(verified_on):
    """The date a new record without `checked_on` gets: blank where allowed."""
    if verified_on is not None:
        return verified_on
    nullable = SourcedModel._meta.get_field("last_verified").null
    return None if nullable else timezone.localdate()


@dataclass
class _FacilityWriter:
    """One import's plan and write, stage by stage, sharing preloaded lookups.

    On a dry run (write=False) the same plan is made and counted, but nothing
    is saved: unsaved objects have pk None, which matches no existing row.
    """

    rows: list[FacilityRow]
    countries: dict[str, Country]
    report: FacilityImportReport
    verified_on: datetime.date | None
    publish: bool
    overwrite: bool
    progress: Callable[[str], None] | None
    write: bool
    user: object
    now: datetime.datetime = field(default_factory=timezone.now)

    def run(self):
        self._load_lookups()
        if self.report.errors:
            raise FacilityImportError(self.report)
        self._create_missing_modalities()
        self._create_sources()
        row_centers = self._write_centers()
        self._link_to_new_parents(row_centers)
        row_offerings = self._write_offerings(row_centers)
        if self.write:
            self._write_citations(row_centers, row_offerings)

    def _load_lookups(self):
        """Preload what every stage looks up: a handful of queries in all."""
        rows = self.rows
        self.modality_slugs = {
            particle_modality_slug(particle)
            for row in rows
            for particle in row.particles
        }
        self.modalities = {
            modality.slug: modality
            for modality in TreatmentModality.objects.filter(
                slug__in=self.modality_slugs
            )
        }
        self.country_ids = {self.countries[row.country_code].pk for row in rows}
        self.matcher = CenterMatcher(
            rows=rows,
            countries=self.countries,
            stored=list(self._stored_centers()),
            errors=self.report.errors,
        )
        self.taken_slugs = set(Center.objects.values_list("slug", flat=True))
        self.urls = {url for row in rows for url in row.urls}
        self.sources = {}
        for chunk in chunks(self.urls):
            self.sources.update(_sources_by_url(chunk))
        self.new_verified_on = new_record_verified_on(self.verified_on)

    @property
    def particle_modality_ids(self):
        return [modality.pk for modality in self.modalities.values()]

    def _stored_centers(self):
        return Center.objects.filter(country_id__in=self.country_ids)

    def _stored_offerings(self):
        return Offering.objects.filter(
            center__country_id__in=self.country_ids,
            modality_id__in=self.particle_modality_ids,
        )

    def _create_missing_modalities(self):
        """Add modalities for particles the taxonomy lacks (helium, oxygen...)."""
        for slug in sorted(self.modality_slugs - set(self.modalities)):
            modality = new_particle_modality(slug)
            if self.write:
                modality.save()
            self.modalities[slug] = modality
            self.report.modalities_created += 1

    def _create_sources(self):
        """Add a source for each URL not yet stored; stored ones stay as curated."""
        new_sources = [new_source(url) for url in sorted(self.urls - set(self.sources))]
        if new_sources and self.write:
            created = create_with_history(new_sources, Source, user=self.user)
            self.sources.update({source.url: source for source in created})
            if any(source.pk is None for source in created):
                for chunk in chunks(source.url for source in new_sources):
                    self.sources.update(_sources_by_url(chunk))
        self.report.sources_created = len(new_sources)

    def _write_centers(self):
        """Create and update the rows' centers; return each row's center."""
        incomings = [self._center_incoming(i, row) for i, row in enumerate(self.rows)]
        changes = resolve(
            Center,
            incomings,
            overwrite=self.overwrite,
            shown_value=self.matcher.shown_value,
        )
        self._save(
            Center,
            changes,
            key=lambda center: (center.name, center.country_id),
            stored=self._stored_centers,
            by_value={"publication_status"},
            now=self.now,
        )
        self.report.conflicts.extend(changes.conflicts)
        self.report.centers_created = len(changes.created)
        self.report.centers_updated = len(changes.changed)
        self.report.centers_unchanged = changes.unchanged
        self.report.created_center_ids = [
            center.pk for center in changes.created if center.pk is not None
        ]
        # Centers counted as created or updated: linking them counts no more.
        self.counted_centers = {id(center) for center, _ in changes.changed}
        self.counted_centers |= {id(center) for center in changes.created}
        self.matcher.names_by_pk.update(
            {center.pk: center.name for center in changes.created}
        )
        self._say(f"wrote {len(incomings)} centers")
        return [incoming.obj for incoming in incomings]

    def _center_incoming(self, index, row):
        center = self.matcher.centers[index]
        new = center is None
        values = {}
        columns = set(row.columns) | ({"city", "confidence"} if new else set())
        for name in ("city", "confidence"):
            if name in columns:
                values[name] = getattr(row, name)
        if index in self.matcher.former_names:
            values["name"] = row.name  # matched on a name it had before
        parent = self.matcher.parents.get(index)
        if isinstance(parent, Center):
            values["parent_id"] = parent.pk
        if new or self.publish:
            values["publication_status"] = (
                PublicationStatus.PUBLISHED if self.publish else PublicationStatus.DRAFT
            )
        if row.checked_on is not None or new:
            values["last_verified"] = row.checked_on or self.new_verified_on
        if new:
            slug = unique_center_slug(row.name, row.country_code, self.taken_slugs)
            self.taken_slugs.add(slug)
            center = Center(
                name=row.name,
                slug=slug,
                country=self.countries[row.country_code],
                kind=CenterKind.UNKNOWN,
            )
        return Incoming(center, row, new, values, CENTER_COLUMNS)

    def _link_to_new_parents(self, row_centers):
        """Link units whose parent this import creates, now that it has a pk."""
        incomings = []
        for index, parent in self.matcher.parents.items():
            if isinstance(parent, int):  # the index of the parent's row
                center = row_centers[index]
                parent_id = row_centers[parent].pk
                if parent_id is None:  # a dry run: the new parent has no pk
                    if id(center) not in self.counted_centers:
                        self.report.centers_updated += 1
                        self.report.centers_unchanged -= 1
                        self.counted_centers.add(id(center))
                    continue
                incomings.append(
                    Incoming(
                        center,
                        self.rows[index],
                        False,
                        {"parent_id": parent_id},
                        CENTER_COLUMNS,
                    )
                )
        if not incomings:
            return
        changes = resolve(
            Center,
            incomings,
            overwrite=self.overwrite,
            shown_value=self.matcher.shown_value,
        )
        self.report.conflicts.extend(changes.conflicts)
        for center, _ in changes.changed:
            if id(center) not in self.counted_centers:
                self.report.centers_updated += 1
                self.report.centers_unchanged -= 1
        if self.write:
            update_changed(Center, changes.changed, now=self.now, user=self.user)

    def _write_offerings(self, row_centers):
        """Create and update an offering per particle; return (row, offering) pairs."""
        existing = {
            (offering.center_id, offering.modality_id): offering
            for offering in self._stored_offerings()
        }
        incomings = []
        for row, center in zip(self.rows, row_centers, strict=True):
            for particle in row.particles:
                slug = particle_modality_slug(particle)
                modality = self.modalities[slug]
                offering = existing.get((center.pk, modality.pk))
                new = offering is None
                if new:
                    offering = Offering(center=center, modality=modality)
                incoming = offering_incoming(row, slug, offering, new=new)
                if new and "last_verified" not in incoming.values:
                    incoming.values["last_verified"] = self.new_verified_on
                incomings.append(incoming)
        changes = resolve(
            Offering, incomings, overwrite=self.overwrite, settle=settle_offering
        )
        self._save(
            Offering,
            changes,
            key=lambda offering: (offering.center_id, offering.modality_id),
            stored=self._stored_offerings,
            now=None,
        )
        if self.write:
            self._touch_centers(changes)
        self.report.conflicts.extend(changes.conflicts)
        self.report.offerings_created = len(changes.created)
        self.report.offerings_updated = len(changes.changed)
        self.report.offerings_unchanged = changes.unchanged
        self._say(f"wrote {len(incomings)} offerings")
        return [(incoming.row, incoming.obj) for incoming in incomings]

    def _touch_centers(self, offering_changes):
        """Mark centers changed whose offerings were created or changed.

        A center's payload includes its offerings: partners syncing with
        `updated_since` must see the center as changed when an offering is.
        """
        touched = {offering.center_id for offering, _ in offering_changes.changed}
        touched |= {offering.center_id for offering in offering_changes.created}
        for chunk in chunks(touched):
            Center.objects.filter(pk__in=chunk).update(updated_at=self.now)

    def _write_citations(self, row_centers, row_offerings):
        """Add the missing citations; curated `supports` text is kept."""
        center_pairs = set(
            CenterSource.objects.filter(
                center__country_id__in=self.country_ids
            ).values_list("center_id", "source_id")
        )
        offering_pairs = set(
            OfferingSource.objects.filter(
                offering__center__country_id__in=self.country_ids,
                offering__modality_id__in=self.particle_modality_ids,
            ).values_list("offering_id", "source_id")
        )
        center_citations = [
            CenterSource(center=center, source=source, supports=citation_supports(row))
            for row, center, source in self._missing_citations(
                zip(self.rows, row_centers, strict=True), center_pairs
            )
        ]
        offering_citations = [
            OfferingSource(
                offering=offering,
                source=source,
                supports=citation_supports(row, offering=offering),
            )
            for row, offering, source in self._missing_citations(
                row_offerings, offering_pairs
            )
        ]
        for model, citations in (
            (CenterSource, center_citations),
            (OfferingSource, offering_citations),
        ):
            if citations:
                create_with_history(citations, model, user=self.user)
        self.report.citations_created = len(center_citations) + len(offering_citations)

    def _missing_citations(self, row_records, pairs):
        """Yield (row, record, source) for each URL a record lacks a citation of.

        `pairs` holds the (record pk, source pk) citations stored so far and
        grows with each one yielded, so a URL cited twice is added once.
        """
        for row, record in row_records:
            for url in row.urls:
                source = self.sources[url]
                if (record.pk, source.pk) not in pairs:
                    pairs.add((record.pk, source.pk))
                    yield row, record, source

    def _save(self, model, changes, *, key, stored, now, by_value=frozenset()):
        """Insert a stage's new objects and update its changed ones (unless dry).

        Where the database returns no pks for the inserted objects, they are
        looked up by `key` among the `stored()` ones: later stages need them.
        """
        if not self.write:
            return
        if changes.created:
            created = create_with_history(changes.created, model, user=self.user)
            if any(obj.pk is None for obj in created):
                pks = {key(obj): obj.pk for obj in stored()}
                for obj in changes.created:
                    obj.pk = pks[key(obj)]
        update_changed(
            model, changes.changed, now=now, user=self.user, by_value=by_value
        )

    def _say(self, message):
        if self.progress and len(self.rows) >= PROGRESS_EVERY:
            self.progress(message)


def _sources_by_url(urls):
    return {source.url: source for source in Source.objects.filter(url__in=urls)}
