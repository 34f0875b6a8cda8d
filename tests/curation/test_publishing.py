"""Publish, unpublish, verify: history kept, unpublishable records refused."""

import datetime

import pytest
from django.utils import timezone

from curation.models import PublicationStatus
from curation.services import (
    records_mark_verified,
    records_publish,
    records_unpublish,
)
from destinations.models import (
    Country,
    MedicalVisa,
    Partnership,
)
from tests.admin_forms import admin_url
from tests.factories import (
    CountryFactory,
    MedicalVisaFactory,
    PartnershipFactory,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("only_curated_countries"),
]


# ---------------------------------------------------------------------------
# Actions and services leave history naming the curator
# ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("factory", "model"),
    [
        (CountryFactory, Country),
        (MedicalVisaFactory, MedicalVisa),
        (PartnershipFactory, Partnership),
    ],
    ids=["country", "medical-visa", "partnership"],
)
def test_publish_and_unpublish_actions_change_rows_and_record_the_curator(
    admin_client, admin_user, factory, model
):
    drafts = factory.create_batch(2, publication_status=PublicationStatus.DRAFT)
    url = admin_url(model, "changelist")
    selected = [str(obj.pk) for obj in drafts]

    response = admin_client.post(
        url, {"action": "publish", "_selected_action": selected}, follow=True
    )

    assert "2 records published." in response.text
    for obj in drafts:
        obj.refresh_from_db()
        assert obj.publication_status == PublicationStatus.PUBLISHED
        assert obj.history.first().history_user == admin_user
        assert obj.history.first().history_change_reason == "Published"

    admin_client.post(url, {"action": "unpublish", "_selected_action": selected[:1]})

    drafts[0].refresh_from_db()
    assert drafts[0].publication_status == PublicationStatus.DRAFT
    assert drafts[0].history.first().history_user == admin_user


@pytest.mark.parametrize(
    ("factory", "model"),
    [
        (CountryFactory, Country),
        (MedicalVisaFactory, MedicalVisa),
        (PartnershipFactory, Partnership),
    ],
    ids=["country", "medical-visa", "partnership"],
)
def test_mark_verified_action_sets_today_and_records_the_curator(
    admin_client, admin_user, factory, model
):
    old = factory(last_verified=datetime.date(2020, 1, 1))

    response = admin_client.post(
        admin_url(model, "changelist"),
        {"action": "mark_verified_today", "_selected_action": [old.pk]},
        follow=True,
    )

    old.refresh_from_db()
    assert old.last_verified == timezone.localdate()
    assert old.history.first().history_user == admin_user
    assert "1 record marked verified" in response.text


def test_services_skip_rows_already_in_the_target_state(admin_user):
    published = CountryFactory(publication_status=PublicationStatus.PUBLISHED)
    draft = CountryFactory(publication_status=PublicationStatus.DRAFT)
    before = published.history.count()
    both = Country.objects.filter(pk__in=[published.pk, draft.pk])

    assert records_publish(queryset=both, user=admin_user) == 1
    assert published.history.count() == before
    assert draft.history.first().history_user == admin_user
    assert records_unpublish(queryset=both, user=admin_user) == 2
    today = timezone.localdate()
    assert records_mark_verified(queryset=both, on=today) == 2
    assert records_mark_verified(queryset=both, on=today) == 0


def test_publishing_a_partnership_keeps_its_countries_in_history(admin_user):
    # Saved row by row, not bulk-updated, so many-to-many snapshots stay whole.
    countries = [CountryFactory(), CountryFactory()]
    partnership = PartnershipFactory(
        countries=countries, publication_status=PublicationStatus.DRAFT
    )

    records_publish(queryset=Partnership.objects.all(), user=admin_user)

    latest, previous = partnership.history.all()[:2]
    delta = latest.diff_against(previous)
    assert delta.changed_fields == ["publication_status"]


def test_publishing_a_country_without_a_region_names_it_and_writes_nothing(
    admin_client,
):
    ready = CountryFactory(publication_status=PublicationStatus.DRAFT)
    uncurated = CountryFactory(
        code="AD", name="Andorra", region="", publication_status=PublicationStatus.DRAFT
    )

    response = admin_client.post(
        admin_url(Country, "changelist"),
        {"action": "publish", "_selected_action": [ready.pk, uncurated.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert "Nothing was published" in response.text
    assert "Andorra: Set the region and currency before publishing" in response.text
    assert not Country.objects.published().filter(pk__in=[ready.pk, uncurated.pk])
