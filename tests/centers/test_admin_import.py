"""The admin's facility import: check, hold the checked file, import, permissions."""

import datetime

import pytest

from centers.models import (
    Center,
)
from curation.models import PublicationStatus
from tests.admin_forms import admin_url
from tests.factories import (
    CountryFactory,
)

pytestmark = pytest.mark.django_db

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


def test_a_curator_with_exactly_the_import_rights_can_import(client, django_user_model):
    from django.contrib.auth.models import Permission

    curator = django_user_model.objects.create_user(
        "curator", password="x", is_staff=True
    )
    rights = [
        ("centers", "view_center"),
        ("centers", "add_center"),
        ("centers", "change_center"),
        ("centers", "add_offering"),
        ("centers", "change_offering"),
        ("curation", "add_source"),
    ]
    curator.user_permissions.add(
        *(
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in rights
        )
    )
    client.force_login(curator)

    assert client.get(IMPORT_URL).status_code == 200
