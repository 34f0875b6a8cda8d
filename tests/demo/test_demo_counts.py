"""One record per place: every operating facility counted once, everywhere.

The numbers are the facility file's own: `status=operating` rows with that
particle. Home, /hadron-therapy/, the country pages and the API must say them.
"""

import pytest

from centers.models import CARBON_ION, PROTON, Center, Offering, OfferingStatus
from demo.curated_units import FACILITY_LINKS, SAME, UNIT
from demo.records import read_rows

pytestmark = pytest.mark.django_db


def operating_rows(particle, country=None):
    """Rows of the facility file that are operating with `particle`."""
    return [
        row
        for row in read_rows("particle_therapy_facilities.csv")
        if row["status"] == "operating"
        and particle in row["particles"].split(";")
        and (country is None or row["country"] == country)
    ]


def operational(slug):
    """Operational offerings of `slug` at centers the public may see."""
    return Offering.objects.operational().filter(
        modality__slug=slug, center__in=Center.objects.published()
    )


def test_the_facility_file_has_what_its_readme_says():
    # DATA-README.md: "120 operating (109 with protons, 17 with carbon ions)".
    rows = read_rows("particle_therapy_facilities.csv")

    assert len(rows) == 141
    assert sum(row["status"] == "operating" for row in rows) == 120
    assert len(operating_rows("proton")) == 109
    assert len(operating_rows("carbon")) == 17


@pytest.mark.parametrize(
    ("slug", "particle"), [(PROTON, "proton"), (CARBON_ION, "carbon")]
)
def test_operational_offerings_equal_the_operating_facility_rows(slug, particle):
    offerings = operational(slug)

    assert offerings.count() == len(operating_rows(particle))
    # Each at the facility's own record, none at a cancer center beside it.
    assert set(offerings.values_list("center__name", flat=True)) == {
        row["name"] for row in operating_rows(particle)
    }


def test_a_cancer_center_with_a_unit_has_no_particle_offering_of_its_own():
    for facility, center_name, relation in FACILITY_LINKS:
        if relation == SAME:
            continue
        center = Center.objects.get(name=center_name)
        assert not center.offerings.filter(
            modality__category="particle-therapy"
        ).exists(), center_name
        if relation == UNIT:
            assert Center.objects.get(name=facility).parent == center


def test_the_named_duplicates_are_one_institution_and_its_unit():
    pairs = {
        "Mayo Clinic Proton Beam Therapy Center (Rochester)": "Mayo Clinic",
        "Mayo Clinic Proton Beam Therapy Center (Arizona)": "Mayo Clinic",
        "Heidelberg Ion-Beam Therapy Center (HIT), Heidelberg University Hospital": (
            "Heidelberg University Hospital"
        ),
        "Samsung Medical Center Proton Therapy Center": "Samsung Medical Center",
        "National Cancer Center Hospital East, proton therapy": (
            "National Cancer Center Hospital East"
        ),
    }
    for unit, parent in pairs.items():
        assert Center.objects.get(name=unit).parent.name.startswith(parent)


def test_home_page_counts_each_operating_facility_once(client):
    response = client.get("/")

    assert response.status_code == 200
    counts = response.context["counts"]
    assert counts["proton"] == len(operating_rows("proton")) == 109
    assert counts["carbon"] == len(operating_rows("carbon")) == 17
    assert b"<strong>109</strong>" in response.content
    assert b"<strong>17</strong>" in response.content


def test_hadron_therapy_page_counts_each_operating_facility_once(client):
    response = client.get("/hadron-therapy/")

    assert response.status_code == 200
    landscape = response.context["landscape"]
    assert landscape.proton_count == 109
    assert landscape.carbon_count == 17
    assert b"109 operational proton and 17 carbon-ion facilities" in response.content


@pytest.mark.parametrize("code", ["DE", "US", "JP", "KR", "TW", "CN"])
def test_country_page_counts_the_countrys_operating_facilities(client, code):
    country_slug = Center.objects.filter(country__code=code).first().country.slug
    response = client.get(f"/destinations/{country_slug}/")

    assert response.status_code == 200
    coverage = {
        item.slug: item.center_count for item in response.context["coverage"].modalities
    }
    assert coverage.get(PROTON, 0) == len(operating_rows("proton", code))
    assert coverage.get(CARBON_ION, 0) == len(operating_rows("carbon", code))


def test_germany_counts_its_five_operating_facilities(client):
    # The issue saw "Proton therapy 7 / 8": HIT and Heidelberg, Charité and
    # the Berlin eye line, counted twice. Rinecker (Munich) has closed.
    response = client.get("/destinations/germany/")

    coverage = {
        item.slug: item.center_count for item in response.context["coverage"].modalities
    }
    assert coverage[PROTON] == 5
    assert coverage[CARBON_ION] == 2


def api_rows(api_client, **query):
    """Every row of an API list, page after page."""
    rows, url, params = [], "/api/v1/centers/", {**query, "page_size": 100}
    while url:
        response = api_client.get(url, params)
        assert response.status_code == 200, response.content
        rows += response.json()["results"]
        url, params = response.json()["next"], None
    return rows


def test_country_list_and_api_agree_with_the_facility_file(client, api_client):
    listing = client.get("/destinations/", {"q": "Japan"})
    japan = next(c for c in listing.context["object_list"] if c.code == "JP")
    proton = api_rows(api_client, modality=PROTON)
    carbon = api_rows(api_client, modality=CARBON_ION)

    assert japan.proton_center_count == len(operating_rows("proton", "JP"))
    assert japan.carbon_center_count == len(operating_rows("carbon", "JP"))
    assert len(proton) == len({row["slug"] for row in proton}) == 109
    assert len(carbon) == 17


def test_closed_and_unconfirmed_facilities_are_not_offered_today():
    aizawa = Center.objects.get(name="Aizawa Hospital Proton Therapy Center")
    rutherford = Center.objects.get(name="Rutherford Cancer Centre South Wales")

    assert aizawa.offerings.get().status == OfferingStatus.CLOSED
    assert rutherford.offerings.get().status == OfferingStatus.CLOSED
    assert not operational(PROTON).filter(center__name__startswith="Moffitt").exists()
