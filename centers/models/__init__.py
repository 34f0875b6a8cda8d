"""Cancer centers and what they offer: modalities, supportive services, cancer
types, accreditations and costs. One module per kind of record; import from
here."""

from centers.models.centers import (
    Center,
    CenterAccreditation,
    CenterQuerySet,
    CenterService,
    CenterSource,
)
from centers.models.choices import (
    CARBON_ION,
    KNOWN_CENTER_KIND,
    KNOWN_COST_PAYER,
    KNOWN_INTAKE_ROUTE,
    KNOWN_OFFERING_STATUS,
    NOT_YET_OPEN,
    PROTON,
    CenterKind,
    CostKind,
    CostPayer,
    IntakeRoute,
    ModalityCategory,
    OfferingStatus,
    ServiceCategory,
)
from centers.models.costs import CostEstimate, CostEstimateQuerySet, CostSource
from centers.models.offerings import (
    Offering,
    OfferingQuerySet,
    OfferingSource,
    has_operational_offering,
    operational_at_published_centers,
)
from centers.models.taxonomy import (
    Accreditation,
    CancerType,
    CancerTypeQuerySet,
    SupportiveService,
    TreatmentModality,
    TreatmentModalityQuerySet,
)

__all__ = [
    "CARBON_ION",
    "KNOWN_CENTER_KIND",
    "KNOWN_COST_PAYER",
    "KNOWN_INTAKE_ROUTE",
    "KNOWN_OFFERING_STATUS",
    "NOT_YET_OPEN",
    "PROTON",
    "Accreditation",
    "CancerType",
    "CancerTypeQuerySet",
    "Center",
    "CenterAccreditation",
    "CenterKind",
    "CenterQuerySet",
    "CenterService",
    "CenterSource",
    "CostEstimate",
    "CostEstimateQuerySet",
    "CostKind",
    "CostPayer",
    "CostSource",
    "IntakeRoute",
    "ModalityCategory",
    "Offering",
    "OfferingQuerySet",
    "OfferingSource",
    "OfferingStatus",
    "ServiceCategory",
    "SupportiveService",
    "TreatmentModality",
    "TreatmentModalityQuerySet",
    "has_operational_offering",
    "operational_at_published_centers",
]
