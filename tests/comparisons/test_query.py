"""The comparison page's URL state: parsed once, links that change one thing."""

import pytest
from django.test import RequestFactory

from comparisons.query import ComparisonQuery


def query(string, kind="countries"):
    request = RequestFactory().get(f"/compare/?{string}")
    return ComparisonQuery.from_request(request, kind=kind)


def test_the_query_names_items_and_states_once():
    parsed = query("countries=jp,JP,de,x y&add=us&only=differences&format=csv")
    assert parsed.tokens == ("jp", "de")
    assert parsed.added == ("us",)
    assert parsed.only_differences
    assert parsed.wants_csv
    assert parsed.format_known


@pytest.mark.parametrize(("string", "known"), [("", True), ("format=", False)])
def test_format_defaults_to_html_and_an_empty_one_is_unknown(string, known):
    parsed = query(f"countries=jp,de&{string}")
    assert parsed.format_known is known
    assert not parsed.wants_csv


def test_adding_appends_and_drops_add_keeping_the_rest():
    parsed = query("countries=jp,de&add=us,JP&only=differences")
    assert parsed.adding
    assert parsed.added_url == "?countries=jp,de,us&only=differences"


def test_an_add_value_that_names_nothing_still_leads_back_without_it():
    parsed = query("countries=jp,de&add=!!")
    assert parsed.adding
    assert parsed.added_url == "?countries=jp,de"


def test_links_change_one_parameter_and_keep_the_others():
    parsed = query("centers=a,b,c&only=differences&format=html", kind="centers")
    assert parsed.url_naming(["a", "c"]) == "?centers=a,c&only=differences&format=html"
    assert parsed.csv_url == "?centers=a,b,c&only=differences&format=csv"
    assert parsed.html_url == "?centers=a,b,c&only=differences"


def test_the_list_link_carries_the_items_in_its_compare_tray():
    assert query("", kind="countries").list_url(["jp"]) == "/destinations/?compare=jp"
    assert query("", kind="centers").list_url([]) == "/centers/"
