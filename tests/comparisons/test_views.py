import csv
import io

import pytest

from centers.models import Center
from comparisons.templatetags.comparison_links import center_list_url
from tests.world import add_centers

pytestmark = pytest.mark.django_db

FOUR = "/compare/?countries=jp,de,us,kr"


def test_four_countries_compare_side_by_side_with_differences_marked(client, world):
    response = client.get(FOUR)
    assert response.status_code == 200
    comparison = response.context["comparison"]
    assert [item.name for item in comparison.items] == [
        "Japan",
        "Germany",
        "United States",
        "South Korea",
    ]
    html = response.content.decode()
    assert 'class="differs"' in html
    assert '<span class="visually-hidden"> differs</span>' in html
    assert '<th scope="col">' in html
    assert '<th scope="row">' in html


def test_countries_are_named_by_code_or_slug_in_any_case(client, world):
    response = client.get("/compare/?countries=JAPAN,de")
    assert [item.code for item in response.context["comparison"].items] == [
        "JP",
        "DE",
    ]


def test_only_differences_hides_rows_that_are_the_same(client, world):
    html = client.get(FOUR + "&only=differences").content.decode()
    # "A companion may come" is "Not known" everywhere: the same, so hidden.
    same_row = html.split('data-row="visa-companion"')[0].rsplit("<tr", 1)[1]
    assert "hidden" in same_row
    differing_row = html.split('data-row="carbon-ion"')[0].rsplit("<tr", 1)[1]
    assert "hidden" not in differing_row
    assert 'id="only-differences" name="only" value="differences" checked' in html


def test_without_only_differences_every_row_shows(client, world):
    html = client.get(FOUR).content.decode()
    same_row = html.split('data-row="visa-companion"')[0].rsplit("<tr", 1)[1]
    assert "hidden" not in same_row


def test_csv_download_holds_the_comparison(client, world):
    response = client.get(FOUR + "&format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == (
        'attachment; filename="oncoatlas-compare-jp-de-us-kr.csv"'
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "Group",
        "Fact",
        "Japan",
        "Germany",
        "United States",
        "South Korea",
        "Differs",
    ]
    currency = next(row for row in rows if row[1] == "Currency")
    assert currency[2:] == ["JPY", "EUR", "USD", "KRW", "yes"]


def test_csv_download_keeps_only_differences(client, world):
    every_row = client.get(FOUR + "&format=csv").content.decode()
    only = client.get(FOUR + "&format=csv&only=differences").content.decode()

    differs = [row[-1] for row in csv.reader(io.StringIO(only))][1:]
    assert differs
    assert set(differs) == {"yes"}
    assert len(only.splitlines()) < len(every_row.splitlines())


def test_csv_cells_never_start_a_formula(client, world):
    Center.objects.filter(slug="qst-hospital").update(name="=HYPERLINK(evil)")
    response = client.get(
        "/compare/centers/?centers=qst-hospital,hyogo-ion-beam-medical-center"
        "&format=csv"
    )
    header = next(csv.reader(io.StringIO(response.content.decode())))
    assert header[2] == "'=HYPERLINK(evil)"


def test_csv_link_keeps_the_only_differences_state(client, world):
    html = client.get(FOUR + "&only=differences").content.decode()
    assert 'format=csv" download data-keep-only' in html
    assert "only=differences&amp;format=csv" in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("countries=jp,xx", "Unknown country: xx."),
        ("countries=jp", "Compare at least 2 different items."),
        ("countries=jp,de,us,kr,fr", "Compare at most 4 items; you named 5."),
        ("", "Name 2 to 4 items to compare."),
        ("countries=jp,de&format=pdf", "Use format=csv"),
    ],
)
def test_bad_country_input_is_a_400_saying_what_is_wrong(client, world, query, message):
    response = client.get(f"/compare/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'href="/destinations/' in html


def test_unknown_item_page_links_to_the_comparison_of_the_known_ones(client, world):
    response = client.get("/compare/?countries=jp,xx,de")
    assert response.status_code == 400
    assert 'href="/compare/?countries=jp,de"' in response.content.decode()


def test_bad_center_input_is_a_400_naming_the_slug(client, world):
    response = client.get("/compare/centers/?centers=qst-hospital,no-such-center")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Unknown center: no-such-center." in html
    assert 'href="/centers/?compare=qst-hospital"' in html


def test_draft_center_cannot_be_compared(client, world):
    response = client.get("/compare/centers/?centers=qst-hospital,draft-center")
    assert response.status_code == 400


def test_centers_compare_and_remove_links_keep_the_rest(client, world):
    url = (
        "/compare/centers/?centers=qst-hospital,"
        "hyogo-ion-beam-medical-center,samsung-proton-therapy-center"
    )
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        'href="?centers=hyogo-ion-beam-medical-center,samsung-proton-therapy-center"'
        in html
    )


def test_removing_down_to_one_item_goes_back_to_the_list_tray(client, world):
    html = client.get("/compare/?countries=jp,de").content.decode()
    assert 'href="/destinations/?compare=de"' in html
    assert 'href="/destinations/?compare=jp"' in html


def test_adding_an_item_redirects_to_the_canonical_url(client, world):
    response = client.get("/compare/?countries=jp,de&add=us&only=differences")
    assert response.status_code == 302
    assert response["Location"] == "/compare/?countries=jp,de,us&only=differences"


def test_add_select_lists_published_countries_not_compared(client, world):
    response = client.get("/compare/?countries=jp,de")
    codes = [country.code for country in response.context["addable"]]
    assert codes == ["KR", "US"]


# Query budgets: 2 and 4 compared items, with 3 or 30 centers each.


@pytest.mark.parametrize("extra", [3, 30])
@pytest.mark.parametrize(
    ("codes", "queries"),
    [
        # countries, languages, citations, sources, visas, partnerships,
        # centers, offerings, service links, accreditation links, languages,
        # cost estimates, the exchange rates (the currency picker);
        # the add-a-country select (only while fewer than 4)
        ("jp,de", 14),
        ("jp,de,us,kr", 13),
    ],
)
def test_country_comparison_query_budget(
    client, world, extra, codes, queries, django_assert_num_queries
):
    for country in world.values():
        add_centers(country, extra)
    with django_assert_num_queries(queries):
        assert client.get(f"/compare/?countries={codes}").status_code == 200


@pytest.mark.parametrize("extra", [3, 30])
@pytest.mark.parametrize(("count", "queries"), [(2, 13), (4, 12)])
def test_center_comparison_query_budget(
    client, world, extra, count, queries, django_assert_num_queries
):
    first = Center.objects.get(slug="qst-hospital")
    for unit in add_centers(world["JP"], extra):
        unit.parent = first
        unit.save()
    slugs = ",".join(
        [
            "qst-hospital",
            "hyogo-ion-beam-medical-center",
            "heidelberg-ion-beam-therapy-center",
            "samsung-proton-therapy-center",
        ][:count]
    )
    # centers with country and parent, offerings with their sources, service
    # links, accreditation links, cancer types, languages, citations with
    # sources, units, visas, cost estimates, the exchange rates (the currency
    # picker); the add-a-center select (only while fewer than 4)
    with django_assert_num_queries(queries):
        response = client.get(f"/compare/centers/?centers={slugs}")
    assert response.status_code == 200


def test_csv_query_budget(client, world, django_assert_num_queries):
    # The page's queries less the add-a-country select and the currency
    # picker's rates: no conversion is asked for.
    with django_assert_num_queries(12):
        client.get(FOUR + "&format=csv")


def test_country_counts_link_to_the_centers_they_count(client, world):
    comparison = client.get(FOUR).context["comparison"]
    rows = {row.key: row for group in comparison.groups for row in group.rows}

    carbon_japan = rows["carbon-ion"].cells[0]
    link = center_list_url(carbon_japan.center_filter)
    assert link == "/centers/?country=japan&modality=carbon-ion-therapy"
    listed = client.get(link).context["object_list"]
    assert carbon_japan.text.startswith(f"{len(listed)}: ")
    assert all(row.cells[0].center_filter for row in (rows["proton"], rows["centers"]))
    trials = center_list_url(rows["clinical-trials"].cells[0].center_filter)
    assert trials == "/centers/?country=japan&clinical_trials=true"
    assert client.get(trials).status_code == 200

    html = client.get(FOUR).content.decode()
    link = link.replace("&", "&amp;")
    count = len(listed)
    assert f'<a class="cell-link" href="{link}">See all {count} centers</a>' in html


def test_cells_without_a_count_have_no_link(client, world):
    comparison = client.get(FOUR).context["comparison"]
    rows = {row.key: row for group in comparison.groups for row in group.rows}
    assert not any(cell.center_filter for cell in rows["currency"].cells)
