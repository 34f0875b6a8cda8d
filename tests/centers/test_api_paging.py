"""The center API's paging and CSV: every row once, links both ways, spreadsheets."""

import pytest

from tests.factories import (
    CenterFactory,
    OfferingFactory,
)

pytestmark = pytest.mark.django_db

LIST = "/api/v1/centers/"


def test_center_list_walks_every_row_once_while_rows_change(api_client, germany):
    for n in range(7):
        CenterFactory(name=f"Center {n:02}", country=germany)
    seen = []
    url = f"{LIST}?page_size=3"
    first = True
    while url:
        body = api_client.get(url).json()
        seen += [row["slug"] for row in body["results"]]
        if first:
            # A curator renames a row already seen and adds one ahead.
            from centers.models import Center

            Center.objects.filter(slug="center-00").update(name="Center 99")
            CenterFactory(name="Center 05b", slug="center-05b", country=germany)
            first = False
        url = body["next"]

    # Nothing skipped, nothing repeated, except the renamed row, which moved
    # past the cursor and is seen again with its new name.
    assert seen == [
        "center-00",
        "center-01",
        "center-02",
        "center-03",
        "center-04",
        "center-05",
        "center-05b",
        "center-06",
        "center-00",
    ]


def test_center_list_previous_link_walks_back(api_client, germany):
    for n in range(5):
        CenterFactory(name=f"Center {n}", country=germany, founded_year=2000 + n % 2)
    CenterFactory(name="No year", country=germany)
    url = f"{LIST}?page_size=2&ordering=founded"
    pages = []
    while url:
        body = api_client.get(url).json()
        pages.append([row["slug"] for row in body["results"]])
        last = body
        url = body["next"]
    forward = [slug for page in pages for slug in page]
    assert forward[-1] == "no-year"  # NULLs last
    assert len(forward) == len(set(forward)) == 6

    back = api_client.get(last["previous"]).json()
    assert [row["slug"] for row in back["results"]] == pages[-2]


def test_center_list_is_csv_on_request(api_client, japan, modality):
    center = CenterFactory(name="QST", country=japan)
    OfferingFactory(center=center, modality=modality("carbon-ion-therapy"))

    response = api_client.get(f"{LIST}?format=csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header, row = response.content.decode().splitlines()
    columns = dict(zip(header.split(","), row.split(","), strict=True))
    assert columns["slug"] == "qst"
    assert columns["country.code"] == "JP"
    assert columns["offerings"] == "carbon-ion-therapy (operational)"
    assert columns["has_tumor_board"] == ""


def test_csv_errors_are_still_json(api_client):
    response = api_client.get(f"{LIST}?format=csv&modality=warp-drive")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
