"""The staff admin for centers, offerings, taxonomies and cost estimates.

Smoke tests of every registered model are in tests/destinations/test_admin.py.
"""

import datetime

import pytest
from django.urls import reverse
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
from tests.admin_forms import change_form_data
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


def admin_url(model, view, *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


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
IMPORT_URL = "/admin/centers/center/import/"
GOOD_LIST = (
    "\ufeffName,Country,Particles,Status,Source_URL,First_Treatment_Year\r\n"
    "Alpha Proton Center,jp,Proton; Carbon,operating,https://alpha.example/,2001\r\n"
)
BAD_LIST = GOOD_LIST + "Beta Center,QQ,proton,weird,https://beta.example/,20x0\r\n"


def upload(text, name="facilities.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = text.encode("utf-8") if isinstance(text, str) else text
    return SimpleUploadedFile(name, data, content_type="text/csv")


@pytest.fixture
def japan():
    return CountryFactory(code="JP", name="Japan", slug="japan")


def post_import(client, text, *, button="_import", follow=False, **fields):
    """Post a facility list as the admin's import form does."""
    data = {"file": upload(text), "verified_on": "2025-11-05", button: "1", **fields}
    return client.post(IMPORT_URL, data, follow=follow)


def test_center_changelist_links_to_the_import(admin_client):
    html = admin_client.get(admin_url(Center, "changelist")).content.decode()
    assert f'href="{IMPORT_URL}"' in html


def test_admin_check_reports_and_writes_nothing(admin_client, japan):
    response = post_import(admin_client, GOOD_LIST, button="_check")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Dry run, nothing written" in html
    assert "centers 1 created" in html
    assert Center.objects.count() == 0


def test_admin_import_writes_drafts_with_the_curator_in_history(
    admin_client, admin_user, japan
):
    response = post_import(admin_client, GOOD_LIST, follow=True)

    assert response.redirect_chain[-1][0] == admin_url(Center, "changelist")
    assert "centers 1 created" in response.content.decode()
    center = Center.objects.get(name="Alpha Proton Center")
    assert center.publication_status == PublicationStatus.DRAFT
    assert center.last_verified == datetime.date(2025, 11, 5)
    assert center.offerings.count() == 2
    assert center.history.get().history_user == admin_user


def import_checked(client, checked, **fields):
    """Press "Import" on the page a successful check returned."""
    token = checked.context["form"].initial["checked"]
    data = {"checked": token, "verified_on": "2025-11-05", "_import": "1", **fields}
    return client.post(IMPORT_URL, data)


def test_a_checked_file_imports_without_choosing_it_again(admin_client, japan):
    checked = post_import(admin_client, GOOD_LIST, button="_check", publish="on")
    assert "facilities.csv</strong> passed the check" in checked.content.decode()
    assert checked.context["form"].initial["publish"] is True

    response = import_checked(admin_client, checked, publish="on")

    assert response.status_code == 302
    assert Center.objects.published().get().name == "Alpha Proton Center"
    # The held file is released once imported.
    again = import_checked(admin_client, checked)
    assert "no longer held" in again.content.decode()


def test_a_checked_file_is_held_for_its_curator_only(
    admin_client, client, django_user_model, japan
):
    checked = post_import(admin_client, GOOD_LIST, button="_check")
    other = django_user_model.objects.create_superuser("other", password="x")
    client.force_login(other)

    response = import_checked(client, checked)

    assert "no longer held" in response.content.decode()
    assert Center.objects.count() == 0


def test_a_file_with_problems_is_not_held(admin_client, japan):
    response = post_import(admin_client, BAD_LIST, button="_check")
    assert not response.context["form"].initial.get("checked")


def test_admin_import_publishes_when_asked(admin_client, japan):
    post_import(admin_client, GOOD_LIST, publish="on")
    assert Center.objects.published().count() == 1


def test_admin_import_of_a_bad_file_names_every_row_and_writes_nothing(
    admin_client, japan
):
    response = post_import(admin_client, BAD_LIST)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing was imported: 3 problems." in html
    assert "line 3, column country: &#x27;QQ&#x27; is not a known country code" in html
    assert "line 3, column first_treatment_year" in html
    assert "line 3, column status" in html
    assert Center.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose a CSV file."),
        ({"checked": "made-up"}, "The checked file is no longer held"),
        ({"file": upload(b"name,country\n\xff\xfe\x81")}, "not UTF-8 text"),
        ({"file": upload(b"PK\x03\x04\x00\x00binary", "list.xlsx")}, "not a CSV"),
        (
            {"file": upload(GOOD_LIST), "verified_on": "2025-13-40"},
            "Enter a valid date",
        ),
    ],
    ids=["no-file", "unknown-token", "not-utf8", "spreadsheet", "bad-date"],
)
def test_admin_import_form_errors_are_clear(admin_client, japan, data, message):
    data = {"verified_on": "2025-11-05", "_import": "1", **data}

    response = admin_client.post(IMPORT_URL, data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Center.objects.count() == 0


def test_admin_import_needs_add_and_change_permissions(client, django_user_model):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user(
        "viewer", password="x", is_staff=True
    )
    viewer.user_permissions.add(Permission.objects.get(codename="view_center"))
    client.force_login(viewer)

    assert client.get(IMPORT_URL).status_code == 403
    html = client.get(admin_url(Center, "changelist")).content.decode()
    assert IMPORT_URL not in html


def test_admin_import_needs_the_rights_to_write_offerings_and_sources(
    client, django_user_model
):
    from django.contrib.auth.models import Permission

    center_editor = django_user_model.objects.create_user(
        "centers", password="x", is_staff=True
    )
    center_editor.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["view_center", "add_center", "change_center"]
        )
    )
    client.force_login(center_editor)

    assert client.get(IMPORT_URL).status_code == 403
    assert IMPORT_URL not in client.get(admin_url(Center, "changelist")).text
