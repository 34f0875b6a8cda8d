"""A database made before the curation app migrates forward with every row kept.

Sources moved from `destinations` to `curation` and the center-partnership link
moved to the center side, by state-only migrations: the tables, their rows and
the content types (so permissions and admin history) stay.
"""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("destinations", "0004_funding_pathways"),
    ("centers", "0004_citation_history"),
    ("partners", "0001_initial"),
    ("curation", None),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    applied = [target for target in targets if target[1] is not None]
    return executor.loader.project_state(applied).apps


@pytest.mark.django_db(transaction=True)
def test_sources_citations_and_partnership_centers_survive_the_move():
    from django.contrib.contenttypes.models import ContentType

    old = migrate(BEFORE)
    Source = old.get_model("destinations", "Source")
    Country = old.get_model("destinations", "Country")
    Partnership = old.get_model("destinations", "Partnership")
    Center = old.get_model("centers", "Center")
    source = Source.objects.create(url="https://example.org/a", title="A page")
    japan = Country.objects.create(
        code="JP", name="Japan", slug="japan", region="asia-pacific", currency="JPY"
    )
    old.get_model("destinations", "CountrySource").objects.create(
        country=japan, source=source, supports="visa"
    )
    center = Center.objects.create(name="QST Hospital", slug="qst", country=japan)
    partnership = Partnership.objects.create(
        name="A tie", slug="a-tie", kind="research"
    )
    partnership.centers.add(center)
    # As on a database made before the move: the content type is destinations'.
    ContentType.objects.filter(app_label="curation", model="source").delete()
    ContentType.objects.get_or_create(app_label="destinations", model="source")

    try:
        call_command("migrate", verbosity=0)

        from centers.models import Center as NewCenter
        from curation.models import Source as NewSource
        from destinations.models import Country as NewCountry

        moved = NewSource.objects.get()
        assert (moved.pk, moved.url, moved.title) == (source.pk, source.url, "A page")
        citation = NewCountry.objects.get(code="JP").citations.get()
        assert (citation.source_id, citation.supports) == (source.pk, "visa")
        assert [
            p.slug for p in NewCenter.objects.get(slug="qst").partnerships.all()
        ] == ["a-tie"]
        assert ContentType.objects.filter(app_label="curation", model="source").exists()
        assert not ContentType.objects.filter(
            app_label="destinations", model="source"
        ).exists()
    finally:
        call_command("flush", verbosity=0, interactive=False)
        call_command("migrate", verbosity=0)
