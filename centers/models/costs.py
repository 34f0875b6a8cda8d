"""Prices sources state for treatment, with what they include and their basis."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from centers.models.choices import CostKind, CostPayer
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
)


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

    def for_figures(self):
        """Shape estimates for the comparison's cost rows: what each one names."""
        return self.select_related("center", "modality").order_by("scope", "id")

    def for_page(self):
        """Shape estimates for a country's or center's page, each with its sources."""
        return self.for_figures().prefetch_related("citations__source")

    def for_api(self):
        """Shape cost estimates nested in the partner API's countries and centers."""
        return self.for_figures().prefetch_related(cited(CostSource))


class CostEstimate(CuratedModel):
    """A cost figure a source states, with what it is, who pays it and its basis.

    Amounts are stored exactly as the source states them, in the source's
    currency; a single figure fills both bounds, a "from" price only the low one.
    Only a figure of kind "per-patient" is a price a patient could be charged;
    every other kind (a tariff multiplier, a programme's spending, a deposit) is
    shown as context with its kind named, never as a price.
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
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=CostKind.choices,
        default=CostKind.OTHER,
        help_text=_(
            "Only 'price for one patient's course of treatment' is shown as a "
            "price. A yen-per-point multiplier is a tariff; a programme's total "
            "or average spending is programme spending."
        ),
    )
    payer = models.CharField(
        _("who pays"),
        max_length=20,
        choices=CostPayer.choices,
        default=CostPayer.UNKNOWN,
        help_text=_(
            "Whom the figure applies to, as the source says: a domestic insured "
            "tariff is not what a patient from abroad pays."
        ),
    )
    basis = models.CharField(_("basis"), max_length=200)
    includes = models.TextField(_("includes"), blank=True)
    excludes = models.TextField(_("excludes"), blank=True)
    as_of = models.CharField(_("as of"), max_length=40, blank=True)
    public_note = public_note_field()
    notes = curator_notes_field()
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
            choices_constraint("kind", CostKind),
            choices_constraint("payer", CostPayer),
        ]

    def __str__(self):
        return f"{self.scope}: {self.basis}"

    @property
    def is_price(self):
        """Say whether the figure is a price for one patient (the only kind shown
        as a price)."""
        return self.kind == CostKind.PER_PATIENT


class CostSource(Citation):
    cost_estimate = models.ForeignKey(
        "centers.CostEstimate", on_delete=models.CASCADE, related_name="citations"
    )

    class Meta:
        constraints = [unique_pair("cost_estimate", "source")]
