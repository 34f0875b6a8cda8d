"""The reference migration: every ISO 3166-1 country and ISO 639-1 language."""

import datetime

import pycountry
import pytest

from centers.models import Center
from curation.models import PublicationStatus
from destinations.models import Country, Language

pytestmark = pytest.mark.django_db


def test_every_iso_country_is_installed_as_an_uncurated_draft():
    assert set(Country.objects.values_list("code", flat=True)) == {
        country.alpha_2 for country in pycountry.countries
    }
    andorra = Country.objects.get(code="AD")
    assert andorra.name == "Andorra"
    assert andorra.publication_status == PublicationStatus.DRAFT
    assert andorra.region == ""  # no library gives one; a curator sets it
    assert andorra.currency == "EUR"
    assert andorra.notes == ""
    assert not Country.objects.published().exists()


def test_countries_carry_cldr_names_and_official_languages():
    korea = Country.objects.get(code="KR")
    canada = Country.objects.get(code="CA")

    assert korea.name == "South Korea"
    assert [lang.code for lang in korea.official_languages.all()] == ["ko"]
    assert set(canada.official_languages.values_list("code", flat=True)) == {
        "en",
        "fr",
    }
    assert Country.objects.get(code="JP").currency == "JPY"


def test_every_iso_639_1_language_is_installed():
    codes = set(Language.objects.values_list("code", flat=True))
    assert {
        lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")
    } <= codes
    assert Language.objects.get(code="ja").name == "Japanese"


def test_a_migrated_database_imports_a_list_with_real_country_codes():
    from centers.importer import facilities_import

    rows = [
        "name,country,particles,status,source_url",
        "Proton Centre of Andorra,AD,proton,operating,https://example.org/ad",
        "Ion Centre of Peru,pe,carbon,operating,https://example.org/pe",
    ]
    report = facilities_import(stream=rows, verified_on=datetime.date(2026, 12, 1))

    assert report.centers_created == 2
    assert set(Center.objects.values_list("country__code", flat=True)) == {"AD", "PE"}
    # The countries are still uncurated, so nothing is public yet.
    assert not Center.objects.published().exists()
