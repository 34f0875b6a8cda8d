"""Install every ISO 3166-1 country and ISO 639-1 language, unpublished.

So a database that has only been migrated can import any facility list whose
country codes are real. The list of codes is ISO's (pycountry); names, the
current currency and official languages come from CLDR (Babel), the data
translators and operating systems use. Regions are not in either library, so a
new country has none until a curator sets it (publishing needs one). Rows that
exist are left as curated. Going back removes the installed countries that
nobody has curated yet (no region, nothing links to them); languages stay.
"""

import datetime

from django.db import migrations
from django.utils.text import slugify

# When CLDR is asked which currency is current: a fixed day, so the migration
# installs the same data whenever it runs.
CURRENCY_ON = datetime.date(2026, 1, 1)


def language_name(locale, code):
    return locale.languages.get(code) or code


def install(apps, schema_editor):
    import pycountry
    from babel import Locale
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    Country = apps.get_model("destinations", "Country")
    Language = apps.get_model("destinations", "Language")
    english = Locale("en")

    languages = {language.code: language for language in Language.objects.all()}
    taken_names = {language.name for language in languages.values()}

    def language(code):
        if code not in languages:
            name = language_name(english, code)
            if name in taken_names:  # another code already carries this name
                name = f"{name} ({code})"
            languages[code] = Language.objects.create(code=code, name=name)
            taken_names.add(name)
        return languages[code]

    for entry in pycountry.languages:
        if hasattr(entry, "alpha_2"):
            language(entry.alpha_2)

    existing = set(Country.objects.values_list("code", flat=True))
    taken_slugs = set(Country.objects.values_list("slug", flat=True))
    taken_country_names = set(Country.objects.values_list("name", flat=True))
    for entry in pycountry.countries:
        code = entry.alpha_2
        if code in existing:
            continue
        name = english.territories.get(code, entry.name)
        if name in taken_country_names:
            name = entry.name
        slug = slugify(name)[:100] or code.lower()
        if slug in taken_slugs:
            slug = f"{slug}-{code.lower()}"
        currencies = get_territory_currencies(code, CURRENCY_ON)
        country = Country.objects.create(
            code=code,
            name=name,
            slug=slug,
            region="",
            currency=currencies[0] if currencies else "",
            publication_status="draft",
            confidence="medium",
        )
        official = get_official_languages(code, de_facto=True)
        # CLDR codes can carry a script or region ("zh_Hant"); the base is ISO 639.
        bases = dict.fromkeys(tag.split("_")[0] for tag in official)
        country.official_languages.set([language(base) for base in bases])
        taken_slugs.add(slug)
        taken_country_names.add(name)


def remove_uncurated(apps, schema_editor):
    Country = apps.get_model("destinations", "Country")
    Country.objects.filter(
        region="",
        centers__isnull=True,
        visas__isnull=True,
        citations__isnull=True,
        cost_estimates__isnull=True,
        partnerships__isnull=True,
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("destinations", "0006_country_region_optional_until_published")]
    operations = [migrations.RunPython(install, remove_uncurated)]
