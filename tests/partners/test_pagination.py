"""Keyset pagination: every ordering a FilterSet offers walks every row once."""

import pytest

from tests.factories import (
    CenterFactory,
    CenterSourceFactory,
    CountryFactory,
    FundingPathwayFactory,
    PartnershipFactory,
)

pytestmark = pytest.mark.django_db

ORDERINGS = {
    "countries": [
        "",
        "name",
        "-name",
        "region",
        "-region",
        "centers",
        "-centers",
        "updated",
        "-updated",
        "region,-centers",
    ],
    "centers": [
        "",
        "name",
        "-name",
        "country",
        "-country",
        "city",
        "-city",
        "founded",
        "-founded",
        "updated",
        "-updated",
        "country,-founded",
        # Empty entries are skipped, as the OrderingFilter skips them.
        ",,,",
        "-name,,",
    ],
    "partnerships": ["", "name", "-name", "started", "-started", "updated", "-updated"],
    "sources": ["", "title", "-title", "updated", "-updated", ","],
    "modalities": [""],
    "funding-pathways": ["", "origin", "-origin", "name", "-name", "updated"],
}


def walk(api_client, url):
    rows, previous_links = [], []
    while url:
        response = api_client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        rows += [row.get("slug", row.get("id")) for row in body["results"]]
        previous_links.append(body["previous"])
        url = body["next"]
    return rows, previous_links


@pytest.fixture
def catalogue():
    """Ties and NULLs in every sort key, so only the id tiebreaker decides."""
    countries = [
        CountryFactory(region=region)
        for region in ("europe", "europe", "asia-pacific", "africa")
    ]
    for index in range(7):
        center = CenterFactory(
            country=countries[index % 2],
            city=("Essen", "Essen", "")[index % 3],
            founded_year=(None, 1990, 1990)[index % 3],
        )
        CenterSourceFactory(center=center, source__title="Same title")
    for year in (None, 2001, 2001, None):
        PartnershipFactory(countries=[countries[0]], started_year=year)
    for origin in ("Ontario, Canada", "Ontario, Canada", "Australia"):
        FundingPathwayFactory(origin_name=origin)


@pytest.mark.parametrize(
    ("resource", "ordering"),
    [(resource, o) for resource, orderings in ORDERINGS.items() for o in orderings],
)
def test_small_pages_walk_the_same_rows_in_the_same_order_as_one_page(
    api_client, catalogue, resource, ordering
):
    query = f"ordering={ordering}&" if ordering else ""
    whole = api_client.get(f"/api/v1/{resource}/?{query}page_size=100").json()
    expected = [row.get("slug", row.get("id")) for row in whole["results"]]
    assert whole["next"] is None
    assert len(expected) > 2

    rows, previous_links = walk(api_client, f"/api/v1/{resource}/?{query}page_size=2")

    assert rows == expected
    assert previous_links[0] is None
    assert all(previous_links[1:])


def test_empty_ordering_entries_mean_the_default_order(api_client, catalogue):
    default = api_client.get("/api/v1/centers/").json()["results"]
    blank = api_client.get("/api/v1/centers/?ordering=,,,").json()["results"]

    assert [row["slug"] for row in blank] == [row["slug"] for row in default]
