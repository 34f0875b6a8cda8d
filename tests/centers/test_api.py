"""The partner API for centers: payload, filters (same as the site), budgets."""

import datetime

import pytest
from django.http import QueryDict

from centers.filtersets import CenterFilterSet
from centers.models import (
    CenterAccreditation,
    CostEstimate,
    IntakeRoute,
    OfferingStatus,
)
from curation.models import PublicationStatus
from destinations.models import Language
from tests.api_rows import slugs
from tests.factories import (
    CenterFactory,
    CenterServiceFactory,
    CenterSourceFactory,
    OfferingFactory,
    OfferingSourceFactory,
    PartnershipFactory,
    SourceFactory,
)
from tests.world import add_centers

pytestmark = pytest.mark.django_db

LIST = "/api/v1/centers/"


def test_center_detail_pins_the_full_object(api_client, japan, modality):
    center = CenterFactory(
        name="QST Hospital",
        slug="qst-hospital",
        country=japan,
        city="Chiba",
        founded_year=1961,
        intake_route=IntakeRoute.COORDINATOR_PREFERRED,
        has_international_office=True,
        runs_clinical_trials=False,
    )
    unit = CenterFactory(name="QST Ion Unit", slug="qst-ion-unit", country=japan)
    unit.parent = center
    unit.save()
    CenterFactory(
        name="QST Draft Unit",
        slug="qst-draft-unit",
        country=japan,
        parent=center,
        publication_status=PublicationStatus.DRAFT,
    )
    center.languages.add(Language.objects.get(code="en"))
    offering = OfferingFactory(
        center=center,
        modality=modality("carbon-ion-therapy"),
        first_year=1994,
        treatment_rooms=3,
    )
    source = SourceFactory(
        url="https://example.org/qst", title="QST Hospital", publisher="QST"
    )
    OfferingSourceFactory(offering=offering, source=source, supports="rooms")
    CenterSourceFactory(center=center, source=source, supports="founding year")
    CenterServiceFactory(center=center, public_note="In Japanese and English")
    CenterAccreditation.objects.create(
        center=center, accreditation_id=_accreditation("jci"), since_year=2019
    )
    PartnershipFactory(name="JP research", slug="jp-research", countries=[japan])
    partnership = PartnershipFactory(name="QST ties", slug="qst-ties")
    partnership.centers.add(center)
    estimate = CostEstimate.objects.create(
        scope="QST Hospital",
        country=japan,
        center=center,
        modality=modality("carbon-ion-therapy"),
        currency="JPY",
        amount_low="3140000",
        basis="per course",
        kind="per-patient",
        payer="insured-resident",
        publication_status=PublicationStatus.PUBLISHED,
        last_verified=datetime.date(2025, 11, 5),
    )
    estimate.citations.create(source=source)
    CostEstimate.objects.create(
        scope="QST draft estimate",
        country=japan,
        center=center,
        currency="JPY",
        basis="draft",
    )

    response = api_client.get(f"{LIST}qst-hospital/")

    assert response.status_code == 200
    body = response.json()
    assert body.pop("updated_at") == center.updated_at.isoformat().replace(
        "+00:00", "Z"
    )
    assert body["cost_estimates"][0].pop("updated_at")
    citation = {
        "id": source.pk,
        "url": "https://example.org/qst",
        "title": "QST Hospital",
        "publisher": "QST",
        "accessed": "2025-11-05",
        "accessed_note": None,
        "as_of": None,
        "kind": "third-party",
    }
    carbon = {
        "slug": "carbon-ion-therapy",
        "name": "Carbon-ion therapy",
        "category": "particle-therapy",
    }
    assert body == {
        "slug": "qst-hospital",
        "name": "QST Hospital",
        "url": "http://testserver/centers/qst-hospital/",
        "country": {
            "slug": "japan",
            "code": "JP",
            "name": "Japan",
            "region": "asia-pacific",
        },
        "city": "Chiba",
        "kind": "academic",
        "founded_year": 1961,
        "website": None,
        "summary": None,
        "parent": None,
        "units": [{"slug": "qst-ion-unit", "name": "QST Ion Unit"}],
        "intake_route": "coordinator-preferred",
        "has_international_office": True,
        "international_contact": None,
        "languages": [{"code": "en", "name": "English"}],
        "language_support": None,
        "has_tumor_board": None,
        "tumor_board_note": None,
        "runs_clinical_trials": False,
        "clinical_trials_note": None,
        "response_time": None,
        "foreign_patient_pricing": None,
        "deposit_policy": None,
        "eligibility_notes": None,
        "newsweek_oncology_rank_2024": None,
        "cancer_types": [],
        "offerings": [
            {
                "modality": carbon,
                "status": "operational",
                "expected_year": None,
                "first_year": 1994,
                "treatment_rooms": 3,
                "research_rooms": None,
                "public_note": None,
                "last_verified": "2025-11-05",
                "confidence": "medium",
                "sources": [{**citation, "supports": "rooms"}],
            }
        ],
        "services": [
            {
                "service": {
                    "slug": "counseling",
                    "name": "Counseling and psycho-oncology",
                    "category": "psychosocial",
                },
                "public_note": "In Japanese and English",
            }
        ],
        "accreditations": [
            {
                "accreditation": {
                    "slug": "jci",
                    "name": body["accreditations"][0]["accreditation"]["name"],
                    "abbreviation": "JCI",
                },
                "since_year": 2019,
                "public_note": None,
            }
        ],
        "partnerships": [
            {
                "slug": "qst-ties",
                "name": "QST ties",
                "kind": "research",
                "status": "active",
            }
        ],
        "cost_estimates": [
            {
                "scope": "QST Hospital",
                "center": {"slug": "qst-hospital", "name": "QST Hospital"},
                "modality": carbon,
                "treatment": None,
                "cancer_type": None,
                "kind": "per-patient",
                "payer": "insured-resident",
                "price": {
                    "currency": "JPY",
                    "amount_low": "3140000.00",
                    "amount_high": None,
                    "text": "From JPY 3,140,000",
                    "converted": None,
                },
                "context": None,
                "basis": "per course",
                "includes": None,
                "excludes": None,
                "as_of": None,
                "public_note": None,
                "last_verified": "2025-11-05",
                "confidence": "medium",
                "sources": [{**citation, "supports": None}],
            }
        ],
        "public_note": None,
        "last_verified": "2025-11-05",
        "confidence": "medium",
        "sources": [{**citation, "supports": "founding year"}],
    }


def _accreditation(slug):
    from centers.models import Accreditation

    return Accreditation.objects.get(slug=slug).pk


def test_center_detail_hides_a_draft_parent(api_client):
    parent = CenterFactory(publication_status=PublicationStatus.DRAFT)
    unit = CenterFactory(parent=parent)

    body = api_client.get(f"{LIST}{unit.slug}/").json()

    assert body["parent"] is None


def test_unknown_or_draft_center_is_a_json_404(api_client):
    draft = CenterFactory(publication_status=PublicationStatus.DRAFT)

    for slug in ("no-such-center", draft.slug):
        response = api_client.get(f"{LIST}{slug}/")
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert response.json() == {
            "errors": {"detail": ["No Center matches the given query."]}
        }


def test_center_list_shows_only_published_centers(api_client):
    CenterFactory(slug="shown")
    CenterFactory(slug="hidden", publication_status=PublicationStatus.DRAFT)

    assert slugs(api_client.get(LIST)) == ["shown"]


def test_acceptance_japans_operational_carbon_ion_centers(
    api_client, japan, germany, modality
):
    carbon = modality("carbon-ion-therapy")
    for name, country, status, published in [
        ("QST", japan, OfferingStatus.OPERATIONAL, True),
        ("Gunma", japan, OfferingStatus.OPERATIONAL, True),
        ("Planned Ion", japan, OfferingStatus.PLANNED, True),
        ("Closed Ion", japan, OfferingStatus.CLOSED, True),
        ("Draft Ion", japan, OfferingStatus.OPERATIONAL, False),
        ("HIT", germany, OfferingStatus.OPERATIONAL, True),
    ]:
        center = CenterFactory(
            name=name,
            country=country,
            publication_status=PublicationStatus.PUBLISHED
            if published
            else PublicationStatus.DRAFT,
        )
        OfferingFactory(center=center, modality=carbon, status=status)
    CenterFactory(name="Proton only", country=japan)

    query = "country=jp&modality=carbon-ion-therapy"
    api = slugs(api_client.get(f"{LIST}?{query}"))

    assert api == ["gunma", "qst"]
    assert api == site_slugs(query)


def site_slugs(query):
    """The rows the site's /centers/ shows for a query string, in API order."""
    from centers.models import Center

    filterset = CenterFilterSet(
        QueryDict(query), queryset=Center.objects.published().for_list()
    )
    assert filterset.is_valid(), filterset.errors
    return sorted(filterset.qs.values_list("slug", flat=True))


@pytest.fixture
def catalogue(japan, germany, modality):
    """Centers differing in every filtered attribute."""
    from centers.models import Accreditation, CancerType, SupportiveService

    proton, carbon = modality("proton-therapy"), modality("carbon-ion-therapy")
    a = CenterFactory(
        name="Alpha",
        country=japan,
        city="Tokyo",
        kind="public",
        intake_route=IntakeRoute.DIRECT,
        runs_clinical_trials=True,
        has_tumor_board=True,
    )
    OfferingFactory(center=a, modality=carbon)
    a.cancer_types.add(CancerType.objects.get(slug="breast-cancer"))
    a.languages.add(Language.objects.get(code="en"))
    CenterServiceFactory(center=a)
    CenterAccreditation.objects.create(
        center=a, accreditation=Accreditation.objects.get(slug="jci")
    )
    b = CenterFactory(
        name="Beta",
        country=germany,
        city="Heidelberg",
        runs_clinical_trials=False,
        has_tumor_board=False,
    )
    OfferingFactory(center=b, modality=proton)
    OfferingFactory(center=b, modality=carbon, status=OfferingStatus.PLANNED)
    b.cancer_types.add(CancerType.objects.get(slug="lung-cancer"))
    CenterServiceFactory(
        center=b, service=SupportiveService.objects.get(slug="nutritional-support")
    )
    c = CenterFactory(name="Gamma", country=germany, city="Essen", kind="private")
    return a, b, c


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=tokyo", ["alpha"]),
        ("country=jp", ["alpha"]),
        ("country=germany", ["beta", "gamma"]),
        ("country=jp,de", ["alpha", "beta", "gamma"]),
        ("region=asia-pacific", ["alpha"]),
        ("modality=carbon-ion-therapy", ["alpha"]),
        ("modality=proton-therapy,carbon-ion-therapy", ["alpha", "beta"]),
        ("modality_category=particle-therapy", ["alpha", "beta"]),
        ("cancer_type=lung-cancer", ["beta"]),
        ("service=counseling", ["alpha"]),
        ("language=en", ["alpha"]),
        ("intake_route=direct", ["alpha"]),
        ("accreditation=jci", ["alpha"]),
        ("kind=private", ["gamma"]),
        ("clinical_trials=false", ["beta"]),
        ("tumor_board=true", ["alpha"]),
        ("updated_since=2000-01-01T00:00:00Z", ["alpha", "beta", "gamma"]),
        ("updated_since=2999-01-01T00:00:00Z", []),
    ],
)
def test_center_list_filters_like_the_site(api_client, catalogue, query, expected):
    api = slugs(api_client.get(f"{LIST}?{query}"))

    assert sorted(api) == expected
    assert sorted(api) == site_slugs(query)


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("name", ["alpha", "beta", "gamma"]),
        ("-name", ["gamma", "beta", "alpha"]),
        ("country,-name", ["gamma", "beta", "alpha"]),
        ("city", ["gamma", "beta", "alpha"]),
        ("-city", ["alpha", "beta", "gamma"]),
    ],
)
def test_center_list_honours_the_filtersets_ordering(
    api_client, catalogue, ordering, expected
):
    assert slugs(api_client.get(f"{LIST}?ordering={ordering}")) == expected


@pytest.mark.parametrize(
    ("query", "parameter", "message"),
    [
        ("modality=warp-drive", "modality", "Unknown value: warp-drive."),
        ("country=atlantis", "country", "Unknown value: atlantis."),
        ("updated_since=yesterday", "updated_since", "Enter a valid date/time."),
        ("clinical_trials=maybe", "clinical_trials", None),
        ("ordering=rating", "ordering", None),
        ("page_size=ten", "page_size", None),
        ("page_size=0", "page_size", None),
        ("page_size=101", "page_size", None),
        ("cursor=garbage", "cursor", None),
    ],
)
def test_center_list_rejects_bad_parameters_with_a_400(
    api_client, query, parameter, message
):
    response = api_client.get(f"{LIST}?{query}")

    assert response.status_code == 400
    errors = response.json()["errors"]
    assert list(errors) == [parameter]
    if message:
        assert errors[parameter] == [message]


@pytest.mark.parametrize("rows", [3, 30])
def test_center_list_query_budget_is_flat(
    api_client, django_assert_num_queries, germany, modality, rows
):
    for _ in range(rows):
        center = CenterFactory(country=germany)
        offering = OfferingFactory(center=center, modality=modality("proton-therapy"))
        OfferingSourceFactory(offering=offering)
        CenterSourceFactory(center=center)
        CenterServiceFactory(center=center)
        center.languages.add(Language.objects.get(code="en"))
        CostEstimate.objects.create(
            scope=center.name,
            country=germany,
            center=center,
            currency="EUR",
            basis="per course",
            publication_status=PublicationStatus.PUBLISHED,
        ).citations.create(source=SourceFactory())

    # 1 modality filter lookup, 1 centers (country, parent joined), then one
    # prefetch each: offerings, their citations, services, accreditations,
    # cancer types, languages, citations, units, partnerships, cost estimates
    # and their citations.
    with django_assert_num_queries(13):
        response = api_client.get(f"{LIST}?modality=proton-therapy&page_size=50")
    assert len(response.json()["results"]) == rows


def test_cost_estimates_of_draft_centers_stay_private(api_client, japan):
    draft = CenterFactory(publication_status=PublicationStatus.DRAFT, country=japan)
    CostEstimate.objects.create(
        scope="Draft center price",
        country=japan,
        center=draft,
        currency="JPY",
        basis="x",
        publication_status=PublicationStatus.PUBLISHED,
    )
    body = api_client.get("/api/v1/countries/japan/").json()

    assert body["cost_estimates"] == []


@pytest.mark.parametrize(
    "query",
    [
        "country=jp&modality=carbon-ion-therapy",
        "region=asia-pacific&ordering=-founded",
        "modality=proton-therapy&tumor_board=true",
        "q=seoul",
    ],
)
def test_api_rows_match_the_sites_center_list_page(client, api_client, world, query):
    page = client.get(f"/centers/?{query}")
    assert page.status_code == 200
    site = sorted(center.slug for center in page.context["object_list"])

    api = sorted(slugs(api_client.get(f"{LIST}?{query}&page_size=100")))

    assert api == site
    assert api  # the world has rows for every query here


def test_center_detail_query_budget(api_client, django_assert_num_queries, world):
    from destinations.models import Country

    (center,) = add_centers(Country.objects.get(code="JP"), 1, prefix="Budget")

    # The center (country, parent joined), then one prefetch each: offerings,
    # their citations, services, accreditations, cancer types, languages,
    # citations, units, partnerships, cost estimates.
    with django_assert_num_queries(11):
        response = api_client.get(f"{LIST}{center.slug}/")
    assert response.status_code == 200
