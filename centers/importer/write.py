"""Plan a validated facility list against the database and write it in bulk.

`facilities_import` validates every row first and then writes centers,
offerings, sources and citations in bulk inside one transaction, with history
rows naming the curator. A file with any bad row changes nothing. The lookups
are loaded once, so the number of queries does not grow with the file.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils import timezone

from centers.importer.bulk import chunks, create_with_history, update_changed
from centers.importer.records import (
    citation_supports,
    new_particle_modality,
    new_source,
    particle_modality_slug,
    unique_center_slug,
)
from centers.importer.report import FacilityImportError, FacilityImportReport
from centers.importer.validate import FacilityRow, read_rows
from centers.models import (
    Center,
    CenterKind,
    CenterSource,
    Offering,
    OfferingSource,
    TreatmentModality,
)
from curation.models import PublicationStatus, Source
from destinations.models import Country

# A file this long reports each stage's progress: rows validated, then written.
PROGRESS_EVERY = 1000
# File columns whose model field has another name.
OPTIONAL_FIELDS = {"first_treatment_year": "first_year"}


def facilities_import(
    *,
    stream: Iterable[str],
    verified_on: datetime.date,
    publish: bool = False,
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

    A re-import replaces the stored city, year, rooms, status, notes and
    confidence with the file's (a blank cell clears a year or room count) and
    saves only rows that changed. It never touches a center's kind, slug or
    parent, never deletes an offering or citation the file no longer lists, and
    keeps existing sources and citations as curated. History rows name `user`
    (the curator who ran it) with the reason "facility import".
    """
    report = FacilityImportReport(dry_run=dry_run)
    countries = {country.code: country for country in Country.objects.all()}
    rows = read_rows(
        stream, report, set(countries), progress, progress_every=PROGRESS_EVERY
    )
    if report.errors:
        raise FacilityImportError(report)
    with transaction.atomic():
        _FacilityWriter(
            rows=rows,
            countries=countries,
            report=report,
            verified_on=verified_on,
            publish=publish,
            progress=progress,
            write=not dry_run,
            user=user,
        ).run()
    return report


@dataclass
class _Changes:
    """What one stage plans: new objects, and existing ones with changed fields."""

    created: list = field(default_factory=list)
    changed: list[tuple[models.Model, set[str]]] = field(default_factory=list)
    unchanged: int = 0

    def add(self, obj, values, *, new):
        """Set the file's `values` on `obj` and file it under what that changed."""
        changed = {
            name for name, value in values.items() if getattr(obj, name) != value
        }
        for name in changed:
            setattr(obj, name, values[name])
        if new:
            self.created.append(obj)
        elif changed:
            self.changed.append((obj, changed))
        else:
            self.unchanged += 1


@dataclass
class _FacilityWriter:
    """One import's plan and write, stage by stage, sharing preloaded lookups.

    On a dry run (write=False) the same plan is made and counted, but nothing
    is saved: unsaved objects have pk None, which matches no existing row.
    """

    rows: list[FacilityRow]
    countries: dict[str, Country]
    report: FacilityImportReport
    verified_on: datetime.date
    publish: bool
    progress: Callable[[str], None] | None
    write: bool
    user: object
    now: datetime.datetime = field(default_factory=timezone.now)

    def run(self):
        self._load_lookups()
        self._create_missing_modalities()
        self._create_sources()
        row_centers = self._write_centers()
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
        self.existing_centers = {
            (center.name, center.country_id): center
            for center in self._stored_centers()
        }
        self.taken_slugs = set(Center.objects.values_list("slug", flat=True))
        self.urls = {url for row in rows for url in row.urls}
        self.sources = {}
        for chunk in chunks(self.urls):
            self.sources.update(_sources_by_url(chunk))

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
        changes = _Changes()
        row_centers = [self._plan_center(row, changes) for row in self.rows]
        self._save(
            Center,
            changes,
            key=lambda center: (center.name, center.country_id),
            stored=self._stored_centers,
            # Without `publish`, existing centers keep their own status.
            uniform={"last_verified", "publication_status"}
            if self.publish
            else {"last_verified"},
            now=self.now,
        )
        self.report.centers_created = len(changes.created)
        self.report.centers_updated = len(changes.changed)
        self.report.centers_unchanged = changes.unchanged
        self.report.created_center_ids = [
            center.pk for center in changes.created if center.pk is not None
        ]
        self._say(f"wrote {len(row_centers)} centers")
        return row_centers

    def _plan_center(self, row, changes):
        country = self.countries[row.country_code]
        center = self.existing_centers.get((row.name, country.pk))
        new = center is None
        values = {
            **_from_file(
                row, {"city": row.city, "confidence": row.confidence}, new=new
            ),
            "last_verified": self.verified_on,
        }
        if new or self.publish:
            values["publication_status"] = (
                PublicationStatus.PUBLISHED if self.publish else PublicationStatus.DRAFT
            )
        if new:
            slug = unique_center_slug(row.name, row.country_code, self.taken_slugs)
            self.taken_slugs.add(slug)
            center = Center(
                name=row.name, slug=slug, country=country, kind=CenterKind.UNKNOWN
            )
        changes.add(center, values, new=new)
        return center

    def _write_offerings(self, row_centers):
        """Create and update an offering per particle; return (row, offering) pairs."""
        existing = {
            (offering.center_id, offering.modality_id): offering
            for offering in self._stored_offerings()
        }
        changes = _Changes()
        row_offerings = [
            (row, self._plan_offering(row, center, particle, existing, changes))
            for row, center in zip(self.rows, row_centers, strict=True)
            for particle in row.particles
        ]
        self._save(
            Offering,
            changes,
            key=lambda offering: (offering.center_id, offering.modality_id),
            stored=self._stored_offerings,
            uniform={"last_verified"},
            now=None,
        )
        if self.write:
            self._touch_centers(changes)
        self.report.offerings_created = len(changes.created)
        self.report.offerings_updated = len(changes.changed)
        self.report.offerings_unchanged = changes.unchanged
        self._say(f"wrote {len(row_offerings)} offerings")
        return row_offerings

    def _plan_offering(self, row, center, particle, existing, changes):
        modality = self.modalities[particle_modality_slug(particle)]
        offering = existing.get((center.pk, modality.pk))
        new = offering is None
        values = {
            "status": row.status,
            **_from_file(
                row,
                {
                    "first_treatment_year": row.first_year,
                    "treatment_rooms": row.rooms,
                    "notes": row.notes,
                    "confidence": row.confidence,
                },
                new=new,
            ),
            "last_verified": self.verified_on,
        }
        if new:
            offering = Offering(center=center, modality=modality)
        changes.add(offering, values, new=new)
        return offering

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
            CenterSource(center=center, source=source, supports=supports)
            for center, source, supports in self._missing_citations(
                zip(self.rows, row_centers, strict=True), center_pairs, for_center=True
            )
        ]
        offering_citations = [
            OfferingSource(offering=offering, source=source, supports=supports)
            for offering, source, supports in self._missing_citations(
                row_offerings, offering_pairs, for_center=False
            )
        ]
        for model, citations in (
            (CenterSource, center_citations),
            (OfferingSource, offering_citations),
        ):
            if citations:
                create_with_history(citations, model, user=self.user)

    def _missing_citations(self, row_records, pairs, *, for_center):
        """Yield (record, source, supports) for each URL a record lacks a citation of.

        `pairs` holds the (record pk, source pk) citations stored so far and
        grows with each one yielded, so a URL cited twice is added once.
        """
        for row, record in row_records:
            for url in row.urls:
                source = self.sources[url]
                if (record.pk, source.pk) not in pairs:
                    pairs.add((record.pk, source.pk))
                    yield record, source, citation_supports(row, for_center=for_center)

    def _save(self, model, changes, *, key, stored, uniform, now):
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
        update_changed(model, changes.changed, uniform=uniform, now=now, user=self.user)

    def _say(self, message):
        if self.progress and len(self.rows) >= PROGRESS_EVERY:
            self.progress(message)


def _from_file(row, by_column, *, new):
    """Field values for the optional columns the file has (all, for a new record).

    A column the file leaves out keeps what is stored: a list with only the
    required columns must not wipe cities, years or notes curators entered.
    """
    return {
        OPTIONAL_FIELDS.get(column, column): value
        for column, value in by_column.items()
        if new or column in row.columns
    }


def _sources_by_url(urls):
    return {source.url: source for source in Source.objects.filter(url__in=urls)}
