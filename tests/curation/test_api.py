"""The partner API for sources: only those a published record cites."""

import pytest

from tests.api_rows import slugs
from tests.factories import (
    CenterFactory,
    CenterSourceFactory,
    CountryFactory,
    MedicalVisaFactory,
    SourceFactory,
    VisaSourceFactory,
)

pytestmark = pytest.mark.django_db


def test_sources_lists_only_those_cited_by_published_records(api_client):
    published = CenterFactory()
    draft = CenterFactory(publication_status="draft")
    cited = CenterSourceFactory(center=published).source
    CenterSourceFactory(center=draft)
    SourceFactory()  # cited by nothing
    visa_source = VisaSourceFactory(
        visa=MedicalVisaFactory(country=CountryFactory(publication_status="draft"))
    ).source

    ids = slugs(api_client.get("/api/v1/sources/"))

    assert ids == [cited.pk]
    assert api_client.get(f"/api/v1/sources/{visa_source.pk}/").status_code == 404
    body = api_client.get(f"/api/v1/sources/{cited.pk}/").json()
    assert body.pop("updated_at")
    assert body == {
        "id": cited.pk,
        "url": cited.url,
        "title": cited.title,
        "publisher": "Example publisher",
        "accessed": "2025-11-05",
        "accessed_note": None,
        "as_of": None,
        "kind": "third-party",
    }


def test_sources_filter_by_q_and_updated_since(api_client):
    center = CenterFactory()
    CenterSourceFactory(center=center, source=SourceFactory(title="WHO report"))
    CenterSourceFactory(center=center, source=SourceFactory(title="Brochure"))

    assert len(slugs(api_client.get("/api/v1/sources/?q=who"))) == 1
    assert (
        slugs(api_client.get("/api/v1/sources/?updated_since=2999-01-01T00:00Z")) == []
    )
