"""Nothing the public cannot open is named anywhere public: pages, comparison, API.

A record is public when it is published and, for a center, its country is too.
"""

import pytest

from tests.factories import (
    CenterFactory,
    CenterSourceFactory,
    CostEstimateFactory,
    CostSourceFactory,
    CountryFactory,
    OfferingSourceFactory,
    PartnershipFactory,
)

pytestmark = pytest.mark.django_db


def test_partnership_pages_do_not_name_a_draft_country(client):
    japan = CountryFactory(name="Japan", slug="japan", code="JP")
    secret = CountryFactory(name="Secretland", publication_status="draft")
    PartnershipFactory(name="Ties", slug="ties", countries=[japan, secret])

    for url in ("/partnerships/", "/partnerships/ties/"):
        html = client.get(url).content.decode()
        assert "Japan" in html, url
        assert "Secretland" not in html, url


def test_country_page_hides_cost_estimates_of_a_draft_center(client):
    japan = CountryFactory(name="Japan", slug="japan", code="JP")
    draft = CenterFactory(country=japan, publication_status="draft")
    CostEstimateFactory(country=japan, center=draft, scope="Secret package")
    CostEstimateFactory(country=japan, scope="Public package")

    html = client.get("/destinations/japan/").content.decode()

    assert "Public package" in html
    assert "Secret package" not in html


@pytest.fixture
def unit_of_hidden_parent():
    """A public unit whose parent is published but in a draft country."""
    hidden_country = CountryFactory(publication_status="draft")
    parent = CenterFactory(name="Secret parent", country=hidden_country)
    japan = CountryFactory(name="Japan", slug="japan", code="JP")
    other = CenterFactory(name="Other", slug="other", country=japan)
    unit = CenterFactory(name="Unit", slug="unit", country=japan, parent=parent)
    return unit, other


def test_center_page_comparison_and_api_hide_a_parent_the_public_cannot_see(
    client, unit_of_hidden_parent
):
    for url in (
        "/centers/unit/",
        "/compare/centers/?centers=unit,other",
        "/api/v1/centers/unit/",
        "/api/v1/compare/?centers=unit,other",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Secret parent" not in response.content.decode(), url


def test_sources_api_lists_only_sources_a_public_record_shows(client):
    hidden_country = CountryFactory(publication_status="draft")
    hidden_center = CenterFactory(country=hidden_country)
    draft_center = CenterFactory(publication_status="draft")
    private = [
        CenterSourceFactory(center=hidden_center).source,
        OfferingSourceFactory(offering__center=hidden_center).source,
        CostSourceFactory(cost_estimate__center=draft_center).source,
        CostSourceFactory(cost_estimate__country=hidden_country).source,
    ]
    public = CenterSourceFactory().source

    listed = [row["id"] for row in client.get("/api/v1/sources/").json()["results"]]

    assert listed == [public.pk]
    for source in private:
        assert client.get(f"/api/v1/sources/{source.pk}/").status_code == 404


def test_home_offers_no_way_in_that_leads_only_to_hidden_centers(client):
    from centers.models import CancerType, TreatmentModality
    from tests.factories import OfferingFactory

    hidden_center = CenterFactory(country=CountryFactory(publication_status="draft"))
    OfferingFactory(
        center=hidden_center,
        modality=TreatmentModality.objects.get(slug="robotic-surgery"),
    )
    hidden_center.cancer_types.add(CancerType.objects.get(slug="melanoma"))

    html = client.get("/").content.decode()

    assert "?modality=robotic-surgery" not in html
    assert "?cancer_type=melanoma" not in html
