"""Exchange rates, and the euro reference rates the project ships with.

The table is the European Central Bank's euro foreign exchange reference rates
of 1 October 2019 as the Official Journal of the EU published them (2019/C
331/05), copied into curation/data/. It is the newest official, dated table
found; `manage.py load_exchange_rates` adds newer ones, and pages convert with
the newest date stored. Going back removes only this table's rows.
"""

import csv
import datetime
from decimal import Decimal
from pathlib import Path

from django.db import migrations, models

TABLE = (
    Path(__file__).resolve().parent.parent
    / "data"
    / "ecb-euro-reference-rates-2019-10-01.csv"
)


def rows():
    with TABLE.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def install(apps, schema_editor):
    ExchangeRate = apps.get_model("curation", "ExchangeRate")
    for row in rows():
        ExchangeRate.objects.get_or_create(
            currency=row["currency"],
            on_date=datetime.date.fromisoformat(row["on_date"]),
            defaults={
                "per_euro": Decimal(row["per_euro"]),
                "source_url": row["source_url"],
                "source_title": row["source_title"],
            },
        )


def uninstall(apps, schema_editor):
    ExchangeRate = apps.get_model("curation", "ExchangeRate")
    for row in rows():
        ExchangeRate.objects.filter(
            currency=row["currency"],
            on_date=datetime.date.fromisoformat(row["on_date"]),
        ).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('curation', '0002_verified_only_when_checked'),
    ]

    operations = [
        migrations.CreateModel(
            name='ExchangeRate',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('currency', models.CharField(help_text="ISO 4217 code, e.g. 'USD'.", max_length=3, verbose_name='currency')),
                ('per_euro', models.DecimalField(decimal_places=6, help_text='Units of the currency that one euro buys, as the table says.', max_digits=16, verbose_name='units per euro')),
                ('on_date', models.DateField(help_text='The day the table gives these rates for.', verbose_name='rate date')),
                ('source_url', models.URLField(help_text='The address of the published table the rate is copied from.', max_length=500, verbose_name='table URL')),
                ('source_title', models.CharField(help_text='Which published table, e.g. its publisher and reference number.', max_length=300, verbose_name='table')),
            ],
            options={
                'ordering': ['-on_date', 'currency'],
                'constraints': [models.UniqueConstraint(fields=('currency', 'on_date'), name='curation_exchangerate_one_rate_per_day', violation_error_message='This currency already has a rate on this date.'), models.CheckConstraint(condition=models.Q(('currency__regex', '^[A-Z]{3}$'), models.Q(('currency', 'EUR'), _negated=True)), name='curation_exchangerate_currency_iso4217_not_euro', violation_error_message='Enter a three-letter ISO 4217 code other than EUR (the base).'), models.CheckConstraint(condition=models.Q(('per_euro__gt', 0)), name='curation_exchangerate_per_euro_positive', violation_error_message='A rate is a positive number.')],
            },
        ),
        migrations.RunPython(install, uninstall),
    ]
