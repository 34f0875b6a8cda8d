"""Install the languages countries and centers are described with.

ISO 639-1 codes where one exists, ISO 639-3 otherwise (e.g. South African Sign
Language). Re-running updates names and never deletes a language in use.
"""

from django.db import migrations

LANGUAGES = [
    ("af", "Afrikaans"),
    ("ar", "Arabic"),
    ("bn", "Bengali"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("hu", "Hungarian"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("kk", "Kazakh"),
    ("ko", "Korean"),
    ("mn", "Mongolian"),
    ("ms", "Malay"),
    ("nl", "Dutch"),
    ("no", "Norwegian"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("rm", "Romansh"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("sv", "Swedish"),
    ("ta", "Tamil"),
    ("th", "Thai"),
    ("tl", "Tagalog"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("uz", "Uzbek"),
    ("vi", "Vietnamese"),
    ("zh", "Chinese (Mandarin)"),
    ("yue", "Cantonese"),
    ("nr", "isiNdebele"),
    ("xh", "isiXhosa"),
    ("zu", "isiZulu"),
    ("nso", "Sepedi"),
    ("st", "Sesotho"),
    ("tn", "Setswana"),
    ("ss", "siSwati"),
    ("ve", "Tshivenda"),
    ("ts", "Xitsonga"),
    ("sfs", "South African Sign Language"),
    ("ase", "American Sign Language"),
    ("sgn", "Sign languages (other)"),
]


def install(apps, schema_editor):
    Language = apps.get_model("destinations", "Language")
    for code, name in LANGUAGES:
        Language.objects.update_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("destinations", "0001_initial")]
    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
