"""A city fixed in the admin survives the admin's re-import of the old file."""

import pytest

from centers.models import Center
from tests.admin_forms import admin_url, change_form_data
from tests.centers.test_admin_import import IMPORT_URL, import_checked, upload

pytestmark = pytest.mark.django_db

OLD_LIST = (
    "Name,Country,City,Particles,Status,Source_URL\r\n"
    "Alpha Proton Center,JP,Chiba,proton,operating,https://alpha.example/\r\n"
)


def post_import(client, *, button="_import", **fields):
    data = {"file": upload(OLD_LIST), button: "1", **fields}
    return client.post(IMPORT_URL, data, follow=True)


def fix_city_in_the_admin(client, center, city):
    url = admin_url(Center, "change", center.pk)
    response = client.post(url, change_form_data(client.get(url), city=city))
    assert response.status_code == 302, response.context["errors"]


def test_a_city_fixed_in_the_admin_is_kept_and_the_conflict_named(admin_client):
    post_import(admin_client)
    center = Center.objects.get(name="Alpha Proton Center")
    fix_city_in_the_admin(admin_client, center, "Kashiwa")

    response = post_import(admin_client)

    center.refresh_from_db()
    assert center.city == "Kashiwa"
    html = response.content.decode()
    assert "centers 0 created, 0 updated, 1 unchanged" in html
    assert (
        # The admin capitalises a message's first letter.
        "Line 2, column city (Alpha Proton Center): kept &#x27;Kashiwa&#x27; "
        "(changed by admin on "
    ) in html
    assert "the file says &#x27;Chiba&#x27;" in html


def test_the_check_lists_conflicts_and_replace_lets_the_file_win(admin_client):
    post_import(admin_client)
    center = Center.objects.get(name="Alpha Proton Center")
    fix_city_in_the_admin(admin_client, center, "Kashiwa")

    checked = post_import(admin_client, button="_check", overwrite="on")
    assert "replaced &#x27;Kashiwa&#x27;" in checked.content.decode()
    assert checked.context["form"].initial["overwrite"] is True
    center.refresh_from_db()
    assert center.city == "Kashiwa"  # a check writes nothing

    import_checked(admin_client, checked, overwrite="on")

    center.refresh_from_db()
    assert center.city == "Chiba"


def test_the_admin_shows_no_more_than_a_screenful_of_conflicts(
    admin_client, monkeypatch
):
    from centers.admin.imports import FacilityImportAdminMixin

    monkeypatch.setattr(FacilityImportAdminMixin, "CONFLICTS_SHOWN", 0)
    post_import(admin_client)
    fix_city_in_the_admin(admin_client, Center.objects.get(), "Kashiwa")

    html = post_import(admin_client).content.decode()

    assert "1 more conflict; &#x27;Check the file&#x27;" in html
