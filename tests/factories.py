"""factory_boy factories: published, sourced records unless a test says otherwise."""

import datetime

import factory
from django.utils.text import slugify

from centers.models import (
    Center,
    CenterKind,
    CenterService,
    CenterSource,
    Offering,
    OfferingSource,
    OfferingStatus,
    SupportiveService,
    TreatmentModality,
)
from curation.models import PublicationStatus, Source, SourceKind
from destinations.models import (
    Country,
    CountrySource,
    MedicalVisa,
    Partnership,
    PartnershipKind,
    PartnershipStatus,
    Region,
)

VERIFIED_ON = datetime.date(2025, 11, 5)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    url = factory.Sequence(lambda n: f"https://example.org/source/{n}")
    title = factory.Sequence(lambda n: f"Source {n}")
    publisher = "Example publisher"
    accessed_on = VERIFIED_ON
    # A typical source backs "medium", the default confidence; tests that need
    # "high" cite the responsible body's own page.
    kind = SourceKind.THIRD_PARTY


# ISO 3166's user-assigned codes (XA-XZ, QM-QZ): no real country has them, so a
# generated country never lands on one the reference migration installed.
SPARE_CODES = [f"X{chr(c)}" for c in range(65, 91)] + [
    f"Q{chr(c)}" for c in range(77, 91)
]


class CountryFactory(factory.django.DjangoModelFactory):
    """A country as the test says: a real code updates the installed ISO row."""

    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: SPARE_CODES[n % len(SPARE_CODES)])
    name = factory.Sequence(lambda n: f"Country {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    region = Region.EUROPE
    currency = "EUR"
    summary = "A destination."
    publication_status = PublicationStatus.PUBLISHED
    last_verified = VERIFIED_ON

    @classmethod
    def _get_or_create(cls, model_class, *args, **kwargs):
        # The migration installed every ISO country as an uncurated draft; a test
        # that names one wants it as described, so update it rather than get it.
        code = kwargs.pop("code")
        country, _created = model_class._default_manager.update_or_create(
            code=code, defaults=kwargs
        )
        return country


class CountrySourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CountrySource

    country = factory.SubFactory(CountryFactory)
    source = factory.SubFactory(SourceFactory)
    supports = "summary"


class CenterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Center

    name = factory.Sequence(lambda n: f"Center {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    country = factory.SubFactory(CountryFactory)
    city = "Capital"
    kind = CenterKind.ACADEMIC
    publication_status = PublicationStatus.PUBLISHED
    last_verified = VERIFIED_ON


class CenterSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CenterSource

    center = factory.SubFactory(CenterFactory)
    source = factory.SubFactory(SourceFactory)
    supports = "founding year"


class OfferingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Offering

    center = factory.SubFactory(CenterFactory)
    modality = factory.LazyFunction(
        lambda: TreatmentModality.objects.get(slug="proton-therapy")
    )
    status = OfferingStatus.OPERATIONAL
    first_year = 2015
    last_verified = VERIFIED_ON


class OfferingSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OfferingSource

    offering = factory.SubFactory(OfferingFactory)
    source = factory.SubFactory(SourceFactory)


class CenterServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CenterService

    center = factory.SubFactory(CenterFactory)
    service = factory.LazyFunction(
        lambda: SupportiveService.objects.get(slug="counseling")
    )


class MedicalVisaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MedicalVisa

    country = factory.SubFactory(CountryFactory)
    name = factory.Sequence(lambda n: f"Medical visa {n}")
    max_stay_days = 90
    publication_status = PublicationStatus.PUBLISHED
    last_verified = VERIFIED_ON


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Partnership {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    kind = PartnershipKind.RESEARCH
    status = PartnershipStatus.ACTIVE
    publication_status = PublicationStatus.PUBLISHED
    last_verified = VERIFIED_ON

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            self.countries.set(extracted)


# ---------------------------------------------------------------------------
# Admin tests: citations of every kind, accreditations and cost estimates.
# Models are named by label so these additions need no imports up top.
# ---------------------------------------------------------------------------
class VisaSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "destinations.VisaSource"

    visa = factory.SubFactory(MedicalVisaFactory)
    source = factory.SubFactory(SourceFactory)
    supports = "maximum stay"


class PartnershipSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "destinations.PartnershipSource"

    partnership = factory.SubFactory(PartnershipFactory)
    source = factory.SubFactory(SourceFactory)


class CenterAccreditationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "centers.CenterAccreditation"

    center = factory.SubFactory(CenterFactory)
    accreditation = factory.LazyFunction(
        lambda: Center._meta.get_field("accreditations").related_model.objects.get(
            slug="jci"
        )
    )
    since_year = 2010


class CostEstimateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "centers.CostEstimate"

    scope = factory.Sequence(lambda n: f"Programme {n}")
    country = factory.SubFactory(CountryFactory)
    currency = "EUR"
    amount_low = 20000
    amount_high = 30000
    basis = "full course, self-pay"
    publication_status = PublicationStatus.PUBLISHED
    last_verified = VERIFIED_ON


class CostSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "centers.CostSource"

    cost_estimate = factory.SubFactory(CostEstimateFactory)
    source = factory.SubFactory(SourceFactory)


class FundingPathwayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "destinations.FundingPathway"

    name = factory.Sequence(lambda n: f"Out-of-country programme {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    origin = "CA-ON"
    origin_name = "Ontario, Canada"
    conditions = "An Ontario physician applies before treatment."
    covers = "Approved hospital and medical services; not travel."
    publication_status = PublicationStatus.PUBLISHED
    last_verified = VERIFIED_ON


class FundingPathwaySourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "destinations.FundingPathwaySource"

    pathway = factory.SubFactory(FundingPathwayFactory)
    source = factory.SubFactory(SourceFactory)
    supports = "who qualifies, what it pays"
