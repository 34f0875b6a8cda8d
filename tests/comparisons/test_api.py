"""The comparison endpoint: the site's comparison, serialized."""

import pytest

from centers import rollups
from comparisons.compare import compare_countries

pytestmark = pytest.mark.django_db

URL = "/api/v1/compare/"


def test_compare_countries_serializes_the_sites_comparison(api_client, world):
    response = api_client.get(URL, {"countries": "jp,germany"})

    assert response.status_code == 200
    body = response.json()
    assert body["kind"] == "countries"
    assert body["items"] == [
        {
            "slug": "japan",
            "name": "Japan",
            "code": "JP",
            "url": "http://testserver/destinations/japan/",
        },
        {
            "slug": "germany",
            "name": "Germany",
            "code": "DE",
            "url": "http://testserver/destinations/germany/",
        },
    ]
    countries = list(
        rollups.countries().published().for_comparison().filter(code__in=["JP", "DE"])
    )
    countries.sort(key=lambda c: c.code != "JP")
    expected = compare_countries(countries)
    assert [group["key"] for group in body["groups"]] == [
        group.key for group in expected.groups
    ]
    rows = {row["key"]: row for group in body["groups"] for row in group["rows"]}
    carbon = rows["carbon-ion"]
    assert carbon["differs"] is True
    assert carbon["cells"][0]["text"].startswith("3: ")
    # Every cell has the same keys; only the cost rows fill `costs`.
    assert set(carbon["cells"][0]) == {"text", "known", "flagged", "centers", "costs"}
    assert carbon["cells"][0]["costs"] == []
    listed = carbon["cells"][0]["centers"]
    assert listed == (
        "http://testserver/api/v1/centers/?country=japan&modality=carbon-ion-therapy"
    )
    assert len(api_client.get(listed).json()["results"]) == 3
    assert rows["currency"]["cells"][0]["centers"] is None
    assert response["ETag"]
    assert response["Last-Modified"]


def test_compare_centers(api_client, world):
    response = api_client.get(
        URL, {"centers": "qst-hospital,heidelberg-ion-beam-therapy-center"}
    )

    assert response.status_code == 200
    body = response.json()
    assert body["kind"] == "centers"
    assert [item["slug"] for item in body["items"]] == [
        "qst-hospital",
        "heidelberg-ion-beam-therapy-center",
    ]


def test_compare_as_csv_is_the_sites_csv(api_client, world):
    response = api_client.get(URL, {"countries": "jp,de", "format": "csv"})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header = response.content.decode().splitlines()[0]
    assert header == "Group,Fact,Japan,Germany,Differs"


@pytest.mark.parametrize(
    ("query", "errors"),
    [
        ({"countries": "jp"}, {"countries": ["Compare at least 2 different items."]}),
        ({"countries": "jp,atlantis"}, {"countries": ["Unknown country: atlantis."]}),
        (
            {"countries": "jp,de,us,kr,jp,fr"},
            {"countries": ["Compare at most 4 items; you named 5."]},
        ),
        (
            {"centers": "qst-hospital,nowhere"},
            {"centers": ["Unknown center: nowhere."]},
        ),
        (
            {},
            {
                "countries": ["Name 2 to 4 items to compare."],
                "centers": ["Name 2 to 4 items to compare."],
            },
        ),
        (
            {"countries": "jp,de", "centers": "qst-hospital,draft-center"},
            {"centers": ["Unknown center: draft-center."]},
        ),
    ],
)
def test_compare_rejects_bad_input_keyed_by_parameter(api_client, world, query, errors):
    response = api_client.get(URL, query)

    assert response.status_code == 400
    assert response.json() == {"errors": errors}


def test_compare_both_kinds_at_once_is_a_400(api_client, world):
    response = api_client.get(
        URL,
        {
            "countries": "jp,de",
            "centers": "qst-hospital,heidelberg-ion-beam-therapy-center",
        },
    )

    assert response.status_code == 400
    assert response.json() == {
        "errors": {"detail": ["Compare countries or centers, not both at once."]}
    }
