"""The staff admin for centers, offerings, taxonomies and cost estimates.

Smoke tests of every registered model are in tests/destinations/test_admin.py.
"""

import datetime

import pytest
from django.utils import timezone

from centers.models import (
    Accreditation,
    CancerType,
    Center,
    CostEstimate,
    Offering,
    OfferingStatus,
    SupportiveService,
    TreatmentModality,
)
from curation.models import PublicationStatus
from destinations.models import Language
from tests.admin_forms import admin_url, change_form_data
from tests.factories import (
    CenterAccreditationFactory,
    CenterFactory,
    CenterServiceFactory,
    CenterSourceFactory,
    CostEstimateFactory,
    CostSourceFactory,
    CountryFactory,
    OfferingFactory,
    OfferingSourceFactory,
)

pytestmark = pytest.mark.django_db


# ---------------------------------------------------------------------------
# Query budgets: 3 rows and 30 rows cost the same
# ---------------------------------------------------------------------------
def build_centers(count):
    for _ in range(count):
        center = CenterFactory()
        center.languages.set(Language.objects.filter(code__in=["en", "ja"]))
        OfferingFactory(
            center=center, modality=TreatmentModality.objects.get(slug="proton-therapy")
        )
        OfferingFactory(
            center=center,
            modality=TreatmentModality.objects.get(slug="carbon-ion-therapy"),
        )
        CenterSourceFactory.create_batch(2, center=center)
        CenterServiceFactory(center=center)
        CenterAccreditationFactory(center=center)


def build_offerings(count):
    for _ in range(count):
        OfferingSourceFactory.create_batch(2, offering=OfferingFactory())


def build_cost_estimates(count):
    for _ in range(count):
        estimate = CostEstimateFactory(
            center=CenterFactory(),
            modality=TreatmentModality.objects.get(slug="proton-therapy"),
        )
        CostSourceFactory.create_batch(2, cost_estimate=estimate)


def build_taxonomy_links(count):
    # The taxonomies come from migrations; link them to centers and offerings.
    for center in CenterFactory.create_batch(count):
        center.cancer_types.set(CancerType.objects.all()[:3])
        OfferingFactory(center=center)
        CenterServiceFactory(center=center)
        CenterAccreditationFactory(center=center)


# Every changelist below runs, whatever the number of rows:
#   1 session, 2 user (the admin_client login),
#   3 count of the filtered rows (paginator), 4 count of all rows (the "N total"),
#   5 the page of rows, with country/center/modality joined and counts annotated,
# plus one query per related-object list filter, as stated.
@pytest.mark.parametrize(
    ("model", "build", "queries"),
    [
        # + the country filter's choices.
        (Center, build_centers, 6),
        # + the modality filter's and the country filter's choices.
        (Offering, build_offerings, 7),
        # + the country filter's choices.
        (CostEstimate, build_cost_estimates, 6),
    ],
    ids=["center", "offering", "cost-estimate"],
)
def test_changelist_runs_the_same_queries_for_3_and_30_rows(
    admin_client, django_assert_num_queries, model, build, queries
):
    url = admin_url(model, "changelist")
    build(3)
    with django_assert_num_queries(queries):
        response = admin_client.get(url)
    assert len(response.context["cl"].result_list) == 3

    build(27)
    with django_assert_num_queries(queries):
        response = admin_client.get(url)
    assert len(response.context["cl"].result_list) == 30


@pytest.mark.parametrize(
    ("model", "queries"),
    [
        (CancerType, 5),
        (TreatmentModality, 5),
        (SupportiveService, 5),
        # + the distinct values of "scope" for its filter.
        (Accreditation, 6),
    ],
    ids=["cancer-type", "modality", "service", "accreditation"],
)
def test_taxonomy_changelist_runs_the_same_queries_for_3_and_30_linked_centers(
    admin_client, django_assert_num_queries, model, queries
):
    url = admin_url(model, "changelist")
    build_taxonomy_links(3)
    with django_assert_num_queries(queries):
        admin_client.get(url)

    build_taxonomy_links(27)
    with django_assert_num_queries(queries):
        response = admin_client.get(url)
    assert len(response.context["cl"].result_list) == model.objects.count()


def test_center_changelist_counts_offerings_from_the_annotation(admin_client):
    center = CenterFactory(name="Heidelberg Ion-Beam Therapy Center")
    OfferingFactory(center=center)
    OfferingFactory(
        center=center,
        modality=TreatmentModality.objects.get(slug="carbon-ion-therapy"),
    )

    response = admin_client.get(admin_url(Center, "changelist"))

    (row,) = response.context["cl"].result_list
    assert row.offering_count == 2
    assert row.source_count == 0


def test_center_changelist_filters_by_operational_modality_category(admin_client):
    OfferingFactory(
        center__name="Operational proton", status=OfferingStatus.OPERATIONAL
    )
    OfferingFactory(center__name="Planned proton", status=OfferingStatus.PLANNED)
    OfferingFactory(
        center__name="Only surgery",
        modality=TreatmentModality.objects.get(slug="robotic-surgery"),
    )

    response = admin_client.get(
        admin_url(Center, "changelist"), {"modality_category": "particle-therapy"}
    )

    names = [center.name for center in response.context["cl"].result_list]
    assert names == ["Operational proton"]


# ---------------------------------------------------------------------------
# Search
# ---------------------------------------------------------------------------
SEED_CENTERS = [
    ("Samsung Medical Center", "Seoul", "Samsung"),
    ("Asan Medical Center", "Seoul", "Asan"),
    ("Mayo Clinic", "Rochester", "Mayo"),
    ("The University of Texas MD Anderson Cancer Center", "Houston", "Anderson"),
    ("Memorial Sloan Kettering Cancer Center", "New York", "Sloan"),
    ("Charité – Universitätsmedizin Berlin", "Berlin", "Charit"),  # noqa: RUF001
    ("Heidelberg Ion-Beam Therapy Center", "Heidelberg", "Heidelberg"),
    ("Juntendo University Hospital", "Tokyo", "Juntendo"),
    ("National Cancer Center Hospital East", "Kashiwa", "National Cancer Center"),
]


@pytest.mark.parametrize(
    ("name", "city", "query"), SEED_CENTERS, ids=[q for *_, q in SEED_CENTERS]
)
def test_center_search_finds_seed_centers(admin_client, name, city, query):
    for other_name, other_city, _query in SEED_CENTERS:
        CenterFactory(name=other_name, city=other_city)

    response = admin_client.get(admin_url(Center, "changelist"), {"q": query})

    assert [center.name for center in response.context["cl"].result_list] == [name]


def test_center_search_matches_country_name_and_code(admin_client):
    japan = CountryFactory(code="JP", name="Japan")
    CenterFactory(name="Juntendo University Hospital", country=japan)
    CenterFactory(name="Mayo Clinic", country=CountryFactory(code="US"))

    by_name = admin_client.get(admin_url(Center, "changelist"), {"q": "japan"})
    by_code = admin_client.get(admin_url(Center, "changelist"), {"q": "JP"})

    for response in (by_name, by_code):
        names = [center.name for center in response.context["cl"].result_list]
        assert names == ["Juntendo University Hospital"]


# ---------------------------------------------------------------------------
# Actions leave history naming the curator
# ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("factory", "model"),
    [(CenterFactory, Center), (CostEstimateFactory, CostEstimate)],
    ids=["center", "cost-estimate"],
)
def test_publish_and_unpublish_actions_change_rows_and_record_the_curator(
    admin_client, admin_user, factory, model
):
    drafts = factory.create_batch(3, publication_status=PublicationStatus.DRAFT)
    url = admin_url(model, "changelist")
    selected = [obj.pk for obj in drafts]

    response = admin_client.post(
        url, {"action": "publish", "_selected_action": selected}, follow=True
    )

    assert "3 records published." in response.text
    for obj in drafts:
        obj.refresh_from_db()
        assert obj.publication_status == PublicationStatus.PUBLISHED
        assert obj.history.first().history_user == admin_user

    admin_client.post(url, {"action": "unpublish", "_selected_action": selected})

    for obj in drafts:
        obj.refresh_from_db()
        assert obj.publication_status == PublicationStatus.DRAFT
        assert obj.history.first().history_user == admin_user
        assert obj.history.first().history_change_reason == "Unpublished"


@pytest.mark.parametrize(
    ("factory", "model"),
    [
        (CenterFactory, Center),
        (CostEstimateFactory, CostEstimate),
        (OfferingFactory, Offering),
    ],
    ids=["center", "cost-estimate", "offering"],
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

    assert "1 record marked verified" in response.text
    old.refresh_from_db()
    assert old.last_verified == timezone.localdate()
    assert old.history.first().history_user == admin_user


def test_offering_changelist_offers_only_mark_verified(admin_client):
    OfferingFactory()

    response = admin_client.get(admin_url(Offering, "changelist"))

    actions = [
        value
        for value, _label in response.context["action_form"].fields["action"].choices
    ]
    assert "mark_verified_today" in actions
    assert "publish" not in actions


# ---------------------------------------------------------------------------
# The center change page
# ---------------------------------------------------------------------------
def test_center_change_page_shows_offerings_services_and_sources(admin_client):
    center = CenterFactory(name="Samsung Medical Center")
    OfferingFactory(center=center)
    CenterServiceFactory(center=center, notes="Counselors for families")
    CenterAccreditationFactory(center=center, notes="Since the first survey")
    CenterSourceFactory(center=center, source__title="SMC international page")

    response = admin_client.get(admin_url(Center, "change", center.pk))

    text = response.text
    assert "Offerings" in text
    assert 'name="offerings-0-modality"' in text
    assert "Proton therapy" in text
    assert "Counselors for families" in text
    assert "Since the first survey" in text
    assert "SMC international page" in text
    # An offering's own sources are edited on its page, linked from the inline.
    offering = center.offerings.get()
    assert admin_url(Offering, "change", offering.pk) in text
    for heading in ["Identity", "Access for international patients", "Provenance"]:
        assert heading in text


def test_editing_a_center_records_the_curator_and_the_changed_field(
    admin_client, admin_user
):
    center = CenterFactory(name="Asan Medical Center", city="Seoul")
    center.languages.set(Language.objects.filter(code__in=["ko", "en"]))
    OfferingFactory(center=center)
    CenterServiceFactory(center=center)
    CenterSourceFactory(center=center)
    url = admin_url(Center, "change", center.pk)

    data = change_form_data(admin_client.get(url), city="Songpa-gu, Seoul")
    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    center.refresh_from_db()
    assert center.city == "Songpa-gu, Seoul"
    latest = center.history.first()
    assert latest.history_user == admin_user
    assert latest.diff_against(latest.prev_record).changed_fields == ["city"]


def test_editing_an_offering_inline_records_history_on_the_offering(
    admin_client, admin_user
):
    offering = OfferingFactory(treatment_rooms=None)
    url = admin_url(Center, "change", offering.center.pk)

    data = change_form_data(
        admin_client.get(url), **{"offerings-0-treatment_rooms": "3"}
    )
    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    offering.refresh_from_db()
    assert offering.treatment_rooms == 3
    latest = offering.history.first()
    assert latest.history_user == admin_user
    assert latest.diff_against(latest.prev_record).changed_fields == ["treatment_rooms"]


def test_offering_change_page_edits_its_own_sources(admin_client):
    offering = OfferingSourceFactory(source__title="PTCOG facility list").offering

    response = admin_client.get(admin_url(Offering, "change", offering.pk))

    assert "PTCOG facility list" in response.text
    assert 'name="citations-0-source"' in response.text


# ---------------------------------------------------------------------------
# Importing a facility list in the admin
# ---------------------------------------------------------------------------
