"""The choices and fixed slugs the center models share, in one place so the
models, filters and API schema name them alike."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from curation.models import known_choices

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
    UNDER_CONSTRUCTION = "under-construction", _("Under construction")
    PLANNED = "planned", _("Planned")
    CLOSED = "closed", _("Closed")
    UNKNOWN = "unknown", _("Not known")


# The statuses of an offering not open yet: only these may have an expected year.
NOT_YET_OPEN = (OfferingStatus.PLANNED, OfferingStatus.UNDER_CONSTRUCTION)


class CostKind(models.TextChoices):
    """What a cost figure is. Only a per-patient price is ever shown as a price."""

    PER_PATIENT = "per-patient", _("Price for one patient's course of treatment")
    TARIFF = "tariff", _("Fee-schedule multiplier or point value")
    PROGRAMME_SPENDING = "programme-spending", _("A programme's spending")
    DEPOSIT = "deposit", _("Deposit or prepayment")
    OTHER = "other", _("Other or not known")


class CostPayer(models.TextChoices):
    """Who pays the figure: a patient from abroad's price differs from a resident's."""

    SELF_PAY_FOREIGN = "self-pay-foreign", _("Self-paying patient from abroad")
    INSURED_RESIDENT = "insured-resident", _("Insured resident")
    PUBLIC_PROGRAMME = "public-programme", _("Public programme")
    UNKNOWN = "unknown", _("Not known")


# Named enums for the API schema (SPECTACULAR_SETTINGS's ENUM_NAME_OVERRIDES).
KNOWN_CENTER_KIND = known_choices(CenterKind.choices)
KNOWN_INTAKE_ROUTE = known_choices(IntakeRoute.choices)
KNOWN_OFFERING_STATUS = known_choices(OfferingStatus.choices)
KNOWN_COST_PAYER = known_choices(CostPayer.choices)
COST_KINDS = CostKind.choices
