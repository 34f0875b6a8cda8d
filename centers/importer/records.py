"""The unsaved records an import adds, and the names it derives for them.

The demo loader builds its sources and center slugs with these too, so a demo
center and an imported one are named alike.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.utils.text import slugify

from centers.models import (
    CARBON_ION,
    PROTON,
    Center,
    ModalityCategory,
    TreatmentModality,
)
from curation.models import Source

PARTICLE_MODALITY_SLUGS = {
    "proton": PROTON,
    "carbon": CARBON_ION,
}
MAX_SLUG = Center._meta.get_field("slug").max_length
MAX_TITLE = Source._meta.get_field("title").max_length
MAX_PUBLISHER = Source._meta.get_field("publisher").max_length


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


def particle_modality_slug(particle: str) -> str:
    """Map a particle name to its modality slug: 'helium' -> 'helium-ion-therapy'."""
    return PARTICLE_MODALITY_SLUGS.get(particle, f"{particle}-ion-therapy")


def new_particle_modality(slug: str) -> TreatmentModality:
    """Build an unsaved modality for a particle the taxonomy lacks (helium...)."""
    particle = slug.removesuffix("-ion-therapy")
    return TreatmentModality(
        slug=slug,
        name=f"{particle.capitalize()}-ion therapy",
        category=ModalityCategory.PARTICLE_THERAPY,
        description=f"Radiotherapy with {particle} ions.",
    )


def citation_supports(row, *, offering=None):
    """Say which facts of an imported row its sources back, for its citations.

    For a center's citation without `offering`; for an offering's, the facts
    the row gives that offering (a carbon offering may have no year of its own).
    """
    if offering is None:
        return "existence, location"
    facts = ["existence", "particles", "status"]
    if offering.expected_year is not None:
        facts.append("expected year")
    if offering.first_year is not None:
        facts.append("first treatment year")
    if offering.treatment_rooms is not None or offering.research_rooms is not None:
        facts.append("rooms")
    return ", ".join(facts)
