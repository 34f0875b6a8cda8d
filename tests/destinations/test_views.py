import pytest

from curation.models import PublicationStatus
from tests.factories import (
    CountryFactory,
    FundingPathwayFactory,
    FundingPathwaySourceFactory,
    MedicalVisaFactory,
    PartnershipFactory,
)
from tests.world import add_centers

pytestmark = pytest.mark.django_db


def test_home_shows_live_counts_and_ways_in(client, world):
    response = client.get("/")
    assert response.status_code == 200
    counts = response.context["counts"]
    assert counts == {"centers": 11, "countries": 4, "proton": 7, "carbon": 5}
    html = response.content.decode()
    assert 'href="/centers/?modality=carbon-ion-therapy"' in html
    assert 'href="/centers/?cancer_type=lung-cancer"' in html
    assert 'href="/destinations/?region=europe"' in html
    assert 'action="/centers/"' in html


def test_home_links_only_to_ways_in_that_lead_to_centers(client, world):
    html = client.get("/").content.decode()
    # No center in the world offers CAR T-cell therapy: named, but no dead link.
    assert 'href="/centers/?modality=car-t-cell-therapy"' not in html
    assert "Not yet recorded at any center:" in html
    assert "CAR T-cell therapy" in html


def test_country_list_shows_particle_therapy_and_languages(client, world):
    response = client.get("/destinations/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Carbon ions at 3 centers" in html
    assert "Japanese" in html


def test_country_list_filters_by_modality_operational_only(client, world):
    response = client.get("/destinations/?modality=carbon-ion-therapy")
    names = [country.name for country in response.context["object_list"]]
    assert names == ["Germany", "Japan", "South Korea"]


def test_country_list_filters_by_region_and_free_text(client, world):
    response = client.get("/destinations/?region=asia-pacific&q=kor")
    assert [c.name for c in response.context["object_list"]] == ["South Korea"]


def test_country_list_renders_single_selects_that_keep_the_query_meaning(client, world):
    response = client.get("/destinations/?modality=proton-therapy,carbon-ion-therapy")
    html = response.content.decode()
    assert '<select name="modality"' in html
    assert "multiple" not in html.split('<select name="modality"')[1].split(">")[0]
    assert len(response.context["object_list"]) == 4


def test_bad_filter_value_is_a_400_naming_it(client, world):
    response = client.get("/destinations/?modality=warp-drive")
    assert response.status_code == 400
    assert "warp-drive" in response.content.decode()


def test_country_list_tray_keeps_chosen_countries_and_links_to_compare(client, world):
    response = client.get("/destinations/?compare=jp,germany,xx")
    tray = response.context["tray"]
    assert tray.tokens == ["jp", "de"]
    html = response.content.decode()
    assert 'href="/compare/?countries=jp,de"' in html
    assert "?compare=jp,de,us" in html  # the United States row adds itself


def test_draft_country_is_hidden_from_the_list_and_its_page_is_404(client, db):
    CountryFactory(name="Hidden", publication_status=PublicationStatus.DRAFT)
    assert client.get("/destinations/").context["paginator"].count == 0
    assert client.get("/destinations/hidden/").status_code == 404


def test_country_page_shows_centers_coverage_visa_costs_and_sources(client, world):
    response = client.get("/destinations/japan/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "QST Hospital" in html
    assert "Draft Center" not in html
    assert "Visa for Medical Stay" in html
    assert "From JPY 3,140,000" in html
    assert "Advanced medical care fee, per course" in html
    assert "a claim not confirmed by any independent source" in html
    assert "Source " in html
    coverage = response.context["coverage"]
    assert [(m.slug, m.center_count) for m in coverage.modalities] == [
        ("carbon-ion-therapy", 3),
        ("proton-therapy", 2),
    ]


def test_visa_card_reads_companion_and_guarantor_rules_as_sentences(client, db):
    country = CountryFactory(name="Visaland", slug="visaland")
    MedicalVisaFactory(
        country=country,
        companion_allowed="yes",
        companion_notes="yes (spouse or children)",
        coordinator_required="unknown",
        coordinator_notes="unknown",
    )

    html = client.get("/destinations/visaland/").content.decode()

    assert "<dt>A companion may come</dt><dd>Yes, spouse or children</dd>" in html
    assert (
        "<dt>A guarantor or coordinator is required</dt>"
        '<dd><span class="unknown">Not known</span></dd>'
    ) in html
    assert "Yes: yes" not in html


def test_unconfirmed_partnership_says_it_is_an_unconfirmed_claim(client, world):
    response = client.get("/partnerships/canada-japan-medical-tourism-partnership/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "claim not confirmed by any independent source" in html
    assert "Language" in html
    assert "follow-up care at home" in html


def test_partnership_list_filters_by_status(client, world):
    PartnershipFactory(name="Research pact")
    response = client.get("/partnerships/?status=unconfirmed")
    assert [p.name for p in response.context["object_list"]] == [
        "Canada-Japan medical tourism partnership"
    ]


def test_draft_partnership_page_is_404(client, db):
    PartnershipFactory(name="Secret", publication_status=PublicationStatus.DRAFT)
    assert client.get("/partnerships/secret/").status_code == 404


def test_unknown_page_is_a_404_in_the_site_look(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


# Query budgets: the same number of queries for 3 and for 30 extra centers.


@pytest.mark.parametrize("extra", [3, 30])
def test_home_query_budget(client, world, extra, django_assert_num_queries):
    add_centers(world["JP"], extra)
    # center counts, modalities, cancer types, regions
    with django_assert_num_queries(4):
        assert client.get("/").status_code == 200


@pytest.mark.parametrize("extra", [3, 30])
def test_country_list_query_budget(client, world, extra, django_assert_num_queries):
    add_centers(world["JP"], extra)
    # count, rows, languages; filter choices: modality, cancer type, service,
    # language, accreditation; one facet count per select: region, modality,
    # cancer type, service, language, accreditation; the tray
    with django_assert_num_queries(15):
        assert client.get("/destinations/?compare=jp,de").status_code == 200


@pytest.mark.parametrize("extra", [3, 30])
def test_country_page_query_budget(client, world, extra, django_assert_num_queries):
    add_centers(world["JP"], extra)
    # country, languages, citations, sources, visas, visa citations, visa
    # sources, centers, offerings, center languages, accreditations,
    # partnerships, their countries, service links, cost estimates (+ sources),
    # the exchange rates (Japan has a price to convert); coverage of its
    # centers: facts, services
    with django_assert_num_queries(18):
        assert client.get("/destinations/japan/").status_code == 200


@pytest.mark.parametrize("extra", [3, 30])
def test_partnership_list_query_budget(client, world, extra, django_assert_num_queries):
    for _ in range(extra):
        PartnershipFactory(countries=[world["JP"], world["DE"]])
    # count, rows, their countries; country choices; one facet count per
    # select: kind, status, country
    with django_assert_num_queries(7):
        assert client.get("/partnerships/?kind=research").status_code == 200


def test_partnership_pages_query_budget(client, world, django_assert_num_queries):
    with django_assert_num_queries(4):
        client.get("/partnerships/canada-japan-medical-tourism-partnership/")


def test_staff_preview_draft_country_and_partnership(client, db, admin_user):
    CountryFactory(name="Hidden", publication_status=PublicationStatus.DRAFT)
    PartnershipFactory(name="Secret", publication_status=PublicationStatus.DRAFT)
    client.force_login(admin_user)
    for url in ("/destinations/hidden/", "/partnerships/secret/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "not published" in response.content.decode()


def test_staff_preview_of_a_draft_country_shows_its_published_centers(
    client, db, admin_user
):
    from tests.factories import CenterFactory

    hidden = CountryFactory(name="Hidden", publication_status=PublicationStatus.DRAFT)
    CenterFactory(name="Ready Center", country=hidden)
    CenterFactory(name="Draft Center", country=hidden, publication_status="draft")
    client.force_login(admin_user)

    html = client.get("/destinations/hidden/").content.decode()

    assert "Ready Center" in html
    assert "Draft Center" not in html


def test_country_page_says_when_a_center_has_no_treatment_on_offer(client, world):
    html = client.get("/destinations/germany/").content.decode()
    row = html.split("Closed Ion Centre")[1].split("</tr>")[0]
    assert "Not recorded" in row
    assert "Carbon-ion therapy" not in row


def test_phone_filter_summary_counts_active_filters(client, world):
    response = client.get("/centers/?modality=proton-therapy&country=jp&ordering=name")
    assert response.context["active_filter_count"] == 2
    assert "Filters (2 active)" in response.content.decode()


def test_funding_page_lists_published_routes_with_sources(client, world):
    html = client.get("/paying-for-treatment/").content.decode()

    assert "OHIP Out-of-Country Prior Approval" in html
    assert 'id="ohip-out-of-country-prior-approval"' in html
    assert "For patients insured in Ontario, Canada" in html
    assert "OHIP out-of-country services" in html  # the source
    assert "Last verified" in html
    assert "Draft funding route" not in html


def test_funding_page_searches_where_patients_are_insured(client, world):
    FundingPathwayFactory(
        name="S2 form",
        origin="EU/EEA/CH",
        origin_name="European Union, EEA or Switzerland",
        conditions="Prior authorisation from the home insurer.",
    )

    response = client.get("/paying-for-treatment/?q=ontario")

    assert [p.name for p in response.context["object_list"]] == [
        "OHIP Out-of-Country Prior Approval"
    ]


def test_funding_route_without_a_source_says_so(client, db):
    FundingPathwayFactory(name="Unsourced route", conditions="", covers="")

    html = client.get("/paying-for-treatment/").content.decode()

    assert "unsourced" in html
    assert html.count("Not known") == 2


@pytest.mark.parametrize("extra", [3, 30])
def test_funding_page_query_budget(client, db, extra, django_assert_num_queries):
    for _ in range(extra):
        FundingPathwaySourceFactory.create_batch(2, pathway=FundingPathwayFactory())
    # count, rows, their citations with sources
    with django_assert_num_queries(3):
        assert client.get("/paying-for-treatment/").status_code == 200


def test_home_and_country_pages_link_to_the_funding_routes(client, world):
    # Beyond the link every page has in its navigation.
    link = '<a href="/paying-for-treatment/">'
    for url, text in [
        ("/", "See the funding routes we hold"),
        ("/destinations/japan/", "public funding routes"),
    ]:
        assert f"{link}{text}</a>" in client.get(url).content.decode()


def test_country_page_says_how_many_of_its_centers_have_a_sourced_answer(client, world):
    html = client.get("/destinations/germany/").content.decode()

    assert "How much is known about the centers in Germany" in html
    # Heidelberg and Essen both record trials, but only Heidelberg cites a
    # source; the closed centre records nothing.
    assert (
        '<tr data-fact="clinical_trials"><th scope="row">Clinical trials</th>'
        "<td>1 of 3 centers</td></tr>"
    ) in html
    assert (
        '<tr data-fact="tumor_board"><th scope="row">A multidisciplinary tumor '
        "board</th><td>1 of 3 centers</td></tr>"
    ) in html
