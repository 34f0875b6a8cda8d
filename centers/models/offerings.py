"""A center's offer of a treatment modality, and the one subquery that asks
whether a center offers something today."""

from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from centers.models.choices import NOT_YET_OPEN, ModalityCategory, OfferingStatus
from curation.models import (
    Citation,
    Confidence,
    PublicationStatus,
    SourcedModel,
    SourcedQuerySet,
    choices_constraint,
    curator_notes_field,
    public_note_field,
    unique_pair,
    year_constraint,
)


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


def has_operational_offering(center=None, **lookups):
    """Exists() for "the center offers this today": an operational offering
    matching `lookups` (e.g. `modality__slug=PROTON`, `modality__in=[...]`).

    `center` defaults to the outer query's row; every filter and count that asks
    what a center offers goes through here.
    """
    return Exists(
        Offering.objects.operational().filter(
            center=OuterRef("pk") if center is None else center, **lookups
        )
    )


class OfferingQuerySet(SourcedQuerySet):
    def public(self):
        """Return offerings of centers the public may see (sources ask this)."""
        return self.filter(
            center__publication_status=PublicationStatus.PUBLISHED,
            center__country__publication_status=PublicationStatus.PUBLISHED,
        )

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
    """A center's offer of one treatment modality, with its status and capacity.

    Each fact is the modality's own: a facility that treats with protons and
    carbon ions has two offerings, each with its first treatment year, and the
    rooms patients are treated in are counted apart from research rooms.
    """

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
        max_length=20,
        choices=OfferingStatus.choices,
        default=OfferingStatus.UNKNOWN,
    )
    expected_year = models.PositiveSmallIntegerField(
        _("expected opening year"),
        null=True,
        blank=True,
        help_text=_(
            "Planned or under construction only: the year a source expects the "
            "first patient. Blank if none says."
        ),
    )
    first_year = models.PositiveSmallIntegerField(
        _("first treatment year"),
        null=True,
        blank=True,
        help_text=_(
            "The year this modality first treated a patient here (for a "
            "carbon-ion offering, the first carbon-ion patient)."
        ),
    )
    treatment_rooms = models.PositiveSmallIntegerField(
        _("treatment rooms"),
        null=True,
        blank=True,
        help_text=_("Particle therapy: rooms used for patients. Blank if not known."),
    )
    research_rooms = models.PositiveSmallIntegerField(
        _("research rooms"),
        null=True,
        blank=True,
        help_text=_(
            "Particle therapy: rooms used only for research, not counted as "
            "treatment rooms. Blank if not known."
        ),
    )
    public_note = public_note_field()
    notes = curator_notes_field()
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
            models.CheckConstraint(
                condition=Q(research_rooms__isnull=True) | Q(research_rooms__gte=0),
                name="%(app_label)s_%(class)s_research_rooms_non_negative",
            ),
            models.CheckConstraint(
                condition=Q(expected_year__isnull=True) | Q(status__in=NOT_YET_OPEN),
                name="%(app_label)s_%(class)s_expected_year_only_before_opening",
                violation_error_message=_(
                    "Only a planned or under-construction offering has an expected "
                    "opening year."
                ),
            ),
            choices_constraint("status", OfferingStatus),
            choices_constraint("confidence", Confidence),
            year_constraint("first_year"),
            year_constraint("expected_year"),
        ]

    def __str__(self):
        return f"{self.center}: {self.modality}"

    @property
    def status_text(self):
        """The status as a patient reads it: 'Under construction, expected 2027'."""
        if self.expected_year and self.status in NOT_YET_OPEN:
            return gettext("%(status)s, expected %(year)s") % {
                "status": self.get_status_display(),
                "year": self.expected_year,
            }
        return self.get_status_display()


class OfferingSource(Citation):
    offering = models.ForeignKey(
        "centers.Offering", on_delete=models.CASCADE, related_name="citations"
    )

    class Meta:
        constraints = [unique_pair("offering", "source")]
