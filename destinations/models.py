"""Countries patients travel to, their medical-visa rules and partnerships.

This app is also the base layer of provenance: `Source` and the abstract
`CuratedModel` live here because centers build on destinations, never the reverse.
"""

import datetime

from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

# Years before this are typos in curated data, not history.
EARLIEST_PLAUSIBLE_YEAR = 1500
LATEST_PLAUSIBLE_YEAR = 2100


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Confidence(models.TextChoices):
    HIGH = "high", _("High: stated by the responsible body")
    MEDIUM = "medium", _("Medium: reputable secondary or dated source")
    LOW = "low", _("Low: second-hand or unconfirmed")


class Region(models.TextChoices):
    NORTH_AMERICA = "north-america", _("North America")
    LATIN_AMERICA = "latin-america", _("Latin America")
    EUROPE = "europe", _("Europe")
    MIDDLE_EAST = "middle-east", _("Middle East")
    AFRICA = "africa", _("Africa")
    ASIA_PACIFIC = "asia-pacific", _("Asia-Pacific")


class Tristate(models.TextChoices):
    """A yes/no fact whose absence from the sources is stored, not guessed."""

    YES = "yes", _("Yes")
    NO = "no", _("No")
    CONDITIONAL = "conditional", _("Depends on the case")
    UNKNOWN = "unknown", _("Not known")


def choices_constraint(field, choices):
    """Back a TextChoices field with a database check, named by convention."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": choices.values}),
        name=f"%(app_label)s_%(class)s_{field}_valid",
        violation_error_message=_("%(field)s must be one of the listed choices.")
        % {"field": field},
    )


def year_constraint(field):
    """Reject years outside the plausible range; blank stays allowed."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | Q(
            **{
                f"{field}__gte": EARLIEST_PLAUSIBLE_YEAR,
                f"{field}__lte": LATEST_PLAUSIBLE_YEAR,
            }
        ),
        name=f"%(app_label)s_%(class)s_{field}_plausible",
        violation_error_message=_("Enter a year between %(low)s and %(high)s.")
        % {"low": EARLIEST_PLAUSIBLE_YEAR, "high": LATEST_PLAUSIBLE_YEAR},
    )


class CuratedQuerySet(models.QuerySet):
    def published(self):
        """Return only what the public may see: every public page starts here."""
        return self.filter(publication_status=PublicationStatus.PUBLISHED)

    def visible_to(self, user):
        """Return what `user` may open: staff preview drafts, the public does not.

        For the detail pages, so a curator can check a record before publishing.
        """
        return self if user.is_staff else self.published()

    def updated_since(self, moment):
        """Return rows changed at or after `moment`, for partners syncing."""
        return self.filter(updated_at__gte=moment)


class SourcedModel(models.Model):
    """A fact block with a last-verified date and a confidence level."""

    last_verified = models.DateField(
        _("last verified"),
        default=datetime.date.today,
        help_text=_("The day a curator last checked these facts against a source."),
    )
    confidence = models.CharField(
        _("confidence"),
        max_length=8,
        choices=Confidence.choices,
        default=Confidence.MEDIUM,
        help_text=_(
            "High: the responsible body says so. Medium: a reputable secondary or "
            "dated source. Low: second-hand or unconfirmed."
        ),
    )

    class Meta:
        abstract = True

    def is_stale(self, today=None):
        """Say whether the facts were verified too long ago to be trusted as is."""
        from django.conf import settings

        today = today or timezone.localdate()
        return (today - self.last_verified).days > settings.STALE_AFTER_DAYS


class CuratedModel(SourcedModel):
    """A public record: it has a publication state and timestamps for syncing."""

    publication_status = models.CharField(
        _("publication status"),
        max_length=12,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
        help_text=_("Only published records are shown to the public and partners."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.publication_status == PublicationStatus.PUBLISHED


class SourceQuerySet(models.QuerySet):
    def cited_by_published(self):
        """Keep sources cited by a published record, for the partner API's sources.

        A source only a draft cites says what curators are working on, so it stays
        private until that record is published.
        """
        from centers.models import (
            Center,
            CenterSource,
            CostEstimate,
            CostSource,
            OfferingSource,
        )

        published = PublicationStatus.PUBLISHED
        public_centers = Center.objects.published()
        citing = [
            CountrySource.objects.filter(country__publication_status=published),
            VisaSource.objects.filter(
                visa__publication_status=published,
                visa__country__publication_status=published,
            ),
            PartnershipSource.objects.filter(partnership__publication_status=published),
            CenterSource.objects.filter(center__in=public_centers),
            OfferingSource.objects.filter(offering__center__in=public_centers),
            CostSource.objects.filter(
                cost_estimate__in=CostEstimate.objects.published()
                .public_center()
                .filter(country__publication_status=published)
            ),
            FundingPathwaySource.objects.filter(pathway__publication_status=published),
        ]
        condition = Q()
        for citations in citing:
            condition |= Exists(citations.filter(source=OuterRef("pk")))
        return self.filter(condition)


class Source(models.Model):
    """A public document that backs one or more facts.

    Sources are shared: the same page can support a country's visa rules and a
    center's founding year. Each link from a record to a source says which facts
    it supports.
    """

    url = models.URLField(
        _("URL"),
        max_length=500,
        blank=True,
        help_text=_("Leave blank only for a source with no public address."),
    )
    title = models.CharField(
        _("title"), max_length=300, help_text=_("The page or document title.")
    )
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    accessed_on = models.DateField(
        _("accessed on"),
        null=True,
        blank=True,
        help_text=_("The day the page was read, or the date it shows."),
    )
    accessed_note = models.CharField(
        _("date note"),
        max_length=300,
        blank=True,
        help_text=_("The date or version the page itself shows, as written there."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SourceQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["title", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                name="%(app_label)s_%(class)s_unique_url",
                violation_error_message=_("A source with this URL already exists."),
            ),
        ]

    def __str__(self):
        return self.title


class Citation(models.Model):
    """Link a record to a source, saying which of its facts the source supports."""

    source = models.ForeignKey(
        "destinations.Source", on_delete=models.PROTECT, related_name="+"
    )
    supports = models.CharField(
        _("supports"),
        max_length=300,
        blank=True,
        help_text=_(
            "Which facts this source backs, e.g. 'founding year; JCI'. Leave blank "
            "when it backs the whole record."
        ),
    )

    # Adding or dropping a source changes what a fact rests on, so every concrete
    # citation table keeps its own history, like the records it supports.
    history = HistoricalRecords(inherit=True)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.source} ({self.supports})" if self.supports else str(self.source)


class Language(models.Model):
    """A language a country speaks officially or a center uses with patients."""

    code = models.SlugField(
        _("code"),
        max_length=12,
        unique=True,
        help_text=_("ISO 639 code in lower case, e.g. 'en', 'ja', 'sfs'."),
    )
    name = models.CharField(_("name"), max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class CountryQuerySet(CuratedQuerySet):
    def with_center_count(self):
        """Annotate published centers, for the destination list and API."""
        from centers.models import OfferingStatus

        published_centers = Q(centers__publication_status=PublicationStatus.PUBLISHED)
        return self.annotate(
            center_count=Count("centers", filter=published_centers, distinct=True),
            particle_center_count=Count(
                "centers",
                filter=published_centers
                & Q(centers__offerings__status=OfferingStatus.OPERATIONAL)
                & Q(centers__offerings__modality__category="particle-therapy"),
                distinct=True,
            ),
        )

    def for_list(self):
        """Shape countries for the destination list page and API list."""
        return (
            self.with_center_count()
            .prefetch_related("official_languages")
            .order_by("name")
        )

    def for_detail(self):
        """Shape one country for its detail page and API detail."""
        from centers.models import Center

        return self.prefetch_related(
            "official_languages",
            "citations__source",
            Prefetch(
                "visas",
                queryset=MedicalVisa.objects.published().prefetch_related(
                    "citations__source"
                ),
            ),
            # The centers' own status only: the country itself is public, or a
            # curator is previewing it and should see what publishing would show.
            Prefetch(
                "centers",
                queryset=Center.objects.filter(
                    publication_status=PublicationStatus.PUBLISHED
                ).for_list(),
            ),
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.published().prefetch_related("countries"),
            ),
        )

    def with_particle_counts(self):
        """Annotate published centers with operational proton / carbon-ion rooms.

        For the destination list page, which says which particle therapy is there.
        """
        from centers.models import OfferingStatus

        def offering(slug):
            return Q(
                centers__publication_status=PublicationStatus.PUBLISHED,
                centers__offerings__status=OfferingStatus.OPERATIONAL,
                centers__offerings__modality__slug=slug,
            )

        return self.annotate(
            proton_center_count=Count(
                "centers", filter=offering("proton-therapy"), distinct=True
            ),
            carbon_center_count=Count(
                "centers", filter=offering("carbon-ion-therapy"), distinct=True
            ),
        )

    def for_site_list(self):
        """Shape countries for the destination list page (rows and their counts)."""
        return self.for_list().with_particle_counts()

    def for_detail_page(self):
        """Shape one country for its detail page: `for_detail()` plus coverage,
        cost estimates and their sources."""
        from centers.models import CenterService, CostEstimate

        return self.for_detail().prefetch_related(
            Prefetch(
                "centers__service_links",
                queryset=CenterService.objects.select_related("service"),
            ),
            Prefetch(
                "cost_estimates",
                queryset=CostEstimate.objects.published()
                .public_center()
                .select_related("center", "modality")
                .prefetch_related("citations__source")
                .order_by("scope", "id"),
            ),
        )

    def for_region_counts(self):
        """Count published countries and their published centers per region.

        For the home page's "by region" ways in: one aggregate query.
        """
        published_centers = Q(centers__publication_status=PublicationStatus.PUBLISHED)
        return (
            self.order_by()
            .values("region")
            .annotate(
                country_count=Count("id", distinct=True),
                center_count=Count("centers", filter=published_centers, distinct=True),
            )
            .order_by("region")
        )

    def for_choices(self):
        """Return names and codes only, for the compare tray and add-item select."""
        return self.only("id", "code", "slug", "name").order_by("name")

    def for_comparison(self):
        """Shape countries for the side-by-side comparison (page, CSV and API)."""
        from centers.models import Center

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
        )

    def for_api(self):
        """Shape countries for the partner API's country list and detail.

        Every fact block carries its sources, so citations come with their source
        in one query per kind of block; counts are annotations.
        """
        from centers.models import CostEstimate

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


class Country(CuratedModel):
    """A destination country, with the facts patients weigh before travelling."""

    code = models.CharField(
        _("ISO code"),
        max_length=2,
        unique=True,
        help_text=_("ISO 3166-1 alpha-2 code in capitals, e.g. JP."),
    )
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    region = models.CharField(_("region"), max_length=16, choices=Region.choices)
    official_languages = models.ManyToManyField(
        "destinations.Language",
        related_name="countries",
        blank=True,
        verbose_name=_("official languages"),
    )
    currency = models.CharField(
        _("currency"), max_length=3, help_text=_("ISO 4217 code, e.g. JPY.")
    )
    summary = models.TextField(_("summary"), blank=True)
    health_expenditure_per_capita = models.DecimalField(
        _("health expenditure per capita"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Blank when no source gives it. Say the measure in 'basis'."),
    )
    health_expenditure_year = models.PositiveSmallIntegerField(
        _("health expenditure year"), null=True, blank=True
    )
    health_expenditure_basis = models.CharField(
        _("health expenditure basis"),
        max_length=200,
        blank=True,
        help_text=_("The measure, e.g. 'PPP, current international $ (World Bank)'."),
    )
    jci_accredited_org_count = models.PositiveIntegerField(
        _("JCI-accredited organisations"), null=True, blank=True
    )
    jci_count_note = models.CharField(_("JCI count as of"), max_length=100, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    sources = models.ManyToManyField(
        "destinations.Source", through="destinations.CountrySource", blank=True
    )

    objects = CountryQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{2}$"),
                name="%(app_label)s_%(class)s_code_iso2",
                violation_error_message=_("Enter a two-letter ISO code in capitals."),
            ),
            models.CheckConstraint(
                condition=Q(currency__regex=r"^[A-Z]{3}$"),
                name="%(app_label)s_%(class)s_currency_iso4217",
                violation_error_message=_("Enter a three-letter ISO 4217 code."),
            ),
            models.CheckConstraint(
                condition=Q(health_expenditure_per_capita__isnull=True)
                | Q(health_expenditure_per_capita__gte=0),
                name="%(app_label)s_%(class)s_expenditure_non_negative",
            ),
            choices_constraint("region", Region),
            choices_constraint("publication_status", PublicationStatus),
            choices_constraint("confidence", Confidence),
            year_constraint("health_expenditure_year"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("destinations:country-detail", kwargs={"slug": self.slug})


class CountrySource(Citation):
    country = models.ForeignKey(
        "destinations.Country", on_delete=models.CASCADE, related_name="citations"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["country", "source"],
                name="%(app_label)s_%(class)s_unique_pair",
            )
        ]


class MedicalVisa(CuratedModel):
    """A visa or status a patient (and companions) can enter a country on."""

    country = models.ForeignKey(
        "destinations.Country", on_delete=models.PROTECT, related_name="visas"
    )
    name = models.CharField(
        _("visa name"),
        max_length=200,
        help_text=_("As the issuer names it, e.g. 'Visa for Medical Stay', 'C-3-3'."),
    )
    issuer = models.CharField(_("issued by"), max_length=300, blank=True)
    max_stay_days = models.PositiveIntegerField(
        _("maximum stay (days)"),
        null=True,
        blank=True,
        help_text=_("Longest stay per entry; blank when it depends on the case."),
    )
    validity = models.CharField(_("validity and entries"), max_length=500, blank=True)
    companion_allowed = models.CharField(
        _("companion allowed"),
        max_length=12,
        choices=Tristate.choices,
        default=Tristate.UNKNOWN,
    )
    companion_notes = models.CharField(_("who may come"), max_length=300, blank=True)
    coordinator_required = models.CharField(
        _("guarantor or coordinator required"),
        max_length=12,
        choices=Tristate.choices,
        default=Tristate.UNKNOWN,
    )
    coordinator_notes = models.CharField(
        _("guarantor or coordinator details"), max_length=500, blank=True
    )
    documents = models.TextField(_("documents"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    sources = models.ManyToManyField(
        "destinations.Source", through="destinations.VisaSource", blank=True
    )

    objects = CuratedQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("medical visa")
        ordering = ["country__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "name"], name="%(app_label)s_%(class)s_unique_name"
            ),
            choices_constraint("companion_allowed", Tristate),
            choices_constraint("coordinator_required", Tristate),
            choices_constraint("publication_status", PublicationStatus),
            choices_constraint("confidence", Confidence),
        ]

    def __str__(self):
        return f"{self.country}: {self.name}"


class VisaSource(Citation):
    visa = models.ForeignKey(
        "destinations.MedicalVisa", on_delete=models.CASCADE, related_name="citations"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["visa", "source"], name="%(app_label)s_%(class)s_unique_pair"
            )
        ]


class PartnershipKind(models.TextChoices):
    PATIENT_ACCESS = "patient-access", _("Patient access")
    RESEARCH = "research", _("Research")
    TRAINING = "training", _("Training")
    REGULATORY = "regulatory", _("Regulatory")
    TECHNOLOGY = "technology", _("Technology")


class PartnershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
    PLANNED = "planned", _("Planned or in negotiation")
    UNCONFIRMED = "unconfirmed", _("Claimed, not confirmed")
    UNKNOWN = "unknown", _("Not known")


def cited(citation_model):
    """Prefetch a record's citations with their sources, in one query."""
    return Prefetch(
        "citations",
        queryset=citation_model.objects.select_related("source").order_by(
            "source__title", "source__id"
        ),
    )


class PartnershipQuerySet(CuratedQuerySet):
    def for_list(self):
        """Shape partnerships for the site's partnership list."""
        return self.prefetch_related(
            Prefetch("countries", queryset=Country.objects.published().order_by("name"))
        ).order_by("name")

    def for_detail(self):
        """Shape one partnership for its detail page."""
        from centers.models import Center

        return self.prefetch_related(
            Prefetch(
                "countries", queryset=Country.objects.published().order_by("name")
            ),
            "citations__source",
            Prefetch("centers", queryset=Center.objects.published().order_by("name")),
        )

    def for_api(self):
        """Shape partnerships for the partner API's list and detail."""
        from centers.models import Center

        return self.prefetch_related(
            Prefetch(
                "countries", queryset=Country.objects.published().order_by("name")
            ),
            Prefetch("centers", queryset=Center.objects.published().order_by("name")),
            cited(PartnershipSource),
        )


class Partnership(CuratedModel):
    """A medical-travel, research, training or technology tie between countries."""

    name = models.CharField(_("name"), max_length=300, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=PartnershipKind.choices)
    countries = models.ManyToManyField(
        "destinations.Country",
        related_name="partnerships",
        verbose_name=_("countries"),
        help_text=_("Every country a party belongs to."),
    )
    centers = models.ManyToManyField(
        "centers.Center",
        related_name="partnerships",
        blank=True,
        verbose_name=_("centers"),
        help_text=_("Centers named as parties, if any."),
    )
    parties = models.TextField(
        _("parties"),
        blank=True,
        help_text=_("The institutions, as the source names them."),
    )
    started_year = models.PositiveSmallIntegerField(_("started"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=PartnershipStatus.choices,
        default=PartnershipStatus.UNKNOWN,
    )
    status_note = models.CharField(_("status details"), max_length=300, blank=True)
    scope = models.TextField(_("scope"), blank=True)
    challenges = models.TextField(
        _("challenges named"),
        blank=True,
        help_text=_("Only challenges a source names, separated by ';'."),
    )
    summary = models.TextField(_("summary"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    sources = models.ManyToManyField(
        "destinations.Source", through="destinations.PartnershipSource", blank=True
    )

    objects = PartnershipQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[countries])

    class Meta:
        ordering = ["name"]
        constraints = [
            choices_constraint("kind", PartnershipKind),
            choices_constraint("status", PartnershipStatus),
            choices_constraint("publication_status", PublicationStatus),
            choices_constraint("confidence", Confidence),
            year_constraint("started_year"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("destinations:partnership-detail", kwargs={"slug": self.slug})

    @property
    def challenge_list(self):
        return [part.strip() for part in self.challenges.split(";") if part.strip()]


class PartnershipSource(Citation):
    partnership = models.ForeignKey(
        "destinations.Partnership", on_delete=models.CASCADE, related_name="citations"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "source"],
                name="%(app_label)s_%(class)s_unique_pair",
            )
        ]


class FundingPathwayQuerySet(CuratedQuerySet):
    def for_list(self):
        """Shape funding routes for the site's page and the API: sources prefetched."""
        return self.prefetch_related(cited(FundingPathwaySource)).order_by(
            "origin_name", "name"
        )


class FundingPathway(CuratedModel):
    """A public route by which a patient's home health system pays for care elsewhere.

    Keyed on where the patient is insured, not where they are treated: Ontario's
    out-of-country prior approval, the EU's S2 form, NHS England's proton
    programme. Most destinations are open to any of them, so it stands alone.
    """

    name = models.CharField(
        _("programme"),
        max_length=300,
        unique=True,
        help_text=_("The route's official name, as the source gives it."),
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    origin = models.CharField(
        _("home system codes"),
        max_length=100,
        help_text=_(
            "ISO 3166 codes of where patients are insured, as the source gives "
            "them, e.g. 'CA-ON', 'EU/EEA/CH', 'BH; KW; QA'."
        ),
    )
    origin_name = models.CharField(
        _("for patients insured in"),
        max_length=200,
        help_text=_("Readable form of the codes, e.g. 'Ontario, Canada'."),
    )
    conditions = models.TextField(
        _("who qualifies"), blank=True, help_text=_("Eligibility and procedure.")
    )
    covers = models.TextField(
        _("what it pays"),
        blank=True,
        help_text=_("What is paid and, where a source says so, what is not."),
    )
    notes = models.TextField(_("notes"), blank=True)
    sources = models.ManyToManyField(
        "destinations.Source", through="destinations.FundingPathwaySource", blank=True
    )

    objects = FundingPathwayQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["origin_name", "name"]
        constraints = [
            choices_constraint("publication_status", PublicationStatus),
            choices_constraint("confidence", Confidence),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('destinations:funding-list')}#{self.slug}"


class FundingPathwaySource(Citation):
    """A source backing a funding route's facts."""

    pathway = models.ForeignKey(
        "destinations.FundingPathway",
        on_delete=models.CASCADE,
        related_name="citations",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["pathway", "source"],
                name="%(app_label)s_%(class)s_unique_pair",
            )
        ]
