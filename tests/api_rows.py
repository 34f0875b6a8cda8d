"""Helpers the API tests share."""


def slugs(response):
    """Return the slugs (or ids, for sources) of a 200 list page, in order."""
    assert response.status_code == 200, response.content
    return [row.get("slug", row.get("id")) for row in response.json()["results"]]
