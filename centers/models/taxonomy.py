"""The taxonomies patients search by: modalities, services, cancer types and
accreditations. Installed by data migrations, so every database has them."""

from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from centers.models.choices import ModalityCategory, ServiceCategory
from centers.models.offerings import operational_at_published_centers
from curation.models import PublicationStatus, choices_constraint


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


class SupportiveServiceQuerySet(models.QuerySet):
    def with_coverage(self, centers):
        """Annotate how many of `centers` are recorded, with a source, as
        offering each service: one query, for the coverage tables."""
        return self.annotate(
            center_count=Count(
                "centers",
                filter=Q(centers__in=centers.with_a_source().values("pk")),
                distinct=True,
            )
        )


class SupportiveService(models.Model):
    """Care around treatment: counseling, nutrition, interpreters and the like."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    category = models.CharField(
        _("category"), max_length=32, choices=ServiceCategory.choices
    )
    description = models.TextField(_("description"), blank=True)

    objects = SupportiveServiceQuerySet.as_manager()
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
