import pytest

from centers.models import OfferingStatus
from curation.models import PublicationStatus
from tests.factories import CenterFactory, CenterSourceFactory, OfferingFactory
from tests.world import add_centers

pytestmark = pytest.mark.django_db


def names(response):
    return [center.name for center in response.context["object_list"]]


def test_center_list_filters_by_modality_and_country_code(client, world):
    response = client.get("/centers/?modality=carbon-ion-therapy&country=jp")
    assert response.status_code == 200
    assert names(response) == [
        "Gunma University Heavy Ion Medical Center",
        "Hyogo Ion Beam Medical Center",
        "QST Hospital",
    ]


def test_center_list_modality_filter_ignores_closed_offerings(client, world):
    response = client.get("/centers/?modality=carbon-ion-therapy&country=de")
    assert names(response) == ["Heidelberg Ion-Beam Therapy Center"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("clinical_trials=false", []),
        ("tumor_board=true&country=de", ["Heidelberg Ion-Beam Therapy Center"]),
        ("intake_route=direct&country=kr", ["Samsung Proton Therapy Center"]),
        ("accreditation=jci&country=us", ["Mayo Clinic Proton Beam Therapy"]),
        (
            "service=nutritional-support&region=north-america",
            ["Mayo Clinic Proton Beam Therapy"],
        ),
        ("language=ko&cancer_type=prostate-cancer", ["Samsung Proton Therapy Center"]),
        ("q=heidelberg", ["Heidelberg Ion-Beam Therapy Center"]),
    ],
)
def test_center_list_applies_each_filter(client, world, query, expected):
    response = client.get(f"/centers/?{query}")
    assert response.status_code == 200
    assert names(response) == expected


def test_center_list_pagination_keeps_filters_and_tray(client, world):
    add_centers(world["JP"], 30)
    response = client.get("/centers/?country=jp&compare=qst-hospital")
    assert response.context["paginator"].num_pages == 2
    html = response.content.decode()
    assert 'href="?country=jp&amp;compare=qst-hospital&amp;page=2"' in html
    page_two = client.get("/centers/?country=jp&compare=qst-hospital&page=2")
    assert all(c.country.code == "JP" for c in page_two.context["object_list"])


def test_center_list_bad_filter_is_a_400_with_the_message(client, world):
    response = client.get("/centers/?clinical_trials=maybe")
    assert response.status_code == 400
    assert "Some filters could not be used" in response.content.decode()


def test_center_list_tray_offers_compare_once_two_are_chosen(client, world):
    response = client.get("/centers/?compare=qst-hospital")
    assert "Add one more to compare." in response.content.decode()
    response = client.get(
        "/centers/?compare=qst-hospital,gunma-university-heavy-ion-medical-center"
    )
    html = response.content.decode()
    assert (
        'href="/compare/centers/?centers=qst-hospital,'
        'gunma-university-heavy-ion-medical-center"' in html
    )
    assert "Remove from compare" in html


def test_center_list_tray_holds_at_most_four(client, world):
    slugs = ",".join(c.slug for c in client.get("/centers/").context["object_list"][:5])
    response = client.get(f"/centers/?compare={slugs}")
    assert len(response.context["tray"].tokens) == 4
    assert "Compare is full" in response.content.decode()


def test_draft_center_is_hidden_and_its_page_is_404(client, world):
    assert "Draft Center" not in names(client.get("/centers/?country=jp"))
    assert client.get("/centers/draft-center/").status_code == 404


def test_center_page_shows_facts_with_sources_and_flags_stale_ones(client, world):
    response = client.get("/centers/gunma-university-heavy-ion-medical-center/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Possibly out of date." in html
    assert "possibly out of date" in html
    assert "unsourced" in html  # this center has no source of its own
    assert "Last verified 5 Nov 2025" in html  # its carbon-ion offering


def test_center_page_links_parent_and_units(client, db):
    parent = CenterFactory(name="University Hospital")
    unit = CenterFactory(name="Proton Unit", parent=parent, country=parent.country)
    CenterFactory(
        name="Draft Unit",
        parent=parent,
        country=parent.country,
        publication_status=PublicationStatus.DRAFT,
    )
    html = client.get(parent.get_absolute_url()).content.decode()
    assert f'href="{unit.get_absolute_url()}"' in html
    assert "Draft Unit" not in html
    assert (
        f'href="{parent.get_absolute_url()}"'
        in client.get(unit.get_absolute_url()).content.decode()
    )


def test_center_page_shows_expected_year_and_research_rooms_apart(client, db):
    building = OfferingFactory(
        status=OfferingStatus.UNDER_CONSTRUCTION,
        expected_year=2027,
        first_year=None,
        treatment_rooms=3,
        research_rooms=1,
    )

    html = client.get(building.center.get_absolute_url()).content.decode()

    assert "<td>Under construction, expected 2027</td>" in html
    assert "<td>3<br><small" in html
    assert "and 1 research room, not for patients" in html


def test_hadron_page_groups_facilities_and_links_into_the_filtered_list(client, world):
    response = client.get("/hadron-therapy/")
    assert response.status_code == 200
    landscape = response.context["landscape"]
    assert (landscape.proton_count, landscape.carbon_count) == (7, 5)
    html = response.content.decode()
    assert 'href="/centers/?modality=carbon-ion-therapy&amp;country=jp"' in html
    assert "3 carbon-ion centers in Japan" in html
    assert "<svg" in html
    assert "<title" in html
    assert "<desc" in html
    assert "Closed Ion Centre" not in html


def test_hadron_chart_counts_facilities_per_start_year(client, world):
    chart = client.get("/hadron-therapy/").context["landscape"].chart
    by_year = {bar.year: (bar.proton, bar.carbon) for bar in chart.rows}
    assert by_year[2009] == (1, 1)
    assert by_year[1994] == (0, 1)
    assert chart.first_year == 1994
    assert chart.last_year == 2023


def test_hadron_chart_notes_facilities_without_a_start_year(client, modality):
    OfferingFactory(modality=modality("proton-therapy"), first_year=None)
    OfferingFactory(modality=modality("proton-therapy"), status=OfferingStatus.PLANNED)
    chart = client.get("/hadron-therapy/").context["landscape"].chart
    assert chart.unknown_year == 1
    assert chart.bars == ()


# Query budgets: the same number of queries for 3 and for 30 extra centers.


@pytest.mark.parametrize("extra", [3, 30])
def test_center_list_query_budget(client, world, extra, django_assert_num_queries):
    add_centers(world["JP"], extra)
    # count, rows with countries, offerings, languages, accreditations; filter
    # choices: country, modality, cancer type, service, language, accreditation;
    # one facet count per select: country, region, modality, cancer type,
    # service, language, intake, accreditation, clinical trials, tumor board;
    # coverage: facts, services; the tray
    with django_assert_num_queries(24):
        response = client.get("/centers/?compare=qst-hospital,extra-jp-0")
    assert response.status_code == 200


@pytest.mark.parametrize("extra", [3, 30])
def test_center_page_query_budget(client, world, extra, django_assert_num_queries):
    centers = add_centers(world["JP"], extra)
    for unit in centers[1:]:
        unit.parent = centers[0]
        unit.save()
    # center with country and parent, offerings, their citations with sources,
    # service links, accreditation links, cancer types, languages, citations
    # with sources, units, cost estimates, partnerships
    with django_assert_num_queries(11):
        assert client.get(centers[0].get_absolute_url()).status_code == 200


@pytest.mark.parametrize("extra", [3, 30])
def test_hadron_page_query_budget(client, world, extra, django_assert_num_queries):
    add_centers(world["JP"], extra)
    with django_assert_num_queries(1):
        assert client.get("/hadron-therapy/").status_code == 200


def test_stale_threshold_comes_from_settings(client, world, settings):
    settings.STALE_AFTER_DAYS = 100000
    html = client.get(
        "/centers/gunma-university-heavy-ion-medical-center/"
    ).content.decode()
    assert "Possibly out of date." not in html


def test_country_filter_shows_the_country_selected_when_named_by_iso_code(
    client, world
):
    html = client.get("/centers/?country=jp").content.decode()
    assert '<option value="japan" selected>Japan (4)</option>' in html


def test_staff_preview_a_draft_center_marked_as_draft(client, world, admin_user):
    client.force_login(admin_user)
    response = client.get("/centers/draft-center/")
    assert response.status_code == 200
    assert "Only staff can see this page" in response.content.decode()
    assert "Draft Center" not in names(client.get("/centers/?country=jp"))


def test_center_page_states_yes_no_facts_as_sentences_with_their_source(client, db):
    center = CenterFactory(
        has_tumor_board=True, runs_clinical_trials=None, has_international_office=False
    )
    board = CenterSourceFactory(
        center=center,
        supports="tumor board",
        source__url="https://example.org/board",
        source__title="Tumor boards",
    )

    html = client.get(center.get_absolute_url()).content.decode()

    assert (
        'Has a multidisciplinary tumor board (<a href="https://example.org/board" '
        'rel="noopener">source<span class="visually-hidden">: Tumor boards</span></a>)'
    ) in html
    assert board.source.title in html
    assert "Not known whether it takes part in clinical trials" in html
    assert 'Has no international patient office (<a href="#sources-heading">' in html
    assert ">Yes<" not in html
    assert ">No<" not in html


def coverage_rows(html, attribute):
    """{key: "n of m centers"} from a coverage table's rows."""
    rows = {}
    for part in html.split(f'<tr {attribute}="')[1:]:
        key = part.split('"', 1)[0]
        rows[key] = part.split("<td>", 1)[1].split("</td>", 1)[0]
    return rows


def test_center_list_says_how_many_results_have_a_sourced_answer(client, world):
    html = client.get("/centers/?country=jp").content.decode()

    facts = coverage_rows(html, "data-fact")
    services = coverage_rows(html, "data-service")
    assert "How much is known about these 4 centers" in html
    # Gunma's answers are recorded but it cites no source: they do not count.
    assert facts["clinical_trials"] == "3 of 4 centers"
    assert facts["tumor_board"] == "2 of 4 centers"
    assert facts["international_office"] == "0 of 4 centers"
    assert services["counseling"] == "3 of 4 centers"
    assert services["pain-management"] == "0 of 4 centers"


def test_coverage_counts_the_whole_result_not_the_page(client, world):
    add_centers(world["JP"], 30)

    html = client.get("/centers/?country=jp").content.decode()

    assert "How much is known about these 34 centers" in html
    assert coverage_rows(html, "data-fact")["treatments"] == "34 of 34 centers"
