"""Cancer centers and what they offer: modalities, supportive services, cancer types.

The taxonomy tables (modalities, services, cancer types, accreditations) are
installed by data migrations so every database, even a fresh test one, has them.
"""

from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from curation.models import (
    Citation,
    Confidence,
    CuratedModel,
    CuratedQuerySet,
    PublicationStatus,
    SourcedModel,
    choices_constraint,
    cited,
    known_choices,
    year_constraint,
)
from destinations.models import MedicalVisa, Partnership

# The particle-therapy modalities pages and counts single out, by slug (the
# taxonomy migration installs them).
PROTON = "proton-therapy"
CARBON_ION = "carbon-ion-therapy"


class ModalityCategory(models.TextChoices):
    SURGERY = "surgery", _("Surgery")
    MINIMALLY_INVASIVE_SURGERY = (
        "minimally-invasive-surgery",
        _("Minimally invasive surgery"),
    )
    RADIOTHERAPY = "radiotherapy", _("Radiotherapy")
    PARTICLE_THERAPY = "particle-therapy", _("Particle (hadron) therapy")
    SYSTEMIC_THERAPY = "systemic-therapy", _("Systemic therapy")
    IMMUNOTHERAPY = "immunotherapy", _("Immunotherapy")
    PRECISION_MEDICINE = "precision-medicine", _("Precision medicine")
    TRANSPLANT = "transplant", _("Transplant and cellular therapy")
    NUCLEAR_MEDICINE = "nuclear-medicine", _("Nuclear medicine")


class ServiceCategory(models.TextChoices):
    PSYCHOSOCIAL = "psychosocial", _("Psychosocial")
    CLINICAL_SUPPORT = "clinical-support", _("Clinical support")
    REHABILITATION = "rehabilitation", _("Rehabilitation")
    TRAVEL_AND_ACCESS = "travel-and-access", _("Travel and access")
    PALLIATIVE = "palliative", _("Palliative care")


def operational_at_published_centers(prefix="offerings__"):
    """Q for offerings patients can use today at a public center.

    Public as `CenterQuerySet.published()` means it: in a published country too.
    """
    return Q(
        **{
            f"{prefix}status": OfferingStatus.OPERATIONAL,
            f"{prefix}center__publication_status": PublicationStatus.PUBLISHED,
            f"{prefix}center__country__publication_status": (
                PublicationStatus.PUBLISHED
            ),
        }
    )


class CancerTypeQuerySet(models.QuerySet):
    def for_home(self):
        """Annotate published centers per cancer type, for the home page."""
        return self.annotate(
            center_count=Count(
                "centers",
                filter=Q(
                    centers__publication_status=PublicationStatus.PUBLISHED,
                    centers__country__publication_status=PublicationStatus.PUBLISHED,
                ),
                distinct=True,
            )
        ).order_by("name")


class CancerType(models.Model):
    """A cancer type patients search by, with its ICD-10 code range."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    icd10_range = models.CharField(
        _("ICD-10 range"),
        max_length=60,
        blank=True,
        help_text=_("E.g. 'C50' or 'C18-C20'. Blank for groups with no single range."),
    )
    description = models.TextField(_("description"), blank=True)

    objects = CancerTypeQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class TreatmentModalityQuerySet(models.QuerySet):
    def for_home(self):
        """Annotate published centers offering each modality today, for the home
        page's "by treatment" ways in."""
        return self.annotate(
            center_count=Count(
                "offerings__center",
                filter=operational_at_published_centers(),
                distinct=True,
            )
        ).order_by("name")


class TreatmentModality(models.Model):
    """A way of treating cancer, such as proton therapy or robotic surgery."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    category = models.CharField(
        _("category"), max_length=32, choices=ModalityCategory.choices
    )
    description = models.TextField(_("description"), blank=True)

    objects = TreatmentModalityQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("treatment modality")
        verbose_name_plural = _("treatment modalities")
        ordering = ["category", "name"]
        constraints = [choices_constraint("category", ModalityCategory)]

    def __str__(self):
        return self.name

    @property
    def is_particle_therapy(self):
        return self.category == ModalityCategory.PARTICLE_THERAPY


class SupportiveService(models.Model):
    """Care around treatment: counseling, nutrition, interpreters and the like."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    category = models.CharField(
        _("category"), max_length=32, choices=ServiceCategory.choices
    )
    description = models.TextField(_("description"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["category", "name"]
        constraints = [choices_constraint("category", ServiceCategory)]

    def __str__(self):
        return self.name


class Accreditation(models.Model):
    """An accreditation or designation a center can hold, such as JCI or NCI."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    abbreviation = models.CharField(_("abbreviation"), max_length=30, blank=True)
    body = models.CharField(
        _("awarding body"), max_length=200, help_text=_("Who grants it.")
    )
    scope = models.CharField(
        _("where it applies"),
        max_length=100,
        default="International",
        help_text=_("'International' or the country whose scheme it is."),
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.abbreviation or self.name


class CenterKind(models.TextChoices):
    ACADEMIC = "academic", _("Academic (university or teaching)")
    PUBLIC = "public", _("Public")
    PRIVATE = "private", _("Private")
    UNKNOWN = "unknown", _("Not known")


class IntakeRoute(models.TextChoices):
    DIRECT = "direct", _("Direct: the international office takes enquiries")
    COORDINATOR_PREFERRED = (
        "coordinator-preferred",
        _("Coordinator preferred: individuals accepted"),
    )
    COORDINATOR_REQUIRED = (
        "coordinator-required",
        _("Coordinator required: no direct enquiries from abroad"),
    )
    UNKNOWN = "unknown", _("Not known")


class OfferingStatus(models.TextChoices):
    OPERATIONAL = "operational", _("Operational")
    PLANNED = "planned", _("Planned or under construction")
    CLOSED = "closed", _("Closed")
    UNKNOWN = "unknown", _("Not known")


# Named enums for the API schema (SPECTACULAR_SETTINGS's ENUM_NAME_OVERRIDES).
KNOWN_CENTER_KIND = known_choices(CenterKind.choices)
KNOWN_INTAKE_ROUTE = known_choices(IntakeRoute.choices)
KNOWN_OFFERING_STATUS = known_choices(OfferingStatus.choices)


class CenterQuerySet(CuratedQuerySet):
    def published(self):
        """Return centers the public may see: published, in a published country.

        Unpublishing a country withdraws its centers too, so no public page or
        API payload names a country the public cannot open.
        """
        return (
            super()
            .published()
            .filter(country__publication_status=PublicationStatus.PUBLISHED)
        )

    def offering(self, *modality_slugs):
        """Keep centers with an operational offering of every given modality."""
        queryset = self
        for slug in modality_slugs:
            queryset = queryset.filter(
                Exists(
                    Offering.objects.operational().filter(
                        center=OuterRef("pk"), modality__slug=slug
                    )
                )
            )
        return queryset

    def for_list(self):
        """Shape centers for the center list page, country pages and API list."""
        return self.select_related("country").prefetch_related(
            Prefetch(
                "offerings",
                queryset=Offering.objects.select_related("modality").order_by(
                    "modality__category", "modality__name"
                ),
            ),
            "languages",
            "accreditations",
        )

    def for_detail(self):
        """Shape one center for its detail page, the comparison and API detail."""
        return self.select_related("country", "parent__country").prefetch_related(
            Prefetch(
                "offerings",
                queryset=Offering.objects.select_related("modality")
                .prefetch_related("citations__source")
                .order_by("modality__category", "modality__name"),
            ),
            Prefetch(
                "service_links",
                queryset=CenterService.objects.select_related("service").order_by(
                    "service__category", "service__name"
                ),
            ),
            Prefetch(
                "accreditation_links",
                queryset=CenterAccreditation.objects.select_related("accreditation"),
            ),
            "cancer_types",
            "languages",
            "citations__source",
            Prefetch("units", queryset=Center.objects.published().order_by("name")),
        )

    def for_detail_page(self):
        """Shape one center for its detail page: `for_detail()` plus its cost
        estimates and partnerships."""
        return self.for_detail().prefetch_related(
            Prefetch(
                "cost_estimates",
                queryset=CostEstimate.objects.published()
                .select_related("modality")
                .prefetch_related("citations__source")
                .order_by("scope", "id"),
            ),
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.published().order_by("name"),
            ),
        )

    def home_counts(self):
        """Count centers, countries and particle-therapy centers in one query.

        For the home page's live counts; call on `published()`.
        """

        def operational(slug):
            return Exists(
                Offering.objects.operational().filter(
                    center=OuterRef("pk"), modality__slug=slug
                )
            )

        return self.aggregate(
            centers=Count("pk"),
            countries=Count(
                "country",
                filter=Q(country__publication_status=PublicationStatus.PUBLISHED),
                distinct=True,
            ),
            proton=Count("pk", filter=Q(operational(PROTON))),
            carbon=Count("pk", filter=Q(operational(CARBON_ION))),
        )

    def for_choices(self):
        """Return names, slugs and countries only, for the compare tray and the
        comparison's add-a-center select."""
        return (
            self.select_related("country")
            .only("id", "slug", "name", "country__name", "country__code")
            .order_by("country__name", "name")
        )

    def for_comparison(self):
        """Shape centers for the side-by-side comparison (page, CSV and API)."""
        return self.for_detail().prefetch_related(
            Prefetch("country__visas", queryset=MedicalVisa.objects.published())
        )

    def for_comparison_within_country(self):
        """Shape a country's centers for the country comparison."""
        return self.order_by("name").prefetch_related(
            Prefetch("offerings", queryset=Offering.objects.select_related("modality")),
            Prefetch(
                "service_links",
                queryset=CenterService.objects.select_related("service"),
            ),
            Prefetch(
                "accreditation_links",
                queryset=CenterAccreditation.objects.select_related("accreditation"),
            ),
            "languages",
        )

    def for_api(self):
        """Shape centers for the partner API's center list and detail.

        Lists carry full records (partners sync them), so this is `for_detail()`
        plus the fact blocks' sources, partnerships and cost estimates.
        """
        return self.select_related("country", "parent__country").prefetch_related(
            Prefetch(
                "offerings",
                queryset=Offering.objects.select_related("modality")
                .prefetch_related(cited(OfferingSource))
                .order_by("modality__category", "modality__name"),
            ),
            Prefetch(
                "service_links",
                queryset=CenterService.objects.select_related("service").order_by(
                    "service__category", "service__name"
                ),
            ),
            Prefetch(
                "accreditation_links",
                queryset=CenterAccreditation.objects.select_related(
                    "accreditation"
                ).order_by("accreditation__name"),
            ),
            "cancer_types",
            "languages",
            cited(CenterSource),
            Prefetch("units", queryset=Center.objects.published().order_by("name")),
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.published().order_by("name"),
            ),
            Prefetch(
                "cost_estimates",
                queryset=CostEstimate.objects.published().for_api(),
            ),
        )


class Center(CuratedModel):
    """A hospital, cancer center or treatment facility that patients can go to.

    A particle-therapy facility inside a hospital is its own center with the
    hospital as `parent`, because it has its own opening year, rooms and sources.
    """

    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    country = models.ForeignKey(
        "destinations.Country",
        on_delete=models.PROTECT,
        related_name="centers",
        verbose_name=_("country"),
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    kind = models.CharField(
        _("kind"), max_length=12, choices=CenterKind.choices, default=CenterKind.UNKNOWN
    )
    founded_year = models.PositiveSmallIntegerField(_("founded"), null=True, blank=True)
    website = models.URLField(_("website"), max_length=300, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="units",
        verbose_name=_("part of"),
        help_text=_("The institution this facility belongs to, if any."),
    )
    intake_route = models.CharField(
        _("international intake"),
        max_length=24,
        choices=IntakeRoute.choices,
        default=IntakeRoute.UNKNOWN,
        help_text=_("How patients from abroad get in."),
    )
    has_international_office = models.BooleanField(
        _("international patient office"),
        null=True,
        blank=True,
        help_text=_("Leave unknown unless a source says."),
    )
    international_contact = models.TextField(
        _("coordinators and office"),
        blank=True,
        help_text=_("The in-house office or named coordinators patients go through."),
    )
    languages = models.ManyToManyField(
        "destinations.Language",
        related_name="centers",
        blank=True,
        verbose_name=_("languages spoken with patients"),
    )
    language_support = models.TextField(
        _("language support"),
        blank=True,
        help_text=_("What the center or its coordinator offers, as the source says."),
    )
    has_tumor_board = models.BooleanField(
        _("multidisciplinary tumor board"), null=True, blank=True
    )
    runs_clinical_trials = models.BooleanField(
        _("clinical trials"),
        null=True,
        blank=True,
        help_text=_("Whether the center takes part in clinical trials."),
    )
    foreign_patient_pricing = models.TextField(
        _("pricing for patients from abroad"), blank=True
    )
    deposit_policy = models.TextField(_("deposit or prepayment"), blank=True)
    eligibility_notes = models.TextField(_("eligibility"), blank=True)
    newsweek_oncology_rank_2024 = models.PositiveSmallIntegerField(
        _("Newsweek 2024 oncology rank"),
        null=True,
        blank=True,
        help_text=_("Rank in Newsweek's World's Best Specialized Hospitals 2024."),
    )
    notes = models.TextField(_("notes"), blank=True)
    cancer_types = models.ManyToManyField(
        "centers.CancerType",
        related_name="centers",
        blank=True,
        verbose_name=_("cancer types treated"),
    )
    services = models.ManyToManyField(
        "centers.SupportiveService",
        through="centers.CenterService",
        related_name="centers",
        blank=True,
    )
    modalities = models.ManyToManyField(
        "centers.TreatmentModality",
        through="centers.Offering",
        related_name="centers",
        blank=True,
    )
    accreditations = models.ManyToManyField(
        "centers.Accreditation",
        through="centers.CenterAccreditation",
        related_name="centers",
        blank=True,
    )
    partnerships = models.ManyToManyField(
        "destinations.Partnership",
        related_name="centers",
        blank=True,
        # Declared on Partnership when destinations knew centers; same table.
        db_table="destinations_partnership_centers",
        verbose_name=_("partnerships"),
        help_text=_("Partnerships that name this center as a party."),
    )
    sources = models.ManyToManyField(
        "curation.Source", through="centers.CenterSource", blank=True
    )

    objects = CenterQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[languages, cancer_types])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "country"],
                name="%(app_label)s_%(class)s_unique_name_per_country",
                violation_error_message=_(
                    "A center with this name already exists in this country."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(parent=models.F("id")),
                name="%(app_label)s_%(class)s_not_own_parent",
                violation_error_message=_("A center cannot be part of itself."),
            ),
            models.CheckConstraint(
                condition=Q(newsweek_oncology_rank_2024__isnull=True)
                | Q(newsweek_oncology_rank_2024__gte=1),
                name="%(app_label)s_%(class)s_rank_positive",
            ),
            choices_constraint("kind", CenterKind),
            choices_constraint("intake_route", IntakeRoute),
            choices_constraint("publication_status", PublicationStatus),
            choices_constraint("confidence", Confidence),
            year_constraint("founded_year"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("centers:center-detail", kwargs={"slug": self.slug})

    @property
    def is_public(self):
        """Whether the public may see this center, as `published()` decides."""
        return self.is_published and self.country.is_published


class OfferingQuerySet(models.QuerySet):
    def public(self):
        """Return offerings of centers the public may see (sources ask this)."""
        return self.filter(center__in=Center.objects.published())

    def operational(self):
        """Keep offerings patients can be treated with today: what filters count."""
        return self.filter(status=OfferingStatus.OPERATIONAL)

    def for_hadron_landscape(self):
        """Shape operational particle-therapy offerings at published centers in
        published countries, for the hadron-therapy page: one query."""
        return (
            self.operational()
            .filter(
                modality__category=ModalityCategory.PARTICLE_THERAPY,
                center__publication_status=PublicationStatus.PUBLISHED,
                center__country__publication_status=PublicationStatus.PUBLISHED,
            )
            .select_related("center__country", "modality")
            .order_by(
                "center__country__region",
                "center__country__name",
                "center__name",
                "modality__name",
            )
        )


class Offering(SourcedModel):
    """A center's offer of one treatment modality, with its status and capacity."""

    center = models.ForeignKey(
        "centers.Center", on_delete=models.CASCADE, related_name="offerings"
    )
    modality = models.ForeignKey(
        "centers.TreatmentModality",
        on_delete=models.PROTECT,
        related_name="offerings",
        verbose_name=_("modality"),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=OfferingStatus.choices,
        default=OfferingStatus.UNKNOWN,
    )
    first_year = models.PositiveSmallIntegerField(
        _("first treatment year"), null=True, blank=True
    )
    treatment_rooms = models.PositiveSmallIntegerField(
        _("treatment rooms"),
        null=True,
        blank=True,
        help_text=_("Particle therapy: rooms used for patients. Blank if not known."),
    )
    notes = models.TextField(_("notes"), blank=True)
    sources = models.ManyToManyField(
        "curation.Source", through="centers.OfferingSource", blank=True
    )

    objects = OfferingQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["center__name", "modality__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["center", "modality"],
                name="%(app_label)s_%(class)s_one_per_center_modality",
                violation_error_message=_("This center already offers this modality."),
            ),
            models.CheckConstraint(
                condition=Q(treatment_rooms__isnull=True) | Q(treatment_rooms__gte=0),
                name="%(app_label)s_%(class)s_rooms_non_negative",
            ),
            choices_constraint("status", OfferingStatus),
            choices_constraint("confidence", Confidence),
            year_constraint("first_year"),
        ]

    def __str__(self):
        return f"{self.center}: {self.modality}"


class CenterService(models.Model):
    """A supportive service a center offers, with what the source says of it."""

    center = models.ForeignKey(
        "centers.Center", on_delete=models.CASCADE, related_name="service_links"
    )
    service = models.ForeignKey(
        "centers.SupportiveService", on_delete=models.PROTECT, related_name="+"
    )
    notes = models.CharField(_("notes"), max_length=500, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("supportive service offered")
        constraints = [
            models.UniqueConstraint(
                fields=["center", "service"], name="%(app_label)s_%(class)s_unique_pair"
            )
        ]

    def __str__(self):
        return str(self.service)


class CenterAccreditation(models.Model):
    """An accreditation or designation a center holds."""

    center = models.ForeignKey(
        "centers.Center", on_delete=models.CASCADE, related_name="accreditation_links"
    )
    accreditation = models.ForeignKey(
        "centers.Accreditation", on_delete=models.PROTECT, related_name="+"
    )
    since_year = models.PositiveSmallIntegerField(_("since"), null=True, blank=True)
    notes = models.CharField(_("notes"), max_length=500, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("accreditation held")
        constraints = [
            models.UniqueConstraint(
                fields=["center", "accreditation"],
                name="%(app_label)s_%(class)s_unique_pair",
            ),
            year_constraint("since_year"),
        ]

    def __str__(self):
        return str(self.accreditation)


class CenterSource(Citation):
    center = models.ForeignKey(
        "centers.Center", on_delete=models.CASCADE, related_name="citations"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["center", "source"], name="%(app_label)s_%(class)s_unique_pair"
            )
        ]


class OfferingSource(Citation):
    offering = models.ForeignKey(
        "centers.Offering", on_delete=models.CASCADE, related_name="citations"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["offering", "source"],
                name="%(app_label)s_%(class)s_unique_pair",
            )
        ]


class CostEstimateQuerySet(CuratedQuerySet):
    def public_center(self):
        """Drop estimates tied to a center the public cannot see: they would name it."""
        return self.filter(
            Q(center__isnull=True)
            | Q(
                center__publication_status=PublicationStatus.PUBLISHED,
                center__country__publication_status=PublicationStatus.PUBLISHED,
            )
        )

    def public(self):
        """Return estimates the public may see: published, naming only public
        centers and countries."""
        return (
            self.published()
            .public_center()
            .filter(country__publication_status=PublicationStatus.PUBLISHED)
        )

    def for_api(self):
        """Shape cost estimates nested in the partner API's countries and centers."""
        return (
            self.select_related("center", "modality")
            .prefetch_related(cited(CostSource))
            .order_by("scope", "id")
        )


class CostEstimate(CuratedModel):
    """A price a source states for treatment, with what it includes and its basis.

    Amounts are stored exactly as the source states them, in the source's
    currency; a single figure fills both bounds, a "from" price only the low one.
    """

    scope = models.CharField(
        _("scope"), max_length=300, help_text=_("The center, programme or country.")
    )
    country = models.ForeignKey(
        "destinations.Country", on_delete=models.PROTECT, related_name="cost_estimates"
    )
    center = models.ForeignKey(
        "centers.Center",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cost_estimates",
    )
    modality = models.ForeignKey(
        "centers.TreatmentModality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cost_estimates",
        help_text=_("Blank for tariffs and reviews that apply to any treatment."),
    )
    treatment = models.CharField(
        _("treatment"),
        max_length=200,
        blank=True,
        help_text=_("What is priced when no modality fits, e.g. 'second opinion'."),
    )
    cancer_type = models.CharField(_("cancer type"), max_length=200, blank=True)
    currency = models.CharField(_("currency"), max_length=3)
    amount_low = models.DecimalField(
        _("amount (low)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    amount_high = models.DecimalField(
        _("amount (high)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    basis = models.CharField(_("basis"), max_length=200)
    includes = models.TextField(_("includes"), blank=True)
    excludes = models.TextField(_("excludes"), blank=True)
    as_of = models.CharField(_("as of"), max_length=40, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    sources = models.ManyToManyField(
        "curation.Source", through="centers.CostSource", blank=True
    )

    objects = CostEstimateQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["country__name", "scope"]
        constraints = [
            models.CheckConstraint(
                condition=Q(currency__regex=r"^[A-Z]{3}$"),
                name="%(app_label)s_%(class)s_currency_iso4217",
                violation_error_message=_("Enter a three-letter ISO 4217 code."),
            ),
            models.CheckConstraint(
                condition=(Q(amount_low__isnull=True) | Q(amount_low__gte=0))
                & (Q(amount_high__isnull=True) | Q(amount_high__gte=0)),
                name="%(app_label)s_%(class)s_amounts_non_negative",
            ),
            models.CheckConstraint(
                condition=Q(amount_low__isnull=True)
                | Q(amount_high__isnull=True)
                | Q(amount_low__lte=models.F("amount_high")),
                name="%(app_label)s_%(class)s_low_not_above_high",
                violation_error_message=_("The low amount is above the high one."),
            ),
            choices_constraint("publication_status", PublicationStatus),
            choices_constraint("confidence", Confidence),
        ]

    def __str__(self):
        return f"{self.scope}: {self.basis}"


class CostSource(Citation):
    cost_estimate = models.ForeignKey(
        "centers.CostEstimate", on_delete=models.CASCADE, related_name="citations"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["cost_estimate", "source"],
                name="%(app_label)s_%(class)s_unique_pair",
            )
        ]
