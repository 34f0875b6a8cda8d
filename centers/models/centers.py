"""Centers: hospitals, cancer centers and treatment facilities, with the
services and accreditations they hold and the sources behind them."""

from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from centers.models.choices import CARBON_ION, PROTON, CenterKind, IntakeRoute
from centers.models.costs import CostEstimate
from centers.models.offerings import Offering, OfferingSource, has_operational_offering
from curation.models import (
    Citation,
    Confidence,
    CuratedModel,
    CuratedQuerySet,
    PublicationStatus,
    choices_constraint,
    cited,
    curator_notes_field,
    public_note_field,
    unique_pair,
    year_constraint,
)
from destinations.models import MedicalVisa, Partnership


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
            queryset = queryset.filter(has_operational_offering(modality__slug=slug))
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

    def with_facts(self):
        """Prefetch every fact block of a center, each with its sources: offerings,
        services, accreditations, cancer types, languages, its published units.

        The one prefetch tree behind the detail page, the comparison and the API.
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
        )

    def with_partnerships(self):
        """Prefetch the published partnerships that name the center."""
        return self.prefetch_related(
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.published().order_by("name"),
            )
        )

    def for_detail(self):
        """Shape one center for its detail page, the comparison and API detail."""
        return self.with_facts()

    def for_detail_page(self):
        """Shape one center for its detail page: `for_detail()` plus its cost
        estimates and partnerships."""
        return (
            self.for_detail()
            .with_partnerships()
            .prefetch_related(
                Prefetch(
                    "cost_estimates",
                    queryset=CostEstimate.objects.published().for_page(),
                )
            )
        )

    def home_counts(self):
        """Count centers, countries and particle-therapy centers in one query.

        For the home page's live counts; call on `published()`.
        """

        def operational(slug):
            return has_operational_offering(modality__slug=slug)

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

    def with_a_source(self):
        """Keep centers that cite at least one source: only their answers count
        as sourced in coverage figures."""
        return self.filter(Exists(CenterSource.objects.filter(center=OuterRef("pk"))))

    def fact_coverage(self):
        """Count the centers with a sourced answer for each yes/no fact, in one
        aggregate query.

        An answer is sourced when it is recorded (not unknown) and the center
        cites a source; treatments count when one of its offerings cites one.
        For the coverage tables of the center list and country pages.
        """
        cited = Q(Exists(CenterSource.objects.filter(center=OuterRef("pk"))))

        def answered(condition):
            return Count("pk", filter=cited & condition)

        return self.order_by().aggregate(
            centers=Count("pk"),
            treatments=Count(
                "pk",
                filter=Q(
                    Exists(
                        OfferingSource.objects.filter(offering__center=OuterRef("pk"))
                    )
                ),
            ),
            clinical_trials=answered(Q(runs_clinical_trials__isnull=False)),
            tumor_board=answered(Q(has_tumor_board__isnull=False)),
            international_office=answered(Q(has_international_office__isnull=False)),
            intake_route=answered(~Q(intake_route=IntakeRoute.UNKNOWN)),
            languages=answered(
                Q(
                    Exists(
                        Center.languages.through.objects.filter(center=OuterRef("pk"))
                    )
                )
            ),
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
            Prefetch("country__visas", queryset=MedicalVisa.objects.published()),
            Prefetch(
                "cost_estimates",
                queryset=CostEstimate.objects.published().for_figures(),
            ),
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

        Lists carry full records (partners sync them): every fact block with its
        sources, partnerships and cost estimates.
        """
        return (
            self.with_facts()
            .with_partnerships()
            .prefetch_related(
                Prefetch(
                    "cost_estimates",
                    queryset=CostEstimate.objects.published().for_api(),
                )
            )
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
    tumor_board_note = models.TextField(
        _("about the tumor board"),
        blank=True,
        help_text=_(
            "What the source says of it, e.g. which cancers, or that it is a "
            "multidisciplinary team rather than a named board."
        ),
    )
    runs_clinical_trials = models.BooleanField(
        _("clinical trials"),
        null=True,
        blank=True,
        help_text=_("Whether the center takes part in clinical trials."),
    )
    clinical_trials_note = models.TextField(
        _("about its clinical trials"),
        blank=True,
        help_text=_(
            "A count only with what it counts (open, ongoing, opened that year) "
            "and its date, as the source says."
        ),
    )
    response_time = models.TextField(
        _("response time"),
        blank=True,
        help_text=_(
            "How soon the center answers an enquiry or starts treatment, as the "
            "source says."
        ),
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
    public_note = public_note_field()
    notes = curator_notes_field()
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


class CenterService(models.Model):
    """A supportive service a center offers, with what the source says of it."""

    center = models.ForeignKey(
        "centers.Center", on_delete=models.CASCADE, related_name="service_links"
    )
    service = models.ForeignKey(
        "centers.SupportiveService", on_delete=models.PROTECT, related_name="+"
    )
    public_note = public_note_field(max_length=500)
    notes = curator_notes_field(max_length=500)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("supportive service offered")
        constraints = [unique_pair("center", "service")]

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
    public_note = public_note_field(max_length=500)
    notes = curator_notes_field(max_length=500)

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
        constraints = [unique_pair("center", "source")]
