"""Countries patients travel to, their medical-visa rules, partnerships and
the public funding routes that pay for care elsewhere.

Nothing here knows about centers: pages that roll centers up per country build
on these models from the centers app (`centers/rollups.py`).
"""

from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from curation.models import (
    Citation,
    Confidence,
    CuratedModel,
    CuratedQuerySet,
    PublicationStatus,
    Tristate,
    choices_constraint,
    cited,
    curator_notes_field,
    known_choices,
    public_note_field,
    unique_pair,
    year_constraint,
)


class Region(models.TextChoices):
    NORTH_AMERICA = "north-america", _("North America")
    LATIN_AMERICA = "latin-america", _("Latin America")
    EUROPE = "europe", _("Europe")
    MIDDLE_EAST = "middle-east", _("Middle East")
    AFRICA = "africa", _("Africa")
    ASIA_PACIFIC = "asia-pacific", _("Asia-Pacific")


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
    """Country shaping that needs nothing but countries.

    The pages and API that count or list a country's centers extend this in
    `centers/rollups.py`.
    """

    def with_country_facts(self):
        """Prefetch what every country page shows of the country itself: official
        languages, sources, published visas (with their sources)."""
        return self.prefetch_related(
            "official_languages",
            "citations__source",
            Prefetch(
                "visas",
                queryset=MedicalVisa.objects.published().prefetch_related(
                    "citations__source"
                ),
            ),
        )

    def for_choices(self):
        """Return names and codes only, for the compare tray and add-item select."""
        return self.only("id", "code", "slug", "name").order_by("name")


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
    region = models.CharField(
        _("region"),
        max_length=16,
        choices=Region.choices,
        blank=True,
        help_text=_(
            "Where patients look for it. Countries installed from ISO 3166 have "
            "none until a curator sets it; a published country needs one."
        ),
    )
    official_languages = models.ManyToManyField(
        "destinations.Language",
        related_name="countries",
        blank=True,
        verbose_name=_("official languages"),
    )
    currency = models.CharField(
        _("currency"),
        max_length=3,
        blank=True,
        help_text=_("ISO 4217 code, e.g. JPY. Blank only where CLDR knows none."),
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
    public_note = public_note_field()
    notes = curator_notes_field()
    sources = models.ManyToManyField(
        "curation.Source", through="destinations.CountrySource", blank=True
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
                condition=Q(currency__regex=r"^[A-Z]{3}$") | Q(currency=""),
                name="%(app_label)s_%(class)s_currency_iso4217",
                violation_error_message=_("Enter a three-letter ISO 4217 code."),
            ),
            models.CheckConstraint(
                condition=Q(publication_status=PublicationStatus.DRAFT)
                | (~Q(region="") & ~Q(currency="")),
                name="%(app_label)s_%(class)s_published_has_region_and_currency",
                violation_error_message=_(
                    "Set the region and currency before publishing this country."
                ),
            ),
            models.CheckConstraint(
                condition=Q(health_expenditure_per_capita__isnull=True)
                | Q(health_expenditure_per_capita__gte=0),
                name="%(app_label)s_%(class)s_expenditure_non_negative",
            ),
            models.CheckConstraint(
                condition=Q(region__in=Region.values) | Q(region=""),
                name="%(app_label)s_%(class)s_region_valid",
                violation_error_message=_("region must be one of the listed choices."),
            ),
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
        constraints = [unique_pair("country", "source")]


class MedicalVisaQuerySet(CuratedQuerySet):
    def public(self):
        """Return visas the public may see: published, of a published country."""
        return self.published().filter(
            country__publication_status=PublicationStatus.PUBLISHED
        )


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
    public_note = public_note_field()
    notes = curator_notes_field()
    sources = models.ManyToManyField(
        "curation.Source", through="destinations.VisaSource", blank=True
    )

    objects = MedicalVisaQuerySet.as_manager()
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
        constraints = [unique_pair("visa", "source")]


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


# Named enum for the API schema (SPECTACULAR_SETTINGS's ENUM_NAME_OVERRIDES).
KNOWN_PARTNERSHIP_STATUS = known_choices(PartnershipStatus.choices)


class PartnershipQuerySet(CuratedQuerySet):
    """Partnership shaping; `centers/rollups.py` adds the centers named as parties."""

    def with_public_countries(self):
        """Prefetch the published countries that are parties, by name."""
        return self.prefetch_related(
            Prefetch("countries", queryset=Country.objects.published().order_by("name"))
        )

    def for_list(self):
        """Shape partnerships for the site's partnership list."""
        return self.with_public_countries().order_by("name")


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
    public_note = public_note_field()
    notes = curator_notes_field()
    sources = models.ManyToManyField(
        "curation.Source", through="destinations.PartnershipSource", blank=True
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
        constraints = [unique_pair("partnership", "source")]


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
    public_note = public_note_field()
    notes = curator_notes_field()
    sources = models.ManyToManyField(
        "curation.Source", through="destinations.FundingPathwaySource", blank=True
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
        constraints = [unique_pair("pathway", "source")]
