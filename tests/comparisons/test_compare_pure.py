"""The comparison as pure functions: stand-in objects, no database."""

import datetime
from types import SimpleNamespace

from centers.hadron import chart, tick_step
from comparisons.compare import (
    Cell,
    CenterListFilter,
    Comparison,
    Group,
    Item,
    Row,
    compare_centers,
)

TODAY = datetime.date(2026, 1, 1)


class Related(list):
    """Stand in for a prefetched related manager."""

    def all(self):
        return self


def modality(slug, name, category="particle-therapy"):
    return SimpleNamespace(slug=slug, name=name, category=category)


def offering(slug, name, status="operational", first_year=None, rooms=None):
    return SimpleNamespace(
        modality=modality(slug, name),
        status=status,
        first_year=first_year,
        treatment_rooms=rooms,
        research_rooms=None,
        get_status_display=lambda: status.capitalize(),
        status_text=status.capitalize(),
    )


def center(name, *, offerings=(), trials=None, verified=TODAY, sources=()):
    country = SimpleNamespace(name="Japan", code="JP", visas=Related())
    return SimpleNamespace(
        name=name,
        slug=name.lower().replace(" ", "-"),
        country=country,
        city="Chiba",
        kind="academic",
        get_kind_display=lambda: "Academic",
        founded_year=None,
        parent=None,
        offerings=Related(offerings),
        service_links=Related(),
        cancer_types=Related(),
        languages=Related(),
        accreditation_links=Related(),
        cost_estimates=Related(),
        citations=Related(
            SimpleNamespace(source=SimpleNamespace(title=t)) for t in sources
        ),
        newsweek_oncology_rank_2024=None,
        runs_clinical_trials=trials,
        has_tumor_board=None,
        intake_route="unknown",
        get_intake_route_display=lambda: "Not known",
        has_international_office=None,
        language_support="",
        foreign_patient_pricing="",
        deposit_policy="",
        last_verified=verified,
        is_stale=lambda today=None: (today - verified).days > 730,
        confidence_label="Medium: stated by a third party",
        get_absolute_url=lambda: "/centers/x/",
    )


def rows(comparison):
    return {row.key: row for group in comparison.groups for row in group.rows}


def test_centers_differ_where_their_facts_differ():
    comparison = compare_centers(
        [
            center(
                "QST Hospital",
                offerings=[
                    offering("carbon-ion-therapy", "Carbon-ion", first_year=1994)
                ],
                trials=True,
                sources=["QST site"],
            ),
            center("Other", trials=None),
        ],
        today=TODAY,
    )
    by_key = rows(comparison)
    assert by_key["carbon-ion"].differs
    assert by_key["carbon-ion"].cells[0].text == "Operational since 1994"
    assert by_key["carbon-ion"].cells[1] == Cell("Not recorded", known=False)
    assert by_key["clinical-trials"].cells[1] == Cell("Not known", known=False)
    assert not by_key["city"].differs


def test_unsourced_and_stale_facts_are_flagged():
    comparison = compare_centers(
        [center("A", verified=datetime.date(2020, 1, 1)), center("B", sources=["S"])],
        today=TODAY,
    )
    by_key = rows(comparison)
    assert by_key["sources"].cells[0].flagged
    assert by_key["sources"].cells[0].text == "Unsourced"
    assert by_key["last-verified"].cells[0].flagged
    assert "possibly out of date" in by_key["last-verified"].cells[0].text
    assert not by_key["last-verified"].cells[1].flagged


def test_group_differs_when_any_row_differs():
    same = Row("a", "A", (Cell("x"), Cell("x")))
    other = Row("b", "B", (Cell("x"), Cell("y")))
    assert not Group("g", "G", (same,)).differs
    assert Group("g", "G", (same, other)).differs


def test_csv_rows_start_with_a_header_and_say_which_rows_differ():
    comparison = Comparison(
        kind="countries",
        items=(Item("japan", "Japan", "/j/", "JP"), Item("germany", "Germany", "/g/")),
        groups=(
            Group("g", "Overview", (Row("c", "Currency", (Cell("JPY"), Cell("EUR"))),)),
        ),
    )
    assert list(comparison.csv_rows()) == [
        ["Group", "Fact", "Japan", "Germany", "Differs"],
        ["Overview", "Currency", "JPY", "EUR", "yes"],
    ]


def test_csv_rows_with_differences_only_leave_out_rows_that_are_the_same():
    comparison = Comparison(
        kind="countries",
        items=(Item("japan", "Japan", "/j/", "JP"), Item("germany", "Germany", "/g/")),
        groups=(
            Group(
                "g",
                "Overview",
                (
                    Row("c", "Currency", (Cell("JPY"), Cell("EUR"))),
                    Row("v", "Visa", (Cell("Not known"), Cell("Not known"))),
                ),
            ),
        ),
    )
    assert list(comparison.csv_rows(differences_only=True)) == [
        ["Group", "Fact", "Japan", "Germany", "Differs"],
        ["Overview", "Currency", "JPY", "EUR", "yes"],
    ]
    assert len(list(comparison.csv_rows())) == 3


def test_a_center_filter_filters_the_sites_list_and_the_apis_alike():
    carbon_in_japan = CenterListFilter(
        (("country", "japan"), ("modality", "carbon-ion-therapy"))
    )
    query = "?country=japan&modality=carbon-ion-therapy"
    assert carbon_in_japan.url("/centers/") == "/centers/" + query
    assert carbon_in_japan.url("/api/v1/centers/") == "/api/v1/centers/" + query
    assert CenterListFilter(()).url("/centers/") == "/centers/"


def test_hadron_chart_stacks_bars_and_scales_to_round_ticks():
    offerings = [
        offering("proton-therapy", "Proton", first_year=2001),
        offering("proton-therapy", "Proton", first_year=2003),
        offering("carbon-ion-therapy", "Carbon", first_year=2003),
        offering("carbon-ion-therapy", "Carbon", first_year=None),
    ]
    result = chart(offerings)
    assert [bar.year for bar in result.bars] == [2001, 2002, 2003]
    tallest = result.bars[2]
    assert (tallest.proton, tallest.carbon) == (1, 1)
    # The stack reaches the top tick exactly and the carbon part sits on top.
    assert tallest.carbon_y + tallest.carbon_height == tallest.proton_y
    assert round(tallest.carbon_y, 1) == result.ticks[-1].y
    assert result.unknown_year == 1
    assert [bar.year for bar in result.rows] == [2001, 2003]


def test_tick_step_gives_about_five_gridlines():
    assert tick_step(2) == 1
    assert tick_step(9) == 2
    assert tick_step(23) == 5
    assert tick_step(140) == 50
