"""Multi-model writes for centers: the particle-therapy facility import.

`facilities_import` reads a facility list (the layout of
`centers/demo_data/particle_therapy_facilities.csv`), validates every row first
and then writes centers, offerings, sources and citations in bulk inside one
transaction. A file with any bad row changes nothing.
"""

from __future__ import annotations

import csv
import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from centers.models import (
    Center,
    CenterKind,
    CenterSource,
    ModalityCategory,
    Offering,
    OfferingSource,
    OfferingStatus,
    TreatmentModality,
)
from curation.models import (
    EARLIEST_PLAUSIBLE_YEAR,
    LATEST_PLAUSIBLE_YEAR,
    Confidence,
    PublicationStatus,
    Source,
)
from destinations.models import Country

IMPORT_CHANGE_REASON = "facility import"
BATCH_SIZE = 500
# Below SQLite's oldest limit on query parameters (999), for `__in` look-ups.
LOOKUP_CHUNK = 900
PROGRESS_EVERY = 1000

REQUIRED_COLUMNS = ("name", "country", "particles", "status", "source_url")
OPTIONAL_COLUMNS = (
    "city",
    "first_treatment_year",
    "treatment_rooms",
    "confidence",
    "notes",
)
KNOWN_COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS

STATUS_ALIASES = {
    "operating": OfferingStatus.OPERATIONAL,
    "closed": OfferingStatus.CLOSED,
    "unknown": OfferingStatus.UNKNOWN,
    "": OfferingStatus.UNKNOWN,  # blank means "not found in a source"
    **{status.value: status for status in OfferingStatus},
}
PARTICLE_MODALITY_SLUGS = {
    "proton": "proton-therapy",
    "carbon": "carbon-ion-therapy",
}
# Ions used or trialled for therapy. Protons and carbon have their modalities;
# any other becomes its own ("helium-ion-therapy"). A word outside this list is
# a typo ("protn") and a bad row, never a new treatment on the public site.
KNOWN_PARTICLES = (
    "argon",
    "carbon",
    "helium",
    "lithium",
    "neon",
    "oxygen",
    "proton",
    "silicon",
)
PARTICLE_SEPARATORS = re.compile(r"[;,]")
URL_SEPARATOR = " | "
MAX_NAME = Center._meta.get_field("name").max_length
MAX_CITY = Center._meta.get_field("city").max_length
MAX_SLUG = Center._meta.get_field("slug").max_length
MAX_URL = Source._meta.get_field("url").max_length
MAX_TITLE = Source._meta.get_field("title").max_length
MAX_PUBLISHER = Source._meta.get_field("publisher").max_length


# --- Sources, shared with the demo loader -------------------------------------


def split_urls(value: str) -> list[str]:
    """Split a ` | `-separated URL cell into distinct URLs, main source first."""
    urls = []
    for part in value.split("|"):
        url = part.strip()
        if url and url not in urls:
            urls.append(url)
    return urls


def source_publisher_from_url(url: str) -> str:
    """Return the host of `url` without `www.`, used as the source's publisher."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")[:MAX_PUBLISHER]


def source_title_from_url(url: str) -> str:
    """Derive a readable title from host and path tail when none is known.

    E.g. 'mainichi.jp: articles/20190323/k00/00m/040/062000c'.
    """
    parts = urlsplit(url)
    path = parts.path.strip("/")
    segments = [segment for segment in path.split("/") if segment]
    tail = "/".join(segments[-2:]) if segments else ""
    host = source_publisher_from_url(url)
    title = f"{host}: {tail}" if tail else host or url
    return title[:MAX_TITLE]


def new_source(url: str, *, accessed_note: str = "", accessed_on=None) -> Source:
    """Build an unsaved Source for a URL, with a derived title and publisher."""
    return Source(
        url=url,
        title=source_title_from_url(url),
        publisher=source_publisher_from_url(url),
        accessed_note=accessed_note,
        accessed_on=accessed_on,
    )


# --- The report ---------------------------------------------------------------


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


# --- Parsing and validation ---------------------------------------------------


@dataclass
class FacilityRow:
    """One validated row of a facility list."""

    line: int
    name: str
    country_code: str
    city: str
    particles: list[str]
    first_year: int | None
    rooms: int | None
    urls: list[str]
    confidence: str
    status: str
    notes: str
    columns: frozenset[str]  # the file's columns: absent ones leave stored values


def _normalize_header(name: str | None) -> str:
    # A byte-order mark survives when the caller opened the file as plain utf-8.
    return re.sub(r"\s+", "_", (name or "").strip().lstrip("\ufeff").strip().lower())


def _parse_int(value: str) -> int | None:
    """Parse '2015' or a spreadsheet's '2015.0'; None if it is not an integer."""
    match = re.fullmatch(r"([+-]?\d+)(?:\.0+)?", value)
    return int(match.group(1)) if match else None


def _parse_particles(value: str) -> list[str] | None:
    """Return particle names ('proton', 'helium'), or None if any is unknown."""
    particles = []
    for token in PARTICLE_SEPARATORS.split(value.lower()):
        word = re.sub(r"[\s-]+ions?$", "", token.strip())
        word = {"protons": "proton"}.get(word, word)
        if not word:
            continue
        if word not in KNOWN_PARTICLES:
            return None
        if word not in particles:
            particles.append(word)
    return particles or None


OPTIONAL_FIELDS = {"first_treatment_year": "first_year"}


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


def particle_modality_slug(particle: str) -> str:
    """Map a particle name to its modality slug: 'helium' -> 'helium-ion-therapy'."""
    return PARTICLE_MODALITY_SLUGS.get(particle, f"{particle}-ion-therapy")


def _validate_row(line, values, columns, country_codes, errors):
    """Return a FacilityRow, or None after appending this row's errors."""
    problems = []

    def problem(column, message):
        problems.append(f"line {line}, column {column}: {message}")

    for column, value in values.items():
        if "\x00" in value:
            problem(column, "contains a NUL character (is this a text CSV file?)")

    name = re.sub(r"\s+", " ", values.get("name", ""))
    if not name:
        problem("name", "a name is required")
    elif len(name) > MAX_NAME:
        problem("name", f"longer than {MAX_NAME} characters")

    code = values.get("country", "").upper()
    if not code:
        problem("country", "a country code is required")
    elif code not in country_codes:
        problem("country", f"{values['country']!r} is not a known country code")

    city = values.get("city", "")
    if len(city) > MAX_CITY:
        problem("city", f"longer than {MAX_CITY} characters")

    particles = _parse_particles(values.get("particles", ""))
    if particles is None:
        problem(
            "particles",
            f"{values.get('particles', '')!r} is not a particle list "
            "such as 'proton;carbon'",
        )

    first_year = None
    raw_year = values.get("first_treatment_year", "")
    if raw_year:
        first_year = _parse_int(raw_year)
        if first_year is None:
            problem("first_treatment_year", f"{raw_year!r} is not a year")
        elif not EARLIEST_PLAUSIBLE_YEAR <= first_year <= LATEST_PLAUSIBLE_YEAR:
            problem(
                "first_treatment_year",
                f"{raw_year!r} is not a plausible year "
                f"({EARLIEST_PLAUSIBLE_YEAR}-{LATEST_PLAUSIBLE_YEAR})",
            )

    rooms = None
    raw_rooms = values.get("treatment_rooms", "")
    if raw_rooms:
        rooms = _parse_int(raw_rooms)
        if rooms is None or rooms < 0 or rooms > 32767:
            problem(
                "treatment_rooms", f"{raw_rooms!r} is not a non-negative whole number"
            )

    urls = split_urls(values.get("source_url", ""))
    if not urls:
        problem("source_url", "at least one source URL is required")
    for url in urls:
        try:
            parts = urlsplit(url)
        except ValueError:  # e.g. "https://[bad/": an unclosed IPv6 bracket
            problem("source_url", f"{url!r} is not an http(s) URL")
            continue
        if parts.scheme not in ("http", "https") or not parts.hostname:
            problem("source_url", f"{url!r} is not an http(s) URL")
        elif len(url) > MAX_URL:
            problem("source_url", f"URL longer than {MAX_URL} characters")

    raw_confidence = values.get("confidence", "")
    confidence = raw_confidence.lower() or Confidence.MEDIUM
    if confidence not in Confidence.values:
        problem("confidence", f"{raw_confidence!r} is not one of high, medium, low")

    raw_status = values.get("status", "")
    status = STATUS_ALIASES.get(raw_status.lower())
    if status is None:
        allowed = ", ".join(sorted({key for key in STATUS_ALIASES if key}))
        problem("status", f"{raw_status!r} is not a status ({allowed})")

    if problems:
        errors.extend(problems)
        return None
    return FacilityRow(
        line=line,
        name=name,
        country_code=code,
        city=city,
        particles=particles,
        first_year=first_year,
        rooms=rooms,
        urls=urls,
        confidence=confidence,
        status=str(status),
        notes=values.get("notes", ""),
        columns=columns,
    )


def _read_rows(stream, report, country_codes, progress):
    """Validate the whole file, returning good rows; problems go to the report."""
    reader = csv.reader(stream)
    header = None
    columns = []
    rows = []
    seen = {}
    next_line = 1
    try:
        for record in reader:
            line, next_line = next_line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue  # blank line, or a spreadsheet's row of empty cells
            if header is None:
                header = [_normalize_header(cell) for cell in record]
                columns = _check_header(header, line, report)
                file_columns = frozenset(column for _, column in columns)
                if report.errors:
                    return []
                continue
            report.rows += 1
            if len(record) > len(header) and any(
                cell.strip() for cell in record[len(header) :]
            ):
                report.errors.append(
                    f"line {line}: {len(record)} values but only "
                    f"{len(header)} columns in the header"
                )
                continue
            values = {
                column: record[index].strip()
                for index, column in columns
                if index < len(record)
            }
            row = _validate_row(
                line, values, file_columns, country_codes, report.errors
            )
            key = (
                re.sub(r"\s+", " ", values.get("name", "")),
                values.get("country", "").upper(),
            )
            if key[0] and key in seen:
                report.errors.append(
                    f"line {line}, column name: {key[0]!r} in {key[1]} "
                    f"already appears on line {seen[key]}"
                )
            elif row is not None:
                rows.append(row)
            seen.setdefault(key, line)
            if progress and report.rows % PROGRESS_EVERY == 0:
                progress(f"validated {report.rows} rows")
    except csv.Error as error:
        report.errors.append(f"line {next_line}: not readable as CSV ({error})")
    except UnicodeDecodeError as error:
        report.errors.append(f"the file is not UTF-8 text ({error.reason})")
    if header is None and not report.errors:
        report.errors.append("the file is empty: no header row")
    return rows


def _check_header(header, line, report):
    """Return (index, column) pairs of known columns; report what is wrong."""
    columns = []
    for index, name in enumerate(header):
        if name in KNOWN_COLUMNS:
            if name in [column for _, column in columns]:
                report.errors.append(f"line {line}: column {name!r} appears twice")
            columns.append((index, name))
        elif name:
            report.warnings.append(f"line {line}: unknown column {name!r} ignored")
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        report.errors.append(
            f"line {line}: missing required column(s) {', '.join(missing)}; "
            f"expected {', '.join(KNOWN_COLUMNS)}"
        )
    return columns


# --- Planning and writing -----------------------------------------------------


def _chunks(items, size=LOOKUP_CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def unique_center_slug(name, country_code, taken):
    """Return a slug not in `taken`: the name, then name-cc, then name-cc-2, ..."""
    base = slugify(name)[:MAX_SLUG].strip("-") or "center"
    if base not in taken:
        return base
    suffix = f"-{country_code.lower()}"
    candidate = base[: MAX_SLUG - len(suffix)].rstrip("-") + suffix
    number = 2
    while candidate in taken:
        numbered = f"{suffix}-{number}"
        candidate = base[: MAX_SLUG - len(numbered)].rstrip("-") + numbered
        number += 1
    return candidate


def _assign(obj, values):
    """Set `values` on `obj`; return the names of the fields that changed."""
    changed = set()
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.add(name)
    return changed


def _update_changed(model, changes, *, uniform, now, user):
    """Save changed objects in bulk and record their history.

    `changes` pairs each object with the names of its changed fields. Fields in
    `uniform` carry one value for the whole import (the verification date, the
    publication status), so a plain UPDATE per chunk sets them; the rest go
    through bulk_update, grouped by which fields changed, because its CASE
    expressions cost time per object and field.
    """
    if not changes:
        return
    objs = [obj for obj, _ in changes]
    uniform_values = {name: getattr(objs[0], name) for name in uniform}
    if now is not None:
        uniform_values["updated_at"] = now
        for obj in objs:
            obj.updated_at = now
    for chunk in _chunks(objs):
        model.objects.filter(pk__in=[obj.pk for obj in chunk]).update(**uniform_values)
    groups = {}
    for obj, changed in changes:
        varying = frozenset(changed - uniform)
        if varying:
            groups.setdefault(varying, []).append(obj)
    for fields, group in sorted(groups.items(), key=lambda item: sorted(item[0])):
        model.objects.bulk_update(group, sorted(fields), batch_size=BATCH_SIZE)
    model.history.bulk_history_create(
        objs,
        batch_size=BATCH_SIZE,
        update=True,
        default_change_reason=IMPORT_CHANGE_REASON,
        default_user=user,
    )


def _sources_by_url(urls):
    return {source.url: source for source in Source.objects.filter(url__in=urls)}


def _supports(row, *, for_center):
    """Say which facts of the row its sources back, for the citation."""
    facts = ["existence", "location"] if for_center else ["existence", "particles"]
    if not for_center:
        facts.append("status")
        if row.first_year is not None:
            facts.append("first treatment year")
        if row.rooms is not None:
            facts.append("rooms")
    return ", ".join(facts)


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
    rows = _read_rows(stream, report, set(countries), progress)
    if report.errors:
        raise FacilityImportError(report)
    with transaction.atomic():
        _plan_and_write(
            rows,
            countries,
            report,
            verified_on,
            publish,
            progress,
            write=not dry_run,
            user=user,
        )
    return report


def _plan_and_write(
    rows, countries, report, verified_on, publish, progress, *, write, user
):
    # On a dry run (write=False) the same plan is made and counted, but nothing is
    # saved: unsaved objects have pk None, which matches no existing row.
    now = timezone.now()
    status = PublicationStatus.PUBLISHED if publish else PublicationStatus.DRAFT

    # Lookups, preloaded once: a handful of queries whatever the file's length.
    modality_slugs = {
        particle_modality_slug(particle) for row in rows for particle in row.particles
    }
    modalities = {
        modality.slug: modality
        for modality in TreatmentModality.objects.filter(slug__in=modality_slugs)
    }
    country_ids = {countries[row.country_code].pk for row in rows}
    existing_centers = {
        (center.name, center.country_id): center
        for center in Center.objects.filter(country_id__in=country_ids)
    }
    taken_slugs = set(Center.objects.values_list("slug", flat=True))
    urls = {url for row in rows for url in row.urls}
    sources = {}
    for chunk in _chunks(urls):
        sources.update(_sources_by_url(chunk))

    # Modalities for particles the taxonomy lacks (helium, oxygen...).
    for slug in sorted(modality_slugs - set(modalities)):
        particle = slug.removesuffix("-ion-therapy")
        modality = TreatmentModality(
            slug=slug,
            name=f"{particle.capitalize()}-ion therapy",
            category=ModalityCategory.PARTICLE_THERAPY,
            description=f"Radiotherapy with {particle} ions.",
        )
        if write:
            modality.save()
        modalities[slug] = modality
        report.modalities_created += 1

    # Sources.
    new_sources = [new_source(url) for url in sorted(urls - set(sources))]
    if new_sources and write:
        created = bulk_create_with_history(
            new_sources,
            Source,
            batch_size=BATCH_SIZE,
            default_change_reason=IMPORT_CHANGE_REASON,
            default_user=user,
        )
        sources.update({source.url: source for source in created})
        if any(source.pk is None for source in created):
            for chunk in _chunks(source.url for source in new_sources):
                sources.update(_sources_by_url(chunk))
    report.sources_created = len(new_sources)

    # Centers.
    centers_to_create, centers_changed = [], []
    row_centers = []
    for row in rows:
        country = countries[row.country_code]
        center = existing_centers.get((row.name, country.pk))
        values = {
            **_from_file(
                row,
                {"city": row.city, "confidence": row.confidence},
                new=center is None,
            ),
            "last_verified": verified_on,
        }
        if center is None or publish:
            values["publication_status"] = status
        if center is None:
            slug = unique_center_slug(row.name, row.country_code, taken_slugs)
            taken_slugs.add(slug)
            center = Center(
                name=row.name, slug=slug, country=country, kind=CenterKind.UNKNOWN
            )
            _assign(center, values)
            centers_to_create.append(center)
        elif changed := _assign(center, values):
            centers_changed.append((center, changed))
        row_centers.append(center)
    if centers_to_create and write:
        created = bulk_create_with_history(
            centers_to_create,
            Center,
            batch_size=BATCH_SIZE,
            default_change_reason=IMPORT_CHANGE_REASON,
            default_user=user,
        )
        if any(center.pk is None for center in created):
            by_key = {
                (center.name, center.country_id): center
                for center in Center.objects.filter(country_id__in=country_ids)
            }
            for center in centers_to_create:
                center.pk = by_key[(center.name, center.country_id)].pk
    if write:
        _update_changed(
            Center,
            centers_changed,
            # Without `publish`, existing centers keep their own status.
            uniform={"last_verified", "publication_status"}
            if publish
            else {"last_verified"},
            now=now,
            user=user,
        )
    report.centers_created = len(centers_to_create)
    report.centers_updated = len(centers_changed)
    report.centers_unchanged = (
        len(row_centers) - len(centers_to_create) - len(centers_changed)
    )
    report.created_center_ids = [
        center.pk for center in centers_to_create if center.pk is not None
    ]
    if progress and len(rows) >= PROGRESS_EVERY:
        progress(f"wrote {len(row_centers)} centers")

    # Offerings.
    particle_modality_ids = [modality.pk for modality in modalities.values()]
    existing_offerings = {
        (offering.center_id, offering.modality_id): offering
        for offering in Offering.objects.filter(
            center__country_id__in=country_ids, modality_id__in=particle_modality_ids
        )
    }
    offerings_to_create, offerings_changed = [], []
    row_offerings = []
    for row, center in zip(rows, row_centers, strict=True):
        for particle in row.particles:
            modality = modalities[particle_modality_slug(particle)]
            offering = existing_offerings.get((center.pk, modality.pk))
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
                    new=offering is None,
                ),
                "last_verified": verified_on,
            }
            if offering is None:
                offering = Offering(center=center, modality=modality)
                _assign(offering, values)
                offerings_to_create.append(offering)
            elif changed := _assign(offering, values):
                offerings_changed.append((offering, changed))
            row_offerings.append((row, offering))
    if offerings_to_create and write:
        created = bulk_create_with_history(
            offerings_to_create,
            Offering,
            batch_size=BATCH_SIZE,
            default_change_reason=IMPORT_CHANGE_REASON,
            default_user=user,
        )
        if any(offering.pk is None for offering in created):
            by_key = {
                (offering.center_id, offering.modality_id): offering.pk
                for offering in Offering.objects.filter(
                    center__country_id__in=country_ids,
                    modality_id__in=particle_modality_ids,
                )
            }
            for offering in offerings_to_create:
                offering.pk = by_key[(offering.center_id, offering.modality_id)]
    if write:
        _update_changed(
            Offering, offerings_changed, uniform={"last_verified"}, now=None, user=user
        )
        # A center's payload includes its offerings: partners syncing with
        # `updated_since` must see the center as changed when an offering is.
        touched = {offering.center_id for offering, _fields in offerings_changed}
        touched |= {offering.center_id for offering in offerings_to_create}
        for chunk in _chunks(touched):
            Center.objects.filter(pk__in=chunk).update(updated_at=now)
    report.offerings_created = len(offerings_to_create)
    report.offerings_updated = len(offerings_changed)
    report.offerings_unchanged = (
        len(row_offerings) - len(offerings_to_create) - len(offerings_changed)
    )
    if progress and len(rows) >= PROGRESS_EVERY:
        progress(f"wrote {len(row_offerings)} offerings")

    if not write:
        return

    # Citations: add the missing ones; curated `supports` text is kept.
    center_pairs = set(
        CenterSource.objects.filter(center__country_id__in=country_ids).values_list(
            "center_id", "source_id"
        )
    )
    offering_pairs = set(
        OfferingSource.objects.filter(
            offering__center__country_id__in=country_ids,
            offering__modality_id__in=particle_modality_ids,
        ).values_list("offering_id", "source_id")
    )
    center_citations, offering_citations = [], []
    for row, center in zip(rows, row_centers, strict=True):
        for url in row.urls:
            source = sources[url]
            if (center.pk, source.pk) not in center_pairs:
                center_pairs.add((center.pk, source.pk))
                center_citations.append(
                    CenterSource(
                        center=center,
                        source=source,
                        supports=_supports(row, for_center=True),
                    )
                )
    for row, offering in row_offerings:
        for url in row.urls:
            source = sources[url]
            if (offering.pk, source.pk) not in offering_pairs:
                offering_pairs.add((offering.pk, source.pk))
                offering_citations.append(
                    OfferingSource(
                        offering=offering,
                        source=source,
                        supports=_supports(row, for_center=False),
                    )
                )
    for model, citations in (
        (CenterSource, center_citations),
        (OfferingSource, offering_citations),
    ):
        if citations:
            bulk_create_with_history(
                citations,
                model,
                batch_size=BATCH_SIZE,
                default_change_reason=IMPORT_CHANGE_REASON,
                default_user=user,
            )
