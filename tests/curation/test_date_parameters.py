"""Date-time parameters answer 400 naming the field when out of range, never 500."""

import pytest

pytestmark = pytest.mark.django_db

OUT_OF_RANGE = [
    "2020-01-01T00:00:00+18:41",  # past any real UTC offset; PostgreSQL refuses it
    "2020-01-01T00:00:00-16:00",
    "0001-01-01T00:00:00+01:00",  # before year 1 once in UTC
    "9999-12-31T23:59:59-10:00",  # after year 9999 once in UTC
    "not a date",
]


@pytest.mark.parametrize("value", OUT_OF_RANGE)
@pytest.mark.parametrize(
    "path", ["/api/v1/centers/", "/api/v1/countries/", "/api/v1/sources/"]
)
def test_api_date_times_out_of_range_are_a_400_naming_the_field(
    api_client, path, value
):
    response = api_client.get(path, {"updated_since": value})

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["updated_since"]


@pytest.mark.parametrize("value", OUT_OF_RANGE[:2])
def test_pages_answer_a_bad_date_time_with_a_400(client, value):
    response = client.get("/centers/", {"updated_since": value})

    assert response.status_code == 400


@pytest.mark.parametrize(
    "value", ["2020-01-01T00:00:00+14:00", "2020-01-01T00:00:00-12:00", "2020-01-01"]
)
def test_real_offsets_and_plain_dates_are_accepted(api_client, value):
    assert (
        api_client.get("/api/v1/centers/", {"updated_since": value}).status_code == 200
    )
