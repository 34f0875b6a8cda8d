"""A small, realistic world for view, query-budget and browser tests.

Japan, Germany, the United States and South Korea, with proton and carbon-ion
centers, sources, visas, a cost estimate, an unconfirmed partnership and a
funding route (plus a draft one). Built
with the factories so it never depends on the demo loader.
"""

import datetime

from centers.models import (
    Accreditation,
    CancerType,
    CenterAccreditation,
    CostEstimate,
    CostKind,
    CostPayer,
    IntakeRoute,
    OfferingStatus,
    SupportiveService,
    TreatmentModality,
)
from curation.models import PublicationStatus
from destinations.models import Language, PartnershipStatus, Region
from tests.factories import (
    CenterFactory,
    CenterServiceFactory,
    CenterSourceFactory,
    CountryFactory,
    CountrySourceFactory,
    FundingPathwayFactory,
    FundingPathwaySourceFactory,
    MedicalVisaFactory,
    OfferingFactory,
    OfferingSourceFactory,
    PartnershipFactory,
)

COUNTRIES = [
    # code, name, region, currency, languages
    ("JP", "Japan", Region.ASIA_PACIFIC, "JPY", ["ja"]),
    ("DE", "Germany", Region.EUROPE, "EUR", ["de"]),
    ("US", "United States", Region.NORTH_AMERICA, "USD", ["en"]),
    ("KR", "South Korea", Region.ASIA_PACIFIC, "KRW", ["ko"]),
]

CENTERS = [
    # country, name, city, modalities (slug, first year), trials, tumor board
    (
        "JP",
        "QST Hospital",
        "Chiba",
        [("carbon-ion-therapy", 1994)],
        True,
        True,
    ),
    (
        "JP",
        "Hyogo Ion Beam Medical Center",
        "Tatsuno",
        [("carbon-ion-therapy", 2002), ("proton-therapy", 2001)],
        True,
        None,
    ),
    (
        "JP",
        "Gunma University Heavy Ion Medical Center",
        "Maebashi",
        [("carbon-ion-therapy", 2010)],
        None,
        True,
    ),
    (
        "JP",
        "National Cancer Center Hospital East",
        "Kashiwa",
        [("proton-therapy", 1998)],
        True,
        True,
    ),
    (
        "DE",
        "Heidelberg Ion-Beam Therapy Center",
        "Heidelberg",
        [("carbon-ion-therapy", 2009), ("proton-therapy", 2009)],
        True,
        True,
    ),
    (
        "DE",
        "West German Proton Therapy Centre Essen",
        "Essen",
        [("proton-therapy", 2013)],
        True,
        None,
    ),
    (
        "US",
        "MD Anderson Proton Therapy Center",
        "Houston",
        [("proton-therapy", 2006)],
        True,
        True,
    ),
    (
        "US",
        "Mayo Clinic Proton Beam Therapy",
        "Rochester",
        [("proton-therapy", 2015)],
        True,
        True,
    ),
    (
        "KR",
        "Yonsei Cancer Center Heavy Ion Therapy",
        "Seoul",
        [("carbon-ion-therapy", 2023)],
        True,
        True,
    ),
    (
        "KR",
        "Samsung Proton Therapy Center",
        "Seoul",
        [("proton-therapy", 2016)],
        None,
        True,
    ),
]


# Every kind of patients' page, each answering 200 on this world.
PAGES = [
    "/",
    "/destinations/",
    "/destinations/?region=europe&compare=jp",
    "/destinations/japan/",
    "/centers/",
    "/centers/?modality=carbon-ion-therapy&country=jp&compare=qst-hospital",
    "/centers/qst-hospital/",
    "/hadron-therapy/",
    "/partnerships/",
    "/partnerships/canada-japan-medical-tourism-partnership/",
    "/paying-for-treatment/",
    "/compare/?countries=jp,de,us,kr",
    "/compare/?countries=jp,de,us,kr&only=differences",
    "/compare/centers/?centers=qst-hospital,hyogo-ion-beam-medical-center",
]


def build_world(*, today=None):
    """Create the world and return {code: country}."""
    from django.utils.text import slugify

    countries = {}
    for code, name, region, currency, languages in COUNTRIES:
        country = CountryFactory(
            code=code,
            name=name,
            slug=slugify(name),
            region=region,
            currency=currency,
            summary=f"Cancer treatment in {name}.",
            health_expenditure_per_capita=5000 + len(name) * 100,
            health_expenditure_year=2022,
            health_expenditure_basis="PPP, current international $ (World Bank)",
        )
        country.official_languages.set(Language.objects.filter(code__in=languages))
        CountrySourceFactory(country=country)
        countries[code] = country
    MedicalVisaFactory(country=countries["JP"], name="Visa for Medical Stay")
    MedicalVisaFactory(country=countries["KR"], name="C-3-3 medical visa")
    english = Language.objects.get(code="en")
    jci = Accreditation.objects.get(slug="jci")
    counseling = SupportiveService.objects.get(slug="counseling")
    nutrition = SupportiveService.objects.get(slug="nutritional-support")
    lung = CancerType.objects.get(slug="lung-cancer")
    prostate = CancerType.objects.get(slug="prostate-cancer")
    for index, (code, name, city, offerings, trials, board) in enumerate(CENTERS):
        center = CenterFactory(
            name=name,
            slug=slugify(name),
            country=countries[code],
            city=city,
            runs_clinical_trials=trials,
            has_tumor_board=board,
            intake_route=IntakeRoute.DIRECT if index % 2 else IntakeRoute.UNKNOWN,
            last_verified=datetime.date(2021, 1, 1)
            if index == 2
            else datetime.date(2025, 11, 5),
        )
        center.languages.add(english, *countries[code].official_languages.all())
        center.cancer_types.add(lung, *([prostate] if index % 2 else []))
        if index % 3 != 2:
            CenterSourceFactory(center=center)
        CenterServiceFactory(center=center, service=counseling)
        if index % 2:
            CenterServiceFactory(
                center=center, service=nutrition, public_note="Dietitians"
            )
            CenterAccreditation.objects.create(center=center, accreditation=jci)
        for slug, year in offerings:
            offering = OfferingFactory(
                center=center,
                modality=TreatmentModality.objects.get(slug=slug),
                first_year=year,
                treatment_rooms=2,
            )
            OfferingSourceFactory(offering=offering)
    closed = CenterFactory(
        name="Closed Ion Centre", country=countries["DE"], city="Marburg"
    )
    OfferingFactory(
        center=closed,
        modality=TreatmentModality.objects.get(slug="carbon-ion-therapy"),
        status=OfferingStatus.CLOSED,
    )
    CenterFactory(
        name="Draft Center",
        country=countries["JP"],
        publication_status="draft",
    )
    CostEstimate.objects.create(
        scope="Carbon-ion therapy in Japan",
        country=countries["JP"],
        modality=TreatmentModality.objects.get(slug="carbon-ion-therapy"),
        currency="JPY",
        amount_low=3140000,
        basis="Advanced medical care fee, per course",
        includes="Irradiation",
        excludes="Travel, stay, diagnostics",
        kind=CostKind.PER_PATIENT,
        payer=CostPayer.INSURED_RESIDENT,
        publication_status="published",
    )
    # Not a price: a multiplier on the fee schedule, shown as context only.
    CostEstimate.objects.create(
        scope="Tokyo hospital tariff",
        country=countries["JP"],
        currency="JPY",
        amount_low=30,
        amount_high=30,
        basis="per medical fee point (tariff multiplier)",
        kind=CostKind.TARIFF,
        payer=CostPayer.SELF_PAY_FOREIGN,
        publication_status="published",
    )
    PartnershipFactory(
        name="Canada-Japan medical tourism partnership",
        status=PartnershipStatus.UNCONFIRMED,
        countries=[countries["JP"]],
        challenges="Language; follow-up care at home",
    )
    FundingPathwaySourceFactory(
        pathway=FundingPathwayFactory(
            name="OHIP Out-of-Country Prior Approval",
            slug="ohip-out-of-country-prior-approval",
        ),
        source__url="https://www.health.gov.on.ca/en/public/programs/ohip/",
        source__title="OHIP out-of-country services",
    )
    FundingPathwayFactory(
        name="Draft funding route", publication_status=PublicationStatus.DRAFT
    )
    return countries


def add_centers(country, count, *, prefix="Extra"):
    """Add `count` fully related centers to `country`, for query budgets."""
    english = Language.objects.get(code="en")
    jci = Accreditation.objects.get(slug="jci")
    lung = CancerType.objects.get(slug="lung-cancer")
    proton = TreatmentModality.objects.get(slug="proton-therapy")
    carbon = TreatmentModality.objects.get(slug="carbon-ion-therapy")
    centers = []
    for index in range(count):
        center = CenterFactory(name=f"{prefix} {country.code} {index}", country=country)
        center.languages.add(english)
        center.cancer_types.add(lung)
        CenterSourceFactory(center=center)
        CenterServiceFactory(center=center)
        CenterAccreditation.objects.create(center=center, accreditation=jci)
        for modality in (proton, carbon):
            OfferingSourceFactory(
                offering=OfferingFactory(center=center, modality=modality)
            )
        centers.append(center)
    return centers
