"""The partner API for public funding routes."""

import pytest
from django.http import QueryDict

from curation.models import SourceKind
from destinations.filtersets import FundingPathwayFilterSet
from destinations.models import FundingPathway
from tests.api_rows import slugs
from tests.factories import (
    FundingPathwayFactory,
    FundingPathwaySourceFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


def test_funding_pathway_detail_pins_the_full_object(api_client):
    pathway = FundingPathwayFactory(
        name="NHS England Proton Overseas Programme",
        slug="nhs-proton-overseas",
        origin="GB-ENG",
        origin_name="England, United Kingdom",
        conditions="Approved by the national clinical panel.",
        covers="Proton therapy abroad, travel and accommodation.",
        confidence="high",
    )
    source = SourceFactory(
        title="NHS England: proton beam therapy", kind=SourceKind.OWN_PAGE
    )
    FundingPathwaySourceFactory(pathway=pathway, source=source, supports="")

    body = api_client.get("/api/v1/funding-pathways/nhs-proton-overseas/").json()

    assert body.pop("updated_at")
    assert body == {
        "slug": "nhs-proton-overseas",
        "name": "NHS England Proton Overseas Programme",
        "url": "http://testserver/paying-for-treatment/#nhs-proton-overseas",
        "origin": "GB-ENG",
        "origin_name": "England, United Kingdom",
        "conditions": "Approved by the national clinical panel.",
        "covers": "Proton therapy abroad, travel and accommodation.",
        "public_note": None,
        "last_verified": "2025-11-05",
        "confidence": "high",
        "sources": [
            {
                "id": source.pk,
                "url": source.url,
                "title": "NHS England: proton beam therapy",
                "publisher": "Example publisher",
                "accessed": "2025-11-05",
                "accessed_note": None,
                "as_of": None,
                "kind": "own-page",
                "supports": None,
            }
        ],
    }


def test_draft_funding_pathway_is_404_and_its_sources_stay_private(api_client):
    draft = FundingPathwaySourceFactory(
        pathway__slug="draft-route", pathway__publication_status="draft"
    )
    published = FundingPathwaySourceFactory()

    assert api_client.get("/api/v1/funding-pathways/draft-route/").status_code == 404
    assert slugs(api_client.get("/api/v1/funding-pathways/")) == [
        published.pathway.slug
    ]
    assert slugs(api_client.get("/api/v1/sources/")) == [published.source.pk]
    assert draft.source.pk not in slugs(api_client.get("/api/v1/sources/"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=ontario", ["ohip-out-of-country-prior-approval"]),
        ("q=S2", ["s2-form"]),
        ("q=nothing-like-this", []),
        ("ordering=origin", ["s2-form", "ohip-out-of-country-prior-approval"]),
        ("ordering=-origin", ["ohip-out-of-country-prior-approval", "s2-form"]),
        ("updated_since=2999-01-01T00:00:00Z", []),
    ],
)
def test_funding_pathway_list_filters_like_the_site(api_client, world, query, expected):
    FundingPathwayFactory(
        name="S2 form",
        slug="s2-form",
        origin="EU/EEA/CH",
        origin_name="European Union, EEA or Switzerland",
        conditions="Prior authorisation from the home insurer.",
    )

    response = api_client.get(f"/api/v1/funding-pathways/?{query}")
    filterset = FundingPathwayFilterSet(
        QueryDict(query), queryset=FundingPathway.objects.published().for_list()
    )
    assert slugs(response) == expected
    assert list(filterset.qs.values_list("slug", flat=True)) == expected
    site = api_client.get(f"/paying-for-treatment/?{query}")
    assert [p.slug for p in site.context["object_list"]] == expected


@pytest.mark.parametrize("rows", [3, 30])
def test_funding_pathway_list_query_budget(api_client, django_assert_num_queries, rows):
    for _ in range(rows):
        FundingPathwaySourceFactory.create_batch(2, pathway=FundingPathwayFactory())

    # The routes, then their citations with sources.
    with django_assert_num_queries(2):
        response = api_client.get("/api/v1/funding-pathways/?page_size=100")
    assert len(response.json()["results"]) == rows
