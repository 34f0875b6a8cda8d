"""The partner API for countries, partnerships, sources and the taxonomies."""

import pytest
from django.http import QueryDict

from centers import rollups
from centers.filtersets import CountryFilterSet
from centers.models import CostEstimate
from curation.models import PublicationStatus
from destinations.filtersets import PartnershipFilterSet
from destinations.models import Language, Partnership
from tests.api_rows import slugs
from tests.factories import (
    CenterFactory,
    CenterServiceFactory,
    CountryFactory,
    CountrySourceFactory,
    MedicalVisaFactory,
    OfferingFactory,
    PartnershipFactory,
    PartnershipSourceFactory,
    SourceFactory,
    VisaSourceFactory,
)
from tests.world import add_centers

pytestmark = pytest.mark.django_db


CITATION_FIELDS = {
    "id",
    "url",
    "title",
    "publisher",
    "accessed",
    "accessed_note",
    "as_of",
    "kind",
}


def test_country_detail_pins_the_full_object(api_client):
    japan = CountryFactory(
        code="JP",
        name="Japan",
        slug="japan",
        region="asia-pacific",
        currency="JPY",
        summary="",
        health_expenditure_per_capita="5251.5",
        health_expenditure_year=2022,
    )
    japan.official_languages.add(Language.objects.get(code="ja"))
    source = SourceFactory(
        url="", title="MOFA", publisher="", accessed_on=None, kind="official"
    )
    CountrySourceFactory(country=japan, source=source, supports="")
    visa = MedicalVisaFactory(country=japan, name="Visa for Medical Stay")
    VisaSourceFactory(visa=visa, source=source, supports="stay")
    MedicalVisaFactory(country=japan, name="Draft visa", publication_status="draft")
    PartnershipFactory(name="JP-DE", slug="jp-de", countries=[japan])
    PartnershipFactory(
        name="Draft tie",
        slug="draft-tie",
        countries=[japan],
        publication_status="draft",
    )
    CostEstimate.objects.create(
        scope="Japan tariff",
        country=japan,
        currency="JPY",
        amount_low="1000",
        amount_high="2000.5",
        basis="per course",
        kind="tariff",
        payer="self-pay-foreign",
        publication_status=PublicationStatus.PUBLISHED,
    )
    center = CenterFactory(country=japan)
    OfferingFactory(center=center)
    CenterFactory(country=japan, publication_status="draft")

    body = api_client.get("/api/v1/countries/japan/").json()

    assert body.pop("updated_at")
    assert body["cost_estimates"][0].pop("updated_at")
    citation = {
        "id": source.pk,
        "url": None,
        "title": "MOFA",
        "publisher": None,
        "accessed": None,
        "accessed_note": None,
        "as_of": None,
        "kind": "official",
    }
    assert body == {
        "slug": "japan",
        "code": "JP",
        "name": "Japan",
        "url": "http://testserver/destinations/japan/",
        "region": "asia-pacific",
        "currency": "JPY",
        "official_languages": [{"code": "ja", "name": "Japanese"}],
        "summary": None,
        "health_expenditure_per_capita": "5251.50",
        "health_expenditure_year": 2022,
        "health_expenditure_basis": None,
        "jci_accredited_org_count": None,
        "jci_count_note": None,
        "public_note": None,
        "center_count": 1,
        "particle_center_count": 1,
        "visas": [
            {
                "name": "Visa for Medical Stay",
                "issuer": None,
                "max_stay_days": 90,
                "validity": None,
                "companion_allowed": None,
                "companion_notes": None,
                "coordinator_required": None,
                "coordinator_notes": None,
                "documents": None,
                "public_note": None,
                "last_verified": "2025-11-05",
                "confidence": "medium",
                "sources": [{**citation, "supports": "stay"}],
            }
        ],
        "partnerships": [
            {"slug": "jp-de", "name": "JP-DE", "kind": "research", "status": "active"}
        ],
        "cost_estimates": [
            {
                "scope": "Japan tariff",
                "center": None,
                "modality": None,
                "treatment": None,
                "cancer_type": None,
                "kind": "tariff",
                "payer": "self-pay-foreign",
                # Not a price: no price object, the amount as context, kind first.
                "price": None,
                "context": {
                    "kind_label": "Fee-schedule multiplier or point value",
                    "currency": "JPY",
                    "amount_low": "1000.00",
                    "amount_high": "2000.50",
                    "text": "Fee-schedule multiplier or point value: "
                    "JPY 1,000 \u2013 2,000.5",
                },
                "basis": "per course",
                "includes": None,
                "excludes": None,
                "as_of": None,
                "public_note": None,
                "last_verified": body["cost_estimates"][0]["last_verified"],
                # Stored "medium", but it cites no source: nothing backs more.
                "confidence": "low",
                "sources": [],
            }
        ],
        "last_verified": "2025-11-05",
        "confidence": "medium",
        "sources": [{**citation, "supports": None}],
    }


@pytest.mark.parametrize("lookup", ["japan", "jp", "JP"])
def test_country_detail_accepts_slug_or_iso_code(api_client, lookup):
    CountryFactory(code="JP", name="Japan", slug="japan")

    assert api_client.get(f"/api/v1/countries/{lookup}/").json()["slug"] == "japan"


def test_draft_or_unknown_country_is_a_404(api_client):
    CountryFactory(code="XX", slug="draftland", publication_status="draft")

    for lookup in ("draftland", "xx", "atlantis"):
        assert api_client.get(f"/api/v1/countries/{lookup}/").status_code == 404


@pytest.fixture
def countries(world):
    return world


def site_country_slugs(query):
    filterset = CountryFilterSet(
        QueryDict(query), queryset=rollups.countries().published().for_list()
    )
    assert filterset.is_valid(), filterset.errors
    return sorted(filterset.qs.values_list("slug", flat=True))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=jp", ["japan"]),
        ("q=germ", ["germany"]),
        ("region=asia-pacific", ["japan", "south-korea"]),
        ("modality=carbon-ion-therapy", ["germany", "japan", "south-korea"]),
        (
            "cancer_type=prostate-cancer",
            ["germany", "japan", "south-korea", "united-states"],
        ),
        (
            "service=nutritional-support",
            ["germany", "japan", "south-korea", "united-states"],
        ),
        ("language=ja", ["japan"]),
        ("accreditation=jci", ["germany", "japan", "south-korea", "united-states"]),
        ("updated_since=2999-01-01T00:00:00Z", []),
    ],
)
def test_country_list_filters_like_the_site(api_client, countries, query, expected):
    api = slugs(api_client.get(f"/api/v1/countries/?{query}"))

    assert sorted(api) == expected
    assert sorted(api) == site_country_slugs(query)


def test_country_list_orders_by_center_count_with_a_tiebreaker(api_client, countries):
    rows = api_client.get("/api/v1/countries/?ordering=-centers").json()["results"]

    counts = [row["center_count"] for row in rows]
    assert counts == sorted(counts, reverse=True)
    assert rows[0]["slug"] == "japan"


def test_country_list_rejects_unknown_modality(api_client):
    response = api_client.get("/api/v1/countries/?modality=warp-drive")

    assert response.status_code == 400
    assert response.json() == {"errors": {"modality": ["Unknown value: warp-drive."]}}


@pytest.mark.parametrize("extra", [3, 30])
def test_country_list_query_budget_is_flat(
    api_client, django_assert_num_queries, extra
):
    for n in range(extra):
        country = CountryFactory()
        country.official_languages.add(Language.objects.get(code="en"))
        CountrySourceFactory(country=country)
        VisaSourceFactory(visa=MedicalVisaFactory(country=country))
        PartnershipFactory(countries=[country])
        add_centers(country, 1, prefix=f"C{n}")
        CostEstimate.objects.create(
            scope="x",
            country=country,
            currency="EUR",
            basis="y",
            publication_status="published",
        ).citations.create(source=SourceFactory())

    # Countries with their center counts, then one prefetch each: languages,
    # citations, visas, visa citations, partnerships, cost estimates, their
    # citations.
    with django_assert_num_queries(8):
        response = api_client.get("/api/v1/countries/?page_size=100")
    assert len(response.json()["results"]) == extra


def test_partnership_detail_pins_the_full_object(api_client):
    japan = CountryFactory(code="JP", name="Japan", slug="japan", region="asia-pacific")
    draft_country = CountryFactory(publication_status="draft")
    partnership = PartnershipFactory(
        name="JP ties",
        slug="jp-ties",
        countries=[japan, draft_country],
        challenges="Language; follow-up",
        status="unknown",
    )
    partnership.centers.add(CenterFactory(name="QST", slug="qst", country=japan))
    partnership.centers.add(CenterFactory(publication_status="draft", country=japan))
    source = SourceFactory(title="Press release")
    PartnershipSourceFactory(partnership=partnership, source=source)

    body = api_client.get("/api/v1/partnerships/jp-ties/").json()

    assert body.pop("updated_at")
    assert body == {
        "slug": "jp-ties",
        "name": "JP ties",
        "url": "http://testserver/partnerships/jp-ties/",
        "kind": "research",
        "status": None,
        "status_note": None,
        "countries": [
            {"slug": "japan", "code": "JP", "name": "Japan", "region": "asia-pacific"}
        ],
        "centers": [{"slug": "qst", "name": "QST"}],
        "parties": None,
        "started_year": None,
        "scope": None,
        "challenges": ["Language", "follow-up"],
        "summary": None,
        "public_note": None,
        "last_verified": "2025-11-05",
        "confidence": "medium",
        "sources": [
            {
                "id": source.pk,
                "url": source.url,
                "title": "Press release",
                "publisher": "Example publisher",
                "accessed": "2025-11-05",
                "accessed_note": None,
                "as_of": None,
                "kind": "third-party",
                "supports": None,
            }
        ],
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=canada", ["canada-japan-medical-tourism-partnership"]),
        ("kind=research", ["canada-japan-medical-tourism-partnership", "de-ties"]),
        ("kind=training", []),
        ("status=unconfirmed", ["canada-japan-medical-tourism-partnership"]),
        ("country=de", ["de-ties"]),
        ("country=japan,de", ["canada-japan-medical-tourism-partnership", "de-ties"]),
        (
            "updated_since=2000-01-01T00:00:00Z",
            ["canada-japan-medical-tourism-partnership", "de-ties"],
        ),
        ("updated_since=2999-01-01T00:00:00Z", []),
    ],
)
def test_partnership_list_filters_like_the_site(api_client, world, query, expected):
    PartnershipFactory(name="DE ties", slug="de-ties", countries=[world["DE"]])
    PartnershipFactory(
        name="Draft", countries=[world["DE"]], publication_status="draft"
    )

    response = api_client.get(f"/api/v1/partnerships/?{query}")
    filterset = PartnershipFilterSet(
        QueryDict(query), queryset=Partnership.objects.published().for_list()
    )
    assert sorted(slugs(response)) == expected
    assert sorted(filterset.qs.values_list("slug", flat=True)) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "/api/v1/modalities/carbon-ion-therapy/",
            {
                "slug": "carbon-ion-therapy",
                "name": "Carbon-ion therapy",
                "category": "particle-therapy",
            },
        ),
        (
            "/api/v1/services/counseling/",
            {
                "slug": "counseling",
                "name": "Counseling and psycho-oncology",
                "category": "psychosocial",
            },
        ),
        (
            "/api/v1/cancer-types/breast-cancer/",
            {"slug": "breast-cancer", "name": "Breast cancer", "icd10_range": "C50"},
        ),
        (
            "/api/v1/accreditations/jci/",
            {"slug": "jci", "abbreviation": "JCI", "scope": "International"},
        ),
    ],
)
def test_taxonomy_details(api_client, path, expected):
    body = api_client.get(path).json()

    assert body.items() >= expected.items()
    assert "description" in body


def test_taxonomy_lists_walk_every_row(api_client):
    from centers.models import TreatmentModality

    seen, url = [], "/api/v1/modalities/?page_size=4"
    while url:
        body = api_client.get(url).json()
        seen += [row["slug"] for row in body["results"]]
        url = body["next"]

    assert sorted(seen) == sorted(
        TreatmentModality.objects.values_list("slug", flat=True)
    )


def test_services_of_centers_nest_as_briefs(api_client):
    CenterServiceFactory(center=CenterFactory(slug="c"), notes="")

    services = api_client.get("/api/v1/centers/c/").json()["services"]

    assert services == [
        {
            "service": {
                "slug": "counseling",
                "name": "Counseling and psycho-oncology",
                "category": "psychosocial",
            },
            "public_note": None,
        }
    ]


@pytest.mark.parametrize("rows", [3, 30])
def test_partnership_and_source_lists_query_budgets(
    api_client, django_assert_num_queries, rows
):
    country = CountryFactory()
    for _ in range(rows):
        partnership = PartnershipFactory(countries=[country])
        partnership.centers.add(CenterFactory(country=country))
        PartnershipSourceFactory(partnership=partnership)

    # Partnerships, then their countries, centers and citations.
    with django_assert_num_queries(4):
        response = api_client.get("/api/v1/partnerships/?page_size=100")
    assert len(response.json()["results"]) == rows

    # Sources cited by a published record: one query.
    with django_assert_num_queries(1):
        response = api_client.get("/api/v1/sources/?page_size=100")
    assert len(response.json()["results"]) == rows


def test_country_detail_query_budget(api_client, django_assert_num_queries, world):
    # The country (by slug or code, with its counts), then one prefetch each:
    # languages, citations, visas, visa citations, partnerships, cost
    # estimates, their citations.
    with django_assert_num_queries(8):
        response = api_client.get("/api/v1/countries/jp/")
    assert response.status_code == 200
