"""Centers rolled up per country and per partnership: the centers side of the
destination pages.

`destinations` knows nothing of centers, so the pages and API that count a
country's centers or list a partnership's parties shape their querysets here,
by extending the destinations QuerySets. Start from `countries()` or
`partnerships()` as from `Country.objects`.
"""

from django.db.models import Count, Prefetch, Q

from centers.models import (
    CARBON_ION,
    PROTON,
    Center,
    CenterService,
    CostEstimate,
    ModalityCategory,
    OfferingStatus,
)
from curation.models import PublicationStatus, cited
from destinations.models import (
    Country,
    CountryQuerySet,
    CountrySource,
    MedicalVisa,
    Partnership,
    PartnershipQuerySet,
    PartnershipSource,
    VisaSource,
)

# A center counts for its country when it is published; the country itself is
# published, or a curator is previewing it and should see what publishing shows.
PUBLISHED_CENTERS = Q(centers__publication_status=PublicationStatus.PUBLISHED)


def operational_here(**offering):
    """Q for a country's published centers with an operational offering."""
    return PUBLISHED_CENTERS & Q(
        centers__offerings__status=OfferingStatus.OPERATIONAL,
        **{f"centers__offerings__{key}": value for key, value in offering.items()},
    )


class CountryRollupQuerySet(CountryQuerySet):
    def with_center_count(self):
        """Annotate published centers, for the destination list and API."""
        return self.annotate(
            center_count=Count("centers", filter=PUBLISHED_CENTERS, distinct=True),
            particle_center_count=Count(
                "centers",
                filter=operational_here(
                    modality__category=ModalityCategory.PARTICLE_THERAPY
                ),
                distinct=True,
            ),
        )

    def with_particle_counts(self):
        """Annotate published centers with operational proton / carbon-ion therapy.

        For the destination list page, which says which particle therapy is there.
        """
        return self.annotate(
            proton_center_count=Count(
                "centers", filter=operational_here(modality__slug=PROTON), distinct=True
            ),
            carbon_center_count=Count(
                "centers",
                filter=operational_here(modality__slug=CARBON_ION),
                distinct=True,
            ),
        )

    def for_list(self):
        """Shape countries for the destination list's rows and the API list."""
        return (
            self.with_center_count()
            .prefetch_related("official_languages")
            .order_by("name")
        )

    def for_site_list(self):
        """Shape countries for the destination list page (rows and their counts)."""
        return self.for_list().with_particle_counts()

    def for_detail_page(self):
        """Shape one country for its detail page: its facts, published centers
        (with offerings and services, for the coverage table), partnerships and
        cost estimates with their sources."""
        return self.with_country_facts().prefetch_related(
            Prefetch(
                "centers",
                queryset=Center.objects.filter(
                    publication_status=PublicationStatus.PUBLISHED
                )
                .for_list()
                .prefetch_related(
                    Prefetch(
                        "service_links",
                        queryset=CenterService.objects.select_related("service"),
                    )
                ),
            ),
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.published().prefetch_related("countries"),
            ),
            Prefetch(
                "cost_estimates",
                queryset=CostEstimate.objects.published().public_center().for_page(),
            ),
        )

    def for_region_counts(self):
        """Count published countries and their published centers per region.

        For the home page's "by region" ways in: one aggregate query.
        """
        return (
            self.order_by()
            .values("region")
            .annotate(
                country_count=Count("id", distinct=True),
                center_count=Count("centers", filter=PUBLISHED_CENTERS, distinct=True),
            )
            .order_by("region")
        )

    def for_comparison(self):
        """Shape countries for the side-by-side comparison (page, CSV and API)."""
        return self.prefetch_related(
            "official_languages",
            "citations__source",
            Prefetch("visas", queryset=MedicalVisa.objects.published()),
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.published().order_by("name"),
            ),
            Prefetch(
                "centers",
                queryset=Center.objects.published().for_comparison_within_country(),
            ),
            Prefetch(
                "cost_estimates",
                queryset=CostEstimate.objects.published().public_center().for_figures(),
            ),
        )

    def for_api(self):
        """Shape countries for the partner API's country list and detail.

        Every fact block carries its sources, so citations come with their source
        in one query per kind of block; counts are annotations.
        """
        return self.with_center_count().prefetch_related(
            "official_languages",
            cited(CountrySource),
            Prefetch(
                "visas",
                queryset=MedicalVisa.objects.published()
                .order_by("name")
                .prefetch_related(cited(VisaSource)),
            ),
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.published().order_by("name"),
            ),
            Prefetch(
                "cost_estimates",
                queryset=CostEstimate.objects.published().public_center().for_api(),
            ),
        )


class PartnershipRollupQuerySet(PartnershipQuerySet):
    def with_public_centers(self):
        """Prefetch the published centers named as parties, by name."""
        return self.prefetch_related(
            Prefetch("centers", queryset=Center.objects.published().order_by("name"))
        )

    def for_detail(self):
        """Shape one partnership for its detail page."""
        return (
            self.with_public_countries()
            .with_public_centers()
            .prefetch_related("citations__source")
        )

    def for_api(self):
        """Shape partnerships for the partner API's list and detail."""
        return (
            self.with_public_countries()
            .with_public_centers()
            .prefetch_related(cited(PartnershipSource))
        )


def countries() -> CountryRollupQuerySet:
    """All countries, with the center roll-ups above available to chain."""
    return CountryRollupQuerySet(model=Country)


def partnerships() -> PartnershipRollupQuerySet:
    """All partnerships, with the centers they name available to chain."""
    return PartnershipRollupQuerySet(model=Partnership)
