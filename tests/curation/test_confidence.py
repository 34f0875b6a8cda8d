"""Confidence follows the kind of source: the pages, the API and the admin say
what a fact rests on, and a stored confidence that claims more is flagged."""

import pytest
from django.contrib.messages import get_messages

from centers.models import Center, Offering
from curation.models import Confidence, SourceKind
from destinations.models import FundingPathway
from tests.admin_forms import admin_url, change_form_data
from tests.factories import (
    CenterFactory,
    CenterSourceFactory,
    FundingPathwayFactory,
    FundingPathwaySourceFactory,
    OfferingFactory,
    OfferingSourceFactory,
)

pytestmark = pytest.mark.django_db


def center_citing(*kinds, confidence=Confidence.HIGH, **fields):
    center = CenterFactory(confidence=confidence, **fields)
    for kind in kinds:
        CenterSourceFactory(center=center, source__kind=kind)
    return center


@pytest.mark.parametrize(
    ("kinds", "confidence", "label"),
    [
        (
            [SourceKind.OWN_PAGE, SourceKind.NEWS],
            Confidence.HIGH,
            "High: stated by the responsible body",
        ),
        ([SourceKind.THIRD_PARTY], Confidence.HIGH, "Medium: stated by a third party"),
        (
            [SourceKind.OFFICIAL],
            Confidence.HIGH,
            "Medium: stated by an official body or registry",
        ),
        ([SourceKind.NEWS], Confidence.MEDIUM, "Low: a news report"),
        (
            [SourceKind.UNKNOWN],
            Confidence.MEDIUM,
            "Low: the kind of source is not recorded",
        ),
        ([], Confidence.HIGH, "Low: no source recorded"),
        # A curator may rate lower than the source would allow, never higher.
        ([SourceKind.OWN_PAGE], Confidence.LOW, "Low: stated by the responsible body"),
    ],
)
def test_confidence_label_rests_on_the_strongest_source(kinds, confidence, label):
    center = center_citing(*kinds, confidence=confidence)

    prefetched = Center.objects.for_detail().get(pk=center.pk)
    annotated = Center.objects.with_source_strength().get(pk=center.pk)

    assert prefetched.confidence_label == label
    assert annotated.confidence_label == label


def test_overclaiming_finds_records_whose_confidence_outruns_their_sources():
    own = center_citing(SourceKind.OWN_PAGE)
    third_party = center_citing(SourceKind.THIRD_PARTY)
    unsourced_medium = center_citing(confidence=Confidence.MEDIUM)
    news_low = center_citing(SourceKind.NEWS, confidence=Confidence.LOW)
    third_party_medium = center_citing(
        SourceKind.THIRD_PARTY, confidence=Confidence.MEDIUM
    )

    flagged = set(Center.objects.overclaiming())

    assert flagged == {third_party, unsourced_medium}
    assert not {own, news_low, third_party_medium} & flagged
    for center in Center.objects.with_source_strength():
        assert center.confidence_overclaims == (center in flagged)


def test_offerings_and_records_without_publication_state_are_checked_too():
    offering = OfferingFactory(confidence=Confidence.HIGH)
    OfferingSourceFactory(offering=offering, source__kind=SourceKind.NEWS)

    assert list(Offering.objects.overclaiming()) == [offering]


def test_center_page_never_says_high_on_a_third_party_source(client):
    center = center_citing(SourceKind.THIRD_PARTY, name="St. Jude")

    html = client.get(center.get_absolute_url()).content.decode()

    assert "Confidence: Medium: stated by a third party" in html
    assert "High: stated by the responsible body" not in html


def test_api_confidence_is_capped_and_each_source_says_its_kind(api_client):
    pathway = FundingPathwayFactory(slug="route", confidence=Confidence.HIGH)
    FundingPathwaySourceFactory(pathway=pathway, source__kind=SourceKind.NEWS)

    body = api_client.get("/api/v1/funding-pathways/route/").json()

    assert body["confidence"] == "low"
    assert [source["kind"] for source in body["sources"]] == ["news"]


def test_admin_filter_and_column_show_confidence_above_the_sources(admin_client):
    flagged = center_citing(SourceKind.THIRD_PARTY, name="Claims too much")
    center_citing(SourceKind.OWN_PAGE, name="Backed")
    url = admin_url(Center, "changelist")

    listed = admin_client.get(url, {"provenance": "overclaims"})

    assert [c.name for c in listed.context["cl"].result_list] == [flagged.name]
    assert "confidence High, sources back Medium" in listed.text


def test_admin_index_counts_records_whose_confidence_outruns_their_sources(
    admin_client, only_curated_countries
):
    FundingPathwaySourceFactory(
        pathway__confidence=Confidence.HIGH, source__kind=SourceKind.THIRD_PARTY
    )

    html = admin_client.get("/admin/").text

    changelist = admin_url(FundingPathway, "changelist")
    assert f'<a href="{changelist}?provenance=overclaims">1</a>' in html


def test_saving_a_record_whose_confidence_outruns_its_sources_warns(admin_client):
    center = center_citing(SourceKind.THIRD_PARTY)
    url = admin_url(Center, "change", center.pk)

    response = admin_client.post(url, change_form_data(admin_client.get(url)))

    assert response.status_code == 302
    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(
        "Confidence is set to High, but its strongest source is stated by a third "
        "party" in m
        for m in warnings
    ), warnings
