"""The staff admin: every page answers, changelists have fixed query budgets,
actions and edits leave history naming the curator."""

import datetime

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from curation.models import PublicationStatus, Source
from destinations.models import (
    Country,
    FundingPathway,
    Language,
    MedicalVisa,
    Partnership,
)
from partners.services import api_key_issue
from tests.admin_forms import admin_url, change_form_data
from tests.factories import (
    CenterAccreditationFactory,
    CenterFactory,
    CenterServiceFactory,
    CenterSourceFactory,
    CostSourceFactory,
    CountryFactory,
    CountrySourceFactory,
    FundingPathwayFactory,
    FundingPathwaySourceFactory,
    MedicalVisaFactory,
    OfferingSourceFactory,
    PartnershipFactory,
    PartnershipSourceFactory,
    SourceFactory,
    VisaSourceFactory,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("only_curated_countries"),
]


@pytest.fixture
def one_of_everything():
    """Create at least one row of every registered model, all linked up."""
    CountrySourceFactory()
    VisaSourceFactory()
    PartnershipSourceFactory(partnership__countries=[CountryFactory()])
    center = CenterSourceFactory().center
    OfferingSourceFactory(offering__center=center)
    CenterServiceFactory(center=center)
    CenterAccreditationFactory(center=center)
    CostSourceFactory(cost_estimate__center=center)
    FundingPathwaySourceFactory()
    Group.objects.create(name="Curators")
    api_key_issue(partner="Example partner")
    # django-axes' records of staff logins.
    seen = {"user_agent": "test", "ip_address": "192.0.2.1", "username": "someone"}
    seen |= {"http_accept": "text/html", "path_info": "/admin/login/"}
    AccessAttempt.objects.create(
        **seen, get_data="", post_data="", failures_since_start=1
    )
    AccessFailureLog.objects.create(**seen)
    AccessLog.objects.create(**seen)


# ---------------------------------------------------------------------------
# Smoke: every registered model, every page
# ---------------------------------------------------------------------------
REGISTERED = sorted(admin.site._registry, key=lambda model: model._meta.label)


@pytest.mark.parametrize("model", REGISTERED, ids=lambda model: model._meta.label)
def test_every_admin_page_of_every_registered_model_answers(
    admin_client, admin_user, one_of_everything, model
):
    obj = model._default_manager.order_by("pk").first()
    assert obj is not None, f"one_of_everything makes no {model._meta.label}"
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    # Records nobody may add by hand (login attempts) answer 403 on "add".
    may_add = admin.site._registry[model].has_add_permission(request)

    for url, expected in [
        (admin_url(model, "changelist"), 200),
        (admin_url(model, "add"), 200 if may_add else 403),
        (admin_url(model, "change", obj.pk), 200),
        (admin_url(model, "history", obj.pk), 200),
    ]:
        assert admin_client.get(url).status_code == expected, url


def test_every_curated_model_is_registered_with_history():
    from simple_history.admin import SimpleHistoryAdmin

    for model, model_admin in admin.site._registry.items():
        if hasattr(model, "history"):
            assert isinstance(model_admin, SimpleHistoryAdmin), model._meta.label


def test_admin_site_is_titled_for_staff(admin_client):
    response = admin_client.get(reverse("admin:index"))

    assert "OncoAtlas staff" in response.text


# ---------------------------------------------------------------------------
# Query budgets: 3 rows and 30 rows cost the same
# ---------------------------------------------------------------------------
def build_countries(count):
    for _ in range(count):
        country = CountryFactory()
        country.official_languages.set(Language.objects.filter(code__in=["en", "fr"]))
        CountrySourceFactory.create_batch(2, country=country)
        CenterFactory.create_batch(2, country=country)
        MedicalVisaFactory(country=country)


def build_visas(count):
    for _ in range(count):
        VisaSourceFactory.create_batch(2, visa=MedicalVisaFactory())


def build_partnerships(count):
    for _ in range(count):
        partnership = PartnershipFactory(
            countries=[CountryFactory(), CountryFactory()],
        )
        partnership.centers.set(CenterFactory.create_batch(2))
        PartnershipSourceFactory.create_batch(2, partnership=partnership)


def build_sources(count):
    for _ in range(count):
        source = SourceFactory()
        CountrySourceFactory(source=source)
        CenterSourceFactory(source=source)


def build_funding_pathways(count):
    for _ in range(count):
        FundingPathwaySourceFactory.create_batch(2, pathway=FundingPathwayFactory())


def build_languages(count):
    # The migration installs the languages; give a few of them countries.
    for language in Language.objects.order_by("code")[:count]:
        CountryFactory().official_languages.add(language)


# Every changelist below runs, whatever the number of rows:
#   1 session, 2 user (the admin_client login),
#   3 count of the filtered rows (paginator), 4 count of all rows (the "N total"),
#   5 the page of rows with its annotated counts,
# plus, where stated, one query per related-object list filter or prefetch.
@pytest.mark.parametrize(
    ("model", "build", "queries"),
    [
        # + none: region, status and confidence filters are choices.
        (Country, build_countries, 5),
        # + the country filter's choices.
        (MedicalVisa, build_visas, 6),
        # + the country filter's choices, the countries prefetch for the column.
        (Partnership, build_partnerships, 7),
        # Sources have no filters.
        (Source, build_sources, 5),
        # + none: publication status and confidence filters are choices.
        (FundingPathway, build_funding_pathways, 5),
    ],
    ids=["country", "medical-visa", "partnership", "source", "funding-pathway"],
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


def test_language_changelist_runs_a_fixed_number_of_queries(
    admin_client, django_assert_num_queries
):
    build_languages(30)
    # Session, user, filtered count, total count, the page of languages.
    with django_assert_num_queries(5):
        admin_client.get(admin_url(Language, "changelist"))


# ---------------------------------------------------------------------------
# Provenance column and filter
# ---------------------------------------------------------------------------
def test_country_changelist_flags_unsourced_and_stale_rows(admin_client, settings):
    settings.STALE_AFTER_DAYS = 30
    CountrySourceFactory(
        country__name="Sourced and fresh", country__last_verified=timezone.localdate()
    )
    CountryFactory(name="Nobody cites me", last_verified=timezone.localdate())
    CountrySourceFactory(
        country__name="Checked long ago",
        country__last_verified=timezone.localdate() - datetime.timedelta(days=31),
    )

    response = admin_client.get(admin_url(Country, "changelist"))
    rows = {
        country.name: (country.source_count, country.last_verified)
        for country in response.context["cl"].result_list
    }
    assert rows["Nobody cites me"][0] == 0
    assert response.text.count("⚠ unsourced") == 1
    assert response.text.count(">stale<") == 1

    unsourced = admin_client.get(
        admin_url(Country, "changelist"), {"provenance": "unsourced"}
    )
    stale = admin_client.get(admin_url(Country, "changelist"), {"provenance": "stale"})
    assert [c.name for c in unsourced.context["cl"].result_list] == ["Nobody cites me"]
    assert [c.name for c in stale.context["cl"].result_list] == ["Checked long ago"]


def test_source_change_page_lists_what_cites_it(admin_client):
    source = SourceFactory(title="MHLW medical stay visa page")
    CountrySourceFactory(source=source, country__name="Japan", supports="visa rules")
    CenterSourceFactory(source=source, center__name="Juntendo University Hospital")

    response = admin_client.get(admin_url(type(source), "change", source.pk))

    assert "Japan" in response.text
    assert "visa rules" in response.text
    assert "Juntendo University Hospital" in response.text


@pytest.mark.parametrize("citations", [1, 6])
def test_source_change_page_runs_the_same_queries_however_often_it_is_cited(
    admin_client, django_assert_num_queries, citations
):
    from tests.factories import OfferingSourceFactory

    source = SourceFactory()
    VisaSourceFactory.create_batch(citations, source=source)
    OfferingSourceFactory.create_batch(citations, source=source)
    url = admin_url(type(source), "change", source.pk)
    admin_client.get(url)  # fills the content-type cache the admin uses

    # session, user, the source, then one query per citation table (7)
    with django_assert_num_queries(10):
        assert admin_client.get(url).status_code == 200


# ---------------------------------------------------------------------------
# Editing through the change form
# ---------------------------------------------------------------------------
def test_editing_a_country_records_the_curator_and_the_changed_field(
    admin_client, admin_user
):
    country = CountrySourceFactory(
        country__name="Japan", country__currency="JPY"
    ).country
    MedicalVisaFactory(country=country, name="Visa for Medical Stay")
    url = admin_url(Country, "change", country.pk)

    data = change_form_data(admin_client.get(url), summary="Proton and carbon-ion.")
    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    latest = country.history.first()
    assert latest.history_user == admin_user
    assert latest.history_type == "~"
    assert latest.diff_against(latest.prev_record).changed_fields == ["summary"]


def test_adding_a_source_inline_records_history_on_the_citation(
    admin_client, admin_user
):
    country = CountryFactory()
    source = SourceFactory()
    url = admin_url(Country, "change", country.pk)
    data = change_form_data(admin_client.get(url))
    data.update(
        {
            "citations-TOTAL_FORMS": "1",
            "citations-0-source": str(source.pk),
            "citations-0-supports": "currency",
        }
    )

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["errors"]
    citation = country.citations.get()
    assert citation.history.first().history_user == admin_user


def test_country_change_page_shows_visa_and_source_inlines(admin_client):
    country = CountrySourceFactory(source__title="Immigration bureau page").country
    MedicalVisaFactory(country=country, name="Visa for Medical Stay")

    response = admin_client.get(admin_url(Country, "change", country.pk))

    assert "Visa for Medical Stay" in response.text
    assert "Immigration bureau page" in response.text
    assert "Access for international patients" in response.text


# ---------------------------------------------------------------------------
# The index's "Needs attention" panel
# ---------------------------------------------------------------------------
def todo_rows(response):
    return {row.label: row for row in response.context["todo"]["rows"]}


def test_index_counts_drafts_unsourced_and_stale_records_with_links(
    admin_client, settings
):
    settings.STALE_AFTER_DAYS = 730
    CountrySourceFactory()  # published, sourced, fresh: nothing to do
    CountryFactory(publication_status=PublicationStatus.DRAFT)  # draft, unsourced
    CountrySourceFactory(country__last_verified=datetime.date(2001, 1, 1))  # stale

    response = admin_client.get(reverse("admin:index"))

    countries = todo_rows(response)["Countries"]
    assert (countries.drafts, countries.unsourced, countries.stale) == (1, 1, 1)
    assert "Partnerships" not in todo_rows(response)  # none at all
    changelist = admin_url(Country, "changelist")
    html = response.content.decode()
    assert f'href="{changelist}?provenance=unsourced">1</a>' in html
    assert f'href="{changelist}?provenance=stale">1</a>' in html
    # The links open lists of exactly the counted rows.
    for query in ("provenance=unsourced", "provenance=stale"):
        listed = admin_client.get(f"{changelist}?{query}").context["cl"].result_count
        assert listed == 1, query


def test_index_says_when_nothing_needs_attention(admin_client):
    CountrySourceFactory()

    html = admin_client.get(reverse("admin:index")).content.decode()

    assert "Every record is published, sourced and verified recently." in html


@pytest.mark.parametrize("rows", [3, 30])
def test_index_runs_the_same_queries_for_3_and_30_rows(
    admin_client, django_assert_num_queries, rows
):
    build_countries(rows)
    build_partnerships(rows)
    # session, user, one aggregate per curated model (7), recent actions
    with django_assert_num_queries(10):
        admin_client.get(reverse("admin:index"))


def test_index_panel_shows_only_what_the_curator_may_view(client, django_user_model):
    from django.contrib.auth.models import Permission

    curator = django_user_model.objects.create_user(
        "centers-only", password="x", is_staff=True
    )
    curator.user_permissions.add(Permission.objects.get(codename="view_center"))
    CenterFactory(publication_status=PublicationStatus.DRAFT)
    CountryFactory(publication_status=PublicationStatus.DRAFT)
    client.force_login(curator)

    assert set(todo_rows(client.get(reverse("admin:index")))) == {"Centers"}


def test_panel_is_on_the_site_index_only_and_for_curators_only(
    admin_client, client, django_user_model
):
    CountryFactory(publication_status=PublicationStatus.DRAFT)
    assert "Needs attention" in admin_client.get(reverse("admin:index")).text
    app_index = admin_client.get(reverse("admin:app_list", args=["destinations"]))
    assert "Needs attention" not in app_index.text

    from django.contrib.auth.models import Permission

    key_keeper = django_user_model.objects.create_user(
        "keys-only", password="x", is_staff=True
    )
    key_keeper.user_permissions.add(Permission.objects.get(codename="view_apikey"))
    client.force_login(key_keeper)
    html = client.get(reverse("admin:index")).text
    assert "Needs attention" not in html
    assert "Every record is published" not in html
